import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import type { Migration } from "./migrate.js";

/**
 * Where `npm run db:image` writes the prepared image and where the bot looks for it:
 * prisma/pglite-image/ at the project root, from src/db/ under tsx and from dist/db/ once compiled.
 */
export const PGLITE_IMAGE_DIR = fileURLToPath(new URL("../../prisma/pglite-image/", import.meta.url));

/** The image's files: PGlite's gzipped data folder, and what it was made with. */
const IMAGE_FILE = "image.tar.gz";
const MANIFEST_FILE = "manifest.json";

/** What an image was made with: the PGlite version whose initdb made it, and the migrations it holds. */
export interface PgliteImageManifest {
  pglite: string;
  migrations: string[];
}

/**
 * The installed PGlite's version, from its package.json (which the package does not export, so
 * it is found beside the module Node resolves).
 */
export async function installedPgliteVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const manifest = JSON.parse(await readFile(join(dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

/**
 * Writes the image of `pglite`, a database with `migrations` applied: its data folder dumped
 * gzipped, with the manifest beside it. Made at build time (`npm run db:image`), so a bot's
 * first start need not run initdb (a second PGlite and its module) in its own process.
 */
export async function writePgliteImage(
  dir: string,
  pglite: PGlite,
  migrations: readonly string[],
): Promise<{ bytes: number; manifest: PgliteImageManifest }> {
  const image = Buffer.from(await (await pglite.dumpDataDir("gzip")).arrayBuffer());
  const manifest: PgliteImageManifest = { pglite: await installedPgliteVersion(), migrations: [...migrations] };
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, IMAGE_FILE), image);
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { bytes: image.length, manifest };
}

/** How a fresh PGlite folder is made: from the image, or by initdb, and why. */
export type FreshFolder = { from: "image"; image: Blob; manifest: PgliteImageManifest } | { from: "initdb"; reason: string };

/**
 * Decides how to create the folder `dataDir` when it holds no database yet (undefined when it
 * does: PGlite resumes it). The image is used only when PGlite's own version made it and every
 * migration it holds is one this build knows; later migrations are applied after, as usual.
 */
export async function freshFolder(
  dataDir: string,
  imageDir: string,
  migrations: readonly Migration[],
): Promise<FreshFolder | undefined> {
  if (existsSync(join(dataDir, "PG_VERSION"))) return undefined;
  const manifestPath = join(imageDir, MANIFEST_FILE);
  if (!existsSync(manifestPath) || !existsSync(join(imageDir, IMAGE_FILE)))
    return { from: "initdb", reason: `no prepared image at ${imageDir} (npm run db:image makes it)` };
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as PgliteImageManifest;
  const installed = await installedPgliteVersion();
  if (manifest.pglite !== installed)
    return { from: "initdb", reason: `the prepared image was made by PGlite ${manifest.pglite}, this is PGlite ${installed}` };
  const known = new Set(migrations.map((migration) => migration.name));
  const unknown = manifest.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0)
    return { from: "initdb", reason: `the prepared image holds migrations this build does not have (${unknown.join(", ")})` };
  return { from: "image", image: new Blob([await readFile(join(imageDir, IMAGE_FILE))]), manifest };
}
