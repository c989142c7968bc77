import { copyFile, mkdir, readdir, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The part of esbuild's API used here (esbuild comes with tsx; it is not a dependency of its own). */
interface Esbuild {
  /** Rejects, naming the file and line, when a file does not transpile. */
  build(options: Record<string, unknown>): Promise<unknown>;
}

/**
 * Transpiles src/ for the spawned bots of one test run, once, into `dir`: each .ts file to a
 * .js file with the same path, by the esbuild that tsx itself transpiles with, with the same
 * target (this Node) and the project's tsconfig. So a spawned bot runs the code `npm start`
 * runs, without tsx's loader in each process (about 1 s of CPU per start, and the spawned bots
 * start some fifty times a CI run). Built at each run from the current src/, never cached.
 *
 * The folder is laid out as the runtime image is (dist/ beside locales/, assets/, prisma/ and
 * package.json), with links to the project's own folders, so the paths the code resolves from
 * its own files (../../locales, ../../prisma/migrations, node_modules) name the project's.
 * prisma/ is a folder of its own: `migrations` links to the project's, and `pglite-image` is
 * for the caller to write (global setup writes the migrated image there). Returns the entry.
 */
export async function buildBot(dir: string): Promise<string> {
  await transpile(dir);
  for (const name of ["locales", "assets", "node_modules"]) await symlink(join(ROOT, name), join(dir, name), "dir");
  await mkdir(join(dir, "prisma"));
  await symlink(join(ROOT, "prisma/migrations"), join(dir, "prisma/migrations"), "dir");
  await copyFile(join(ROOT, "package.json"), join(dir, "package.json"));
  return join(dir, "dist/main.js");
}

/** Transpiles src/ into `dir`/dist again, over the last build (watch mode's reruns, after a change). */
export async function transpile(dir: string): Promise<void> {
  const src = join(ROOT, "src");
  const entryPoints = (await readdir(src, { recursive: true })).filter((file) => file.endsWith(".ts")).map((file) => join(src, file));
  const tsx = createRequire(join(ROOT, "package.json")).resolve("tsx/package.json");
  const esbuild = createRequire(tsx)("esbuild") as Esbuild;
  await esbuild.build({
    entryPoints,
    outbase: src,
    outdir: join(dir, "dist"),
    bundle: false,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node}`,
    tsconfig: join(ROOT, "tsconfig.json"),
    // Stack traces in a spawned bot's log name the .ts files and lines, as under tsx.
    sourcemap: true,
    logLevel: "silent",
  });
}
