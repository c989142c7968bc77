import { createReadStream, existsSync } from "node:fs";
import { mkdir, open, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
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
export type FreshFolder = { from: "image"; manifest: PgliteImageManifest } | { from: "initdb"; reason: string };

/**
 * Creates the folder `dataDir` from the image when it holds no database yet, and says how it
 * will be made (undefined when there is a database: PGlite resumes it). The image is used only
 * when PGlite's own version made it and every migration it holds is one this build knows;
 * later migrations are applied after, as usual. Otherwise PGlite's initdb makes it.
 */
export async function freshFolder(dataDir: string, imageDir: string, migrations: readonly Migration[]): Promise<FreshFolder | undefined> {
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
  await extractImage(join(imageDir, IMAGE_FILE), dataDir);
  return { from: "image", manifest };
}

/** The tar's block: headers and data are in blocks of 512 bytes. */
const BLOCK = 512;

/**
 * Writes the image's files into `dataDir`, streamed from the gzipped tar one file at a time, so
 * PGlite then finds a database and resumes it: loading the tar through PGlite's `loadDataDir`
 * holds it whole, gunzipped and untarred (about 100 MiB of buffers) in the bot's process.
 * PG_VERSION, by which PGlite and `freshFolder` tell a database is there, is written last and
 * every file is flushed first: a start cut short leaves a folder that the next start fills again.
 */
async function extractImage(image: string, dataDir: string): Promise<void> {
  let version: ImageFile | undefined;
  const written: string[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let entry: (ImageFile & { type: string; chunks: Buffer[]; left: number; padding: number }) | undefined;
  for await (const chunk of createReadStream(image).pipe(createGunzip())) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    for (;;) {
      if (entry) {
        const data = Math.min(entry.left, pending.length);
        entry.chunks.push(pending.subarray(0, data));
        entry.left -= data;
        const padding = Math.min(entry.padding, pending.length - data);
        entry.padding -= padding;
        pending = pending.subarray(data + padding);
        if (entry.left > 0 || entry.padding > 0) break;
        if (entry.type === "5") await mkdir(entry.path, { recursive: true, mode: entry.mode });
        else if (entry.type === "0") {
          const file = { path: entry.path, mode: entry.mode, data: Buffer.concat(entry.chunks) };
          if (file.path === join(dataDir, "PG_VERSION")) version = file;
          else {
            await writeImageFile(file);
            written.push(file.path);
          }
        }
        entry = undefined;
      }
      if (pending.length < BLOCK) break;
      const header = pending.subarray(0, BLOCK);
      pending = pending.subarray(BLOCK);
      const field = (start: number, length: number) => header.toString("latin1", start, start + length).replace(/\0.*$/s, "");
      const name = field(345, 155) + field(0, 100);
      if (name === "") continue; // the empty blocks that end the tar
      const path = normalize(join(dataDir, name));
      if (path !== dataDir && !path.startsWith(join(dataDir, "/")))
        throw new Error(`The prepared image names a file outside its folder: ${name}`);
      const size = Number.parseInt(field(124, 12).trim() || "0", 8);
      const mode = Number.parseInt(field(100, 8).trim() || "600", 8);
      const padding = Math.ceil(size / BLOCK) * BLOCK - size;
      entry = { path, mode, type: field(156, 1) || "0", chunks: [], left: size, padding };
    }
  }
  if (!version) throw new Error(`The prepared image ${image} has no PG_VERSION`);
  // Flushed together, so the file system commits them in few journal writes, not one per file.
  for (let start = 0; start < written.length; start += FLUSHED_TOGETHER)
    await Promise.all(written.slice(start, start + FLUSHED_TOGETHER).map(flush));
  await writeImageFile(version);
  await flush(version.path);
}

/** How many of the image's files are flushed to the disk at once. */
const FLUSHED_TOGETHER = 64;

/** A file of the image: where it goes, its mode and its bytes. */
interface ImageFile {
  path: string;
  mode: number;
  data?: Buffer;
}

/** Writes a file of the image, with its folders. */
async function writeImageFile(file: ImageFile): Promise<void> {
  await mkdir(dirname(file.path), { recursive: true, mode: 0o700 });
  await writeFile(file.path, file.data ?? Buffer.alloc(0), { mode: file.mode });
}

/** Waits until the file at `path` is on the disk. */
async function flush(path: string): Promise<void> {
  const handle = await open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
