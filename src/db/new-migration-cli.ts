/**
 * Authors the next migration: the SQL that takes the database the committed migrations
 * produce to the current schema.prisma, written to
 * prisma/migrations/<timestamp>_<name>/migration.sql.
 * Usage: npm run db:new-migration -- <name>
 *
 * `migrate dev`, `--from-migrations` and `--from-schema-datasource` cannot run on PGlite here
 * (platform-notes.md), so: prisma.config.ts gives the CLI an in-memory PGlite with the
 * committed migrations applied; `db pull --print` reads its datamodel; `migrate diff` compares
 * that datamodel with schema.prisma. About 40 s.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name>   (lower case, digits and _ only)");
  process.exit(2);
}
const dir = "prisma/migrations";
mkdirSync(dir, { recursive: true });

function prisma(args: string[]): string {
  return execFileSync("npx", ["prisma", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

const scratch = mkdtempSync(join(tmpdir(), "giaoban-migration-"));
try {
  const hasMigrations = readdirSync(dir, { withFileTypes: true }).some((entry) => entry.isDirectory());
  let from = ["--from-empty"];
  if (hasMigrations) {
    const current = join(scratch, "current.prisma");
    // The CLI prints a warning about the datasource url before the datamodel, on stdout.
    const pulled = prisma(["db", "pull", "--print"]);
    writeFileSync(current, pulled.slice(pulled.search(/^(generator|datasource) /m)));
    from = ["--from-schema-datamodel", current];
  }
  const sql = prisma(["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"]);
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const target = join(dir, `${stamp}_${name}`);
    mkdirSync(target);
    writeFileSync(join(target, "migration.sql"), sql);
    console.log(`Wrote ${join(target, "migration.sql")}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
