import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Database, leanPgliteOptions, openDatabase, openPglite } from "../../src/db/database.js";
import { applyMigrations, readMigrations } from "../../src/db/migrate.js";

/** A database of the run, and how to close it (a PostgreSQL one is dropped too). */
export interface BenchDatabase {
  database: Database;
  /** The driver underneath, for measures that bypass Prisma: the PGlite instance, or the PostgreSQL URL. */
  driver: { kind: "pglite"; pglite: PGlite } | { kind: "postgres"; url: string };
  close(): Promise<void>;
}

/** The kinds the bench runs on: PGlite always, PostgreSQL when a server answers. */
export type BenchKind = "pglite" | "postgres";

/**
 * Opens empty migrated databases for the measures: PGlite from one migrated image made at the
 * start (initdb once, as the tests do), PostgreSQL as a database created on BENCH_DATABASE_URL,
 * TEST_DATABASE_URL or the local server, and dropped afterwards.
 */
export class BenchDatabases {
  private constructor(
    private readonly image: Blob,
    /** The server's URL, undefined when no PostgreSQL server answers. */
    readonly postgresServer: string | undefined,
  ) {}

  /** Makes the PGlite image and checks whether a PostgreSQL server answers. */
  static async prepare(): Promise<BenchDatabases> {
    const pglite = new PGlite(leanPgliteOptions());
    const database = await openPglite(pglite);
    await applyMigrations(database.sessions, await readMigrations());
    const image = await pglite.dumpDataDir("gzip");
    await database.close();
    const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const answers = await adminQuery(server, "SELECT 1").then(
      () => true,
      () => false,
    );
    return new BenchDatabases(image, answers ? server : undefined);
  }

  /** The kinds this run measures: both when a server answers, or those BENCH_DATABASES names ("postgres"). */
  kinds(): BenchKind[] {
    const available: BenchKind[] = this.postgresServer ? ["pglite", "postgres"] : ["pglite"];
    const wanted = process.env.BENCH_DATABASES?.split(",");
    return wanted ? available.filter((kind) => wanted.includes(kind)) : available;
  }

  /** A fresh, migrated, empty database of `kind`. */
  async open(kind: BenchKind): Promise<BenchDatabase> {
    if (kind === "pglite") {
      const pglite = new PGlite({ ...leanPgliteOptions(), loadDataDir: this.image });
      const database = await openPglite(pglite);
      return { database, driver: { kind: "pglite", pglite }, close: () => database.close() };
    }
    const server = this.postgresServer as string;
    const name = `giaoban_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(server, `CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    return {
      database,
      driver: { kind: "postgres", url: url.toString() },
      close: async () => {
        await database.close();
        await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }

  /** A URL of a fresh migrated PostgreSQL database for a spawned bot, and how to drop it. */
  async postgresUrl(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
    const server = this.postgresServer;
    if (!server) return undefined;
    const name = `giaoban_bench_${process.pid}_console`;
    await adminQuery(server, `CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
}

async function adminQuery(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}
