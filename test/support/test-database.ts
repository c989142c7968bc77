import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, leanPgliteOptions, openDatabase, openPglite } from "../../src/db/database.js";
import type { SqlSession } from "../../src/db/sql-session.js";
import { adminQuery } from "./postgres-admin.js";

/** The databases the persistence tests run on: PGlite always, PostgreSQL when configured. */
export const DATABASE_KINDS: ("pglite" | "postgres")[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/** A database for one test file, with a way to empty it between tests. */
export interface TestDatabase extends Database {
  /** Deletes every row (migrations stay applied). */
  reset(): Promise<void>;
}

/**
 * Opens a migrated database: PGlite from the image made in global setup, or a PostgreSQL
 * database created for this file on the TEST_DATABASE_URL server and dropped on close.
 */
export async function openTestDatabase(kind: "pglite" | "postgres" = "pglite"): Promise<TestDatabase> {
  const database = kind === "pglite" ? await openImage() : await openFreshPostgres();
  return { ...database, reset: () => truncateAll(database) };
}

async function openImage(): Promise<Database> {
  const image = await readFile(inject("pgliteImage"));
  return openPglite(new PGlite({ ...leanPgliteOptions(), loadDataDir: new Blob([image]) }));
}

async function openFreshPostgres(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("Set TEST_DATABASE_URL to run the PostgreSQL tests");
  const name = `giaoban_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const template = inject("postgresTemplate");
  await createFrom(serverUrl, name, template);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // Copied from the migrated template, it has nothing to apply; migrating still checks that.
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * Creates `name` as a copy of the migrated `template` (a few ms of file copying instead of every
 * migration), or empty without one. Two copies of one template may not start at the same instant
 * (PostgreSQL refuses while the template is being read): the loser tries again.
 */
async function createFrom(serverUrl: string, name: string, template: string): Promise<void> {
  if (!template) return adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
    } catch (error) {
      const busy = /being accessed by other users/.test(String((error as Error).message));
      if (!busy || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * An empty database on the TEST_DATABASE_URL server, for a spawned bot to migrate and use;
 * `drop` removes it.
 */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("Set TEST_DATABASE_URL to run the PostgreSQL tests");
  const name = `giaoban_e2e_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function truncateAll(database: Database): Promise<void> {
  await database.sessions.withSession(async (session) => {
    const tables = await dataTables(session);
    if (tables.length === 0) return;
    await session.exec(truncation(tables));
  });
}

/** Every row of a database and where its sequences stand, as `snapshotRows` took them. */
export interface RowSnapshot {
  tables: { name: string; rows: string }[];
  sequences: { name: string; lastValue: string | null }[];
}

/**
 * Copies every row of `database` (migrations aside) and its sequences, so a test file can put
 * a state it built once through the bot back before each test (`restoreRows`) instead of
 * building it again update by update: the same rows, read back as they were stored.
 */
export async function snapshotRows(database: Database): Promise<RowSnapshot> {
  return database.sessions.withSession(async (session) => {
    const tables: RowSnapshot["tables"] = [];
    for (const name of await dataTables(session)) {
      const [row] = await session.query<{ rows: string }>(`SELECT coalesce(json_agg(t), '[]')::text AS rows FROM "${name}" t`);
      tables.push({ name, rows: row?.rows ?? "[]" });
    }
    const sequences = await session.query<{ name: string; lastValue: string | null }>(
      `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public'`,
    );
    return { tables, sequences };
  });
}

/**
 * Empties `database` and puts back the rows and sequences of `snapshot`. Foreign keys and
 * triggers are off while the rows go back (`session_replication_role = replica`): they were
 * checked when the rows were first written, and tables may then be filled in any order.
 */
export async function restoreRows(database: Database, snapshot: RowSnapshot): Promise<void> {
  await database.sessions.withSession(async (session) => {
    await session.exec("BEGIN; SET LOCAL session_replication_role = replica");
    try {
      const names = await dataTables(session);
      if (names.length > 0) await session.exec(truncation(names));
      for (const table of snapshot.tables) {
        if (table.rows === "[]") continue;
        await session.query(`INSERT INTO "${table.name}" SELECT * FROM json_populate_recordset(null::"${table.name}", $1::json)`, [
          table.rows,
        ]);
      }
      for (const sequence of snapshot.sequences) {
        await session.query("SELECT setval($1::regclass, coalesce($2::bigint, 1), $2 IS NOT NULL)", [
          `"${sequence.name}"`,
          sequence.lastValue,
        ]);
      }
      await session.exec("COMMIT");
    } catch (error) {
      await session.exec("ROLLBACK");
      throw error;
    }
  });
}

async function dataTables(session: SqlSession): Promise<string[]> {
  const tables = await session.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_giaoban_migrations' ORDER BY tablename`,
  );
  return tables.map((table) => table.tablename);
}

function truncation(tables: readonly string[]): string {
  return `TRUNCATE ${tables.map((table) => `"${table}"`).join(", ")} RESTART IDENTITY CASCADE`;
}
