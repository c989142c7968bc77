import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase, openPglite } from "../../src/db/database.js";

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
  return openPglite(new PGlite({ loadDataDir: new Blob([image]) }));
}

async function openFreshPostgres(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("Set TEST_DATABASE_URL to run the PostgreSQL tests");
  const name = `giaoban_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
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

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function truncateAll(database: Database): Promise<void> {
  await database.sessions.withSession(async (session) => {
    const tables = await session.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_giaoban_migrations'`,
    );
    if (tables.length === 0) return;
    await session.exec(`TRUNCATE ${tables.map((table) => `"${table.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  });
}
