import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { leanPgliteOptions, openDatabase } from "../../src/db/database.js";
import { readMigrations } from "../../src/db/migrate.js";
import { writePgliteImage } from "../../src/db/pglite-image.js";

let dir: string;
let imageDir: string;
/** Every migration of this build. */
let names: string[];

/** The image as `npm run db:image` writes it, of the migrated database the test setup made (no initdb here). */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "giaoban-image-"));
  imageDir = join(dir, "image");
  names = (await readMigrations()).map((migration) => migration.name);
  const pglite = new PGlite({ ...leanPgliteOptions(), loadDataDir: new Blob([await readFile(inject("pgliteImage"))]) });
  await pglite.waitReady;
  await writePgliteImage(imageDir, pglite, names);
  await pglite.close();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function appliedMigrations(dataDir: string, pgliteImageDir: string) {
  const made: unknown[] = [];
  const database = await openDatabase({ dataDir }, { pgliteImageDir, onFreshFolder: (how) => made.push(how) });
  try {
    const rows = await database.sql.query<{ name: string }>(`SELECT name FROM "_giaoban_migrations" ORDER BY name`);
    const people = await database.prisma.person.count();
    return { made, applied: rows.map((row) => row.name), people };
  } finally {
    await database.close();
  }
}

it("makes a new folder from the prepared image, with every migration, and resumes it afterwards", async () => {
  const dataDir = join(dir, "from-image");
  expect(await appliedMigrations(dataDir, imageDir)).toEqual({ made: [{ from: "image" }], applied: names, people: 0 });
  expect(await appliedMigrations(dataDir, imageDir)).toEqual({ made: [], applied: names, people: 0 });
});

it("runs initdb, saying why, when the image was made by another PGlite version", async () => {
  const mismatched = join(dir, "mismatched");
  await mkdir(mismatched);
  await writeFile(join(mismatched, "image.tar.gz"), await readFile(join(imageDir, "image.tar.gz")));
  const manifest = JSON.parse(await readFile(join(imageDir, "manifest.json"), "utf8"));
  await writeFile(join(mismatched, "manifest.json"), JSON.stringify({ ...manifest, pglite: "0.0.1" }));
  const opened = await appliedMigrations(join(dir, "by-initdb"), mismatched);
  expect(opened.made).toEqual([{ from: "initdb", reason: expect.stringMatching(/made by PGlite 0\.0\.1, this is PGlite \d/) }]);
  expect(opened.applied).toEqual(names);
  // A real initdb and every migration: 21 s on a loaded 2-core machine, so more than the file's 30 s default.
}, 180_000);
