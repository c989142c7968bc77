import type { Database } from "./database.js";
import { migrationNames } from "./migrate.js";

/** How long the database may take to answer before it counts as unreachable. */
const READINESS_TIMEOUT_MS = 2000;

/** Whether the instance can serve: `detail` is what `GET /readyz` shows, `error` is for the log only. */
export interface Readiness {
  ok: boolean;
  detail: {
    database: "ok" | "unreachable";
    /** Migrations of this build that the database has not recorded as applied. */
    missingMigrations?: string[];
  };
  /** Why the database is unreachable; may name hosts, so it is logged, never answered. */
  error?: unknown;
}

/**
 * Checks that the database answers and has every migration of this build applied, so a load
 * balancer sends no update to an instance that would fail on it (a database down, or a new
 * build started against a database not yet migrated). Never throws; bounded in time.
 */
export async function checkReadiness(database: Pick<Database, "sql">): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([inspect(database), timeout]);
  } catch (error) {
    return { ok: false, detail: { database: "unreachable" }, error };
  } finally {
    clearTimeout(timer);
  }
}

async function inspect(database: Pick<Database, "sql">): Promise<Readiness> {
  const [table] = await database.sql.query<{ exists: boolean }>(`SELECT to_regclass('"_giaoban_migrations"') IS NOT NULL AS exists`);
  const applied = table?.exists ? await database.sql.query<{ name: string }>(`SELECT name FROM "_giaoban_migrations"`) : [];
  const done = new Set(applied.map((row) => row.name));
  const missingMigrations = (await migrationNames()).filter((name) => !done.has(name));
  return { ok: missingMigrations.length === 0, detail: { database: "ok", missingMigrations } };
}
