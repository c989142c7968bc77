import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SqlSession, SqlSessionSource } from "./sql-session.js";

/**
 * Where `npm run db:new-migration` writes migrations: prisma/migrations at the project root, from
 * src/db/ under tsx and from dist/db/ once compiled.
 */
const MIGRATIONS_DIR = new URL("../../prisma/migrations/", import.meta.url);

/** Arbitrary constant naming giaoban's migration lock among PostgreSQL advisory locks. */
const MIGRATION_LOCK_KEY = 7_021_902_025;

/** A migration folder's name and its SQL. */
export interface Migration {
  name: string;
  sql: string;
}

/** The names of the migration folders under `dir`, in name (timestamp) order, which is the order they apply in. */
export async function migrationNames(dir: URL = MIGRATIONS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Reads `prisma/migrations/<name>/migration.sql` in name (timestamp) order. */
export async function readMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = await migrationNames(dir);
  return Promise.all(
    names.map(async (name) => ({
      name,
      sql: await readFile(join(fileURLToPath(dir), name, "migration.sql"), "utf8"),
    })),
  );
}

/**
 * Applies the migrations not yet recorded in `_giaoban_migrations`, each in its own
 * transaction, under an advisory lock so that instances starting together apply each one
 * exactly once. Returns the names applied now.
 */
export async function applyMigrations(source: SqlSessionSource, migrations: readonly Migration[]): Promise<string[]> {
  return source.withSession(async (session) => {
    await session.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await session.exec(
        `CREATE TABLE IF NOT EXISTS "_giaoban_migrations" (
           name TEXT PRIMARY KEY,
           applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
         )`,
      );
      const done = new Set((await session.query<{ name: string }>(`SELECT name FROM "_giaoban_migrations"`)).map((row) => row.name));
      const applied: string[] = [];
      for (const migration of migrations) {
        if (done.has(migration.name)) continue;
        await applyOne(session, migration);
        applied.push(migration.name);
      }
      return applied;
    } finally {
      await session.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  });
}

async function applyOne(session: SqlSession, migration: Migration): Promise<void> {
  await session.exec("BEGIN");
  try {
    await session.exec(migration.sql);
    await session.query(`INSERT INTO "_giaoban_migrations" (name) VALUES ($1)`, [migration.name]);
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${String(error)}`, {
      cause: error,
    });
  }
}
