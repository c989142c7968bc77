import type { Database } from "../db/database.js";
import { BACKUP_TABLES, BackupRepository, type BackupTable, type TableRows } from "../db/repositories/backup-repository.js";

/** The layout of the backup file; a restore refuses a layout it does not know. */
export const BACKUP_FORMAT = "giaoban-backup";
/** Raised when the file's layout changes in a way an older restore cannot read. */
export const BACKUP_FORMAT_VERSION = 1;

/** Everything of a bloc (or of every bloc) as one JSON document. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** When it was made, by the wall clock of the machine that made it (not the bot's clock). */
  createdAt: string;
  /** The bloc's code, or null for every bloc. */
  bloc: string | null;
  /** The migrations the source database had: a restore needs each of them. */
  migrations: string[];
  /** Each table's rows by primary key, as the database holds them, ids included. */
  tables: Record<BackupTable, TableRows>;
}

/** A backup or restore that cannot go ahead, with the reason for the operator. */
export class BackupError extends Error {}

/** Reads every table of the backup in one snapshot: the bloc's rows when `blocCode` is given. */
export async function backUp(database: Database, blocCode?: string): Promise<Backup> {
  return database.transaction(async (scope) => {
    const repository = new BackupRepository(scope.sql);
    await repository.readOneSnapshot();
    const blocId = blocCode === undefined ? undefined : await repository.blocIdOf(blocCode);
    if (blocCode !== undefined && blocId === undefined) throw new BackupError(`No bloc has the code "${blocCode}".`);
    const tables = {} as Record<BackupTable, TableRows>;
    for (const table of BACKUP_TABLES) tables[table] = await repository.rows(table, blocId);
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      bloc: blocCode ?? null,
      migrations: await repository.migrations(),
      tables,
    };
  });
}

/**
 * Loads `backup` into an empty, migrated database in one transaction, keeping every id:
 * nothing is written when the database holds data, the file is not a backup of a known
 * layout, or it comes from a newer version of the bot. Returns the rows restored per table.
 */
export async function restore(database: Database, backup: unknown): Promise<Record<BackupTable, number>> {
  const valid = checkBackup(backup);
  return database.transaction(async (scope) => {
    const repository = new BackupRepository(scope.sql);
    const known = new Set(await repository.migrations());
    const unknown = valid.migrations.filter((name) => !known.has(name));
    if (unknown.length > 0)
      throw new BackupError(
        `The backup comes from a newer version of the bot (migrations ${unknown.join(", ")}): restore it with that version.`,
      );
    const held = Object.entries(await repository.counts());
    if (held.length > 0) {
      const rows = held.map(([table, count]) => `${table}: ${count}`).join(", ");
      throw new BackupError(
        `The database is not empty (${rows}); restore loads into an empty database only. Point DATABASE_URL at a new database (or DATA_DIR at a new folder) and run it again.`,
      );
    }
    for (const table of BACKUP_TABLES) await repository.insert(table, valid.tables[table]);
    await repository.resetIdSequences();
    return Object.fromEntries(BACKUP_TABLES.map((table) => [table, valid.tables[table].length])) as Record<BackupTable, number>;
  });
}

function checkBackup(backup: unknown): Backup {
  const candidate = backup as Partial<Backup> | null;
  if (candidate?.format !== BACKUP_FORMAT) throw new BackupError(`This file is not a giaoban backup (no "format": "${BACKUP_FORMAT}").`);
  if (candidate.formatVersion !== BACKUP_FORMAT_VERSION)
    throw new BackupError(
      `The backup's format version is ${candidate.formatVersion}; this version of the bot reads ${BACKUP_FORMAT_VERSION}.`,
    );
  const tables = candidate.tables as Partial<Record<BackupTable, unknown>> | undefined;
  const missing = BACKUP_TABLES.filter((table) => !Array.isArray(tables?.[table]));
  if (missing.length > 0 || !Array.isArray(candidate.migrations))
    throw new BackupError(`The backup is incomplete: no rows for ${missing.join(", ") || "migrations"}.`);
  return candidate as Backup;
}
