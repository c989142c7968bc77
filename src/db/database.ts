import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient, type Prisma as PrismaTypes } from "./generated/client.js";
import { applyMigrations, type Migration, readMigrations } from "./migrate.js";
import { freshFolder, PGLITE_IMAGE_DIR } from "./pglite-image.js";
import type { SqlSession, SqlSessionSource } from "./sql-session.js";
import { withTransactionSession, withTransactionSessions } from "./transaction-sessions.js";

/** The application's Prisma client type. */
export type Prisma = PrismaClient;

/** What repositories query through: the client, or the client of a transaction in progress. */
export type DbClient = PrismaClient | PrismaTypes.TransactionClient;

/**
 * Runs `work` atomically: in a transaction of its own, or in the one `client` already belongs
 * to (an update's), so a repository's all-or-nothing write joins the update's commit.
 */
export function atomically<T>(client: DbClient, work: (tx: PrismaTypes.TransactionClient) => Promise<T>): Promise<T> {
  return "$transaction" in client ? client.$transaction(work) : work(client);
}

/** The database as repositories see it: outside any transaction, or inside one. */
export interface DatabaseScope {
  readonly kind: "pglite" | "postgres";
  readonly prisma: DbClient;
  /**
   * Raw SQL for the few statements every update runs, on the driver: Prisma's client and query
   * compiler cost more than those statements themselves (README, "Performance"). Inside a
   * transaction it runs on the transaction's connection, in turn with Prisma's statements.
   */
  readonly sql: SqlSession;
}

/**
 * How long a transaction may wait for its turn and run. PGlite is one connection, so under load
 * an update's transaction queues behind the others; generous, because a timeout here means a
 * person's answer is refused while nothing is wrong.
 */
const TRANSACTION_LIMITS = { maxWait: 60_000, timeout: 60_000 };

/** An open database: the Prisma client, raw SQL, transactions, and how to close it. */
export interface Database extends DatabaseScope {
  readonly prisma: PrismaClient;
  /**
   * Runs `work` in one transaction: every statement made through the scope commits together,
   * or none does when `work` throws. On PGlite nothing may use the outer database meanwhile
   * (its one connection is the transaction's): pass the scope down.
   */
  transaction<T>(work: (scope: DatabaseScope) => Promise<T>): Promise<T>;
  /** Dedicated sessions for work that must not interleave (migrations under an advisory lock). */
  readonly sessions: SqlSessionSource;
  /**
   * Marks this process alive for as long as it runs, and returns its instance key: on PostgreSQL
   * a session advisory lock on a connection of its own, which the server drops the moment the
   * process dies, so another instance can tell a live one's outbox rows (left alone) from a
   * dead one's (sent at once). Null on PGlite: one process holds its folder, so whatever is
   * there was left by a stopped one.
   */
  leaseInstance(): Promise<number | null>;
  /** Closes Prisma and the driver. An open PGlite folder keeps Node alive until this runs. */
  close(): Promise<void>;
}

/**
 * Names, as the first key of a two-key PostgreSQL advisory lock, the locks by which running
 * instances show they are alive; the second key is the instance's (pg_locks shows it as objid).
 */
export const INSTANCE_LOCK_NAMESPACE = 1734959471;

/** PostgreSQL connections the bot opens at most (see OpenOptions.poolSize). */
export const DEFAULT_POOL_SIZE = 10;

/** Where the data lives: a PostgreSQL URL, or a PGlite folder (or "memory"). */
export type DatabaseLocation = { databaseUrl: string } | { dataDir: string };

/** How to open a database. */
export interface OpenOptions {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Told when PostgreSQL drops an idle connection (a restart, a failover); the pool opens a new one. */
  onConnectionError?: (error: Error) => void;
  /**
   * Told how a new PGlite folder was made: from the prepared image, or by initdb and why
   * (the image is missing, or made by another PGlite version or a newer build).
   */
  onFreshFolder?: (made: { from: "image" } | { from: "initdb"; reason: string }) => void;
  /** PostgreSQL connections at most: each update's transaction holds one while it runs. */
  poolSize?: number;
  /** Where the prepared image is looked for (default prisma/pglite-image/, `npm run db:image`). */
  pgliteImageDir?: string;
}

/**
 * Opens the database at `location` and, unless told not to, applies pending migrations
 * before returning it.
 */
export async function openDatabase(location: DatabaseLocation, options: OpenOptions = {}): Promise<Database> {
  const migrations = await readMigrations();
  const database =
    "databaseUrl" in location
      ? openPostgres(location.databaseUrl, options.onConnectionError, options.poolSize)
      : await openPgliteFolder(location.dataDir, migrations, options);
  if (options.migrate === false) return database;
  try {
    await applyMigrations(database.sessions, migrations);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/**
 * Opens the PGlite folder `dataDir` ("memory" for none). A folder with no database yet is written
 * from the prepared, migrated image when it fits this PGlite and build, and PGlite then resumes
 * it: initdb runs a second PGlite and its module in the bot's process, which peaked at 802 MiB
 * (README, "Performance").
 */
async function openPgliteFolder(dataDir: string, migrations: readonly Migration[], options: OpenOptions): Promise<Database> {
  if (dataDir === "memory") return openPglite(await PGlite.create(leanPgliteOptions()));
  const fresh = await freshFolder(dataDir, options.pgliteImageDir ?? PGLITE_IMAGE_DIR, migrations);
  if (fresh) options.onFreshFolder?.(fresh.from === "image" ? { from: "image" } : fresh);
  return openPglite(await PGlite.create(leanPgliteOptions(dataDir)));
}

/**
 * PGlite's options for a bot's working set. PostgreSQL's default 128 MB of shared buffers sits
 * in PGlite's WebAssembly memory, in the bot's own process; 8 MB holds a bloc's working set with
 * no measurable change in step latency or throughput, while RSS falls by 100–150 MiB (README,
 * "Performance"); pages beyond it are read from the folder's files, which the OS caches.
 * `dataDir` undefined keeps the database in memory.
 */
export function leanPgliteOptions(dataDir?: string): PGliteOptions {
  return { ...(dataDir ? { dataDir } : {}), startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=8MB"] };
}

/** Wraps an already created PGlite instance (tests start one from a migrated image). */
export async function openPglite(pglite: PGlite): Promise<Database> {
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: withTransactionSessions(new PrismaPGlite(pglite)) });
  // PGlite is one connection: every statement, Prisma's included, queues on it.
  const session: SqlSession = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
  };
  return {
    kind: "pglite",
    prisma,
    sql: session,
    transaction: (work) => transactionOf("pglite", prisma, work),
    sessions: { withSession: (work) => work(session) },
    leaseInstance: async () => null,
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** Connects to PostgreSQL through a pool shared by Prisma and the raw sessions. */
export function openPostgres(
  databaseUrl: string,
  onConnectionError: (error: Error) => void = () => {},
  poolSize = DEFAULT_POOL_SIZE,
): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // Without a listener, an idle connection the server ends would crash the process; the pool
  // has already discarded it, and a query in flight reports its own error.
  pool.on("error", onConnectionError);
  const prisma = new PrismaClient({ adapter: withTransactionSessions(new PrismaPg(pool)) });
  let lease: pg.PoolClient | undefined;
  return {
    kind: "postgres",
    prisma,
    transaction: (work) => transactionOf("postgres", prisma, work),
    sql: {
      exec: async (sql) => {
        await pool.query(sql);
      },
      query: async <Row>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as Row[],
    },
    sessions: {
      withSession: async (work) => {
        const client = await pool.connect();
        try {
          return await work({
            exec: async (sql) => {
              await client.query(sql);
            },
            query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
          });
        } finally {
          client.release();
        }
      },
    },
    leaseInstance: async () => {
      if (!lease) {
        lease = await pool.connect();
        // Checked out of the pool, so the pool's listener no longer hears it. Once this connection
        // is lost, other instances starting may send what this one has just recorded.
        lease.on("error", onConnectionError);
      }
      for (;;) {
        // Positive, so it reads back unchanged from pg_locks' objid (an oid).
        const key = 1 + Math.floor(Math.random() * 0x7ffffffe);
        const [row] = (await lease.query(`SELECT pg_try_advisory_lock($1, $2) AS "held"`, [INSTANCE_LOCK_NAMESPACE, key])).rows;
        if (row?.held) return key;
      }
    },
    close: async () => {
      // Destroyed, not returned to the pool: its lock ends with it.
      lease?.release(true);
      await prisma.$disconnect();
      if (!pool.ended) await pool.end();
    },
  };
}

/** Runs `work` in a Prisma transaction whose scope's raw SQL goes to the same connection, on the driver. */
function transactionOf<T>(kind: Database["kind"], prisma: PrismaClient, work: (scope: DatabaseScope) => Promise<T>): Promise<T> {
  return withTransactionSession<PrismaTypes.TransactionClient, T>(
    (inTransaction) => prisma.$transaction(inTransaction, TRANSACTION_LIMITS),
    (tx, sql) => work({ kind, prisma: tx, sql }),
  );
}
