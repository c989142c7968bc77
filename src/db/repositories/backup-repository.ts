import type { SqlSession } from "../sql-session.js";

/** A table's rows as JSON objects keyed by column; exact decimals and bigints as strings. */
export type TableRows = Record<string, unknown>[];

/**
 * The tables a backup holds, parents before children so they load in this order. Not held:
 * the inbox and outbox (updates already handled, messages already sent: bookkeeping of the
 * running bot) and the conversation steps (a /nop in progress; its answers are in the drafts).
 */
export const BACKUP_TABLES = [
  "Bloc",
  "Person",
  "Organisation",
  "Indicator",
  "IndicatorOrganisation",
  "Membership",
  "Invite",
  "ReportingPeriod",
  "Submission",
  "SubmissionVersion",
  "SubmissionValue",
  "SubmissionText",
  "TaskFollowUp",
  "SubmissionDraft",
  "Meeting",
  "DeadlineExtension",
  "BriefingFraming",
  "BriefingPost",
  "AuditEvent",
  "ChannelAlias",
] as const;

/** One of the tables a backup holds. */
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** The order rows are read in: by primary key, so two backups of the same data are equal. */
const ORDER: Record<BackupTable, string> = {
  ...(Object.fromEntries(BACKUP_TABLES.map((table) => [table, `"id"`])) as Record<BackupTable, string>),
  IndicatorOrganisation: `"indicatorId", "organisationId"`,
  ChannelAlias: `"channel", "alias"`,
};

/** Everyone a bloc's rows name ($1 the bloc's id): members, inviters, submitters, actors. */
const PEOPLE_OF_BLOC = `
  SELECT "personId" FROM "Membership" WHERE "blocId" = $1
  UNION SELECT "createdById" FROM "Invite" WHERE "blocId" = $1
  UNION SELECT "usedById" FROM "Invite" WHERE "blocId" = $1 AND "usedById" IS NOT NULL
  UNION SELECT v."submittedById" FROM "SubmissionVersion" v JOIN "Submission" s ON s."id" = v."submissionId" WHERE s."blocId" = $1
  UNION SELECT d."personId" FROM "SubmissionDraft" d JOIN "Organisation" o ON o."id" = d."organisationId" WHERE o."blocId" = $1
  UNION SELECT "actorId" FROM "AuditEvent" WHERE "blocId" = $1 AND "actorId" IS NOT NULL
  UNION SELECT "lockedById" FROM "ReportingPeriod" WHERE "blocId" = $1 AND "lockedById" IS NOT NULL
  UNION SELECT "setById" FROM "Meeting" WHERE "blocId" = $1 AND "setById" IS NOT NULL
  UNION SELECT "grantedById" FROM "DeadlineExtension" WHERE "blocId" = $1
  UNION SELECT "editedById" FROM "BriefingFraming" WHERE "blocId" = $1 AND "editedById" IS NOT NULL
  UNION SELECT "conclusionsById" FROM "BriefingFraming" WHERE "blocId" = $1 AND "conclusionsById" IS NOT NULL
  UNION SELECT "postedById" FROM "BriefingPost" WHERE "blocId" = $1 AND "postedById" IS NOT NULL`;

/**
 * Which rows of each table belong to one bloc ($1 its id). Events without a bloc (wrong invite
 * codes) come along when their actor is one of the bloc's people; channel aliases when they
 * stand for one of those people or for the bloc's group.
 */
const OF_BLOC: Record<BackupTable, string> = {
  Bloc: `"id" = $1`,
  Person: `"id" IN (${PEOPLE_OF_BLOC})`,
  Organisation: `"blocId" = $1`,
  Indicator: `"blocId" = $1`,
  IndicatorOrganisation: `"indicatorId" IN (SELECT "id" FROM "Indicator" WHERE "blocId" = $1)`,
  Membership: `"blocId" = $1`,
  Invite: `"blocId" = $1`,
  ReportingPeriod: `"blocId" = $1`,
  Submission: `"blocId" = $1`,
  SubmissionVersion: `"submissionId" IN (SELECT "id" FROM "Submission" WHERE "blocId" = $1)`,
  SubmissionValue: `"versionId" IN (SELECT v."id" FROM "SubmissionVersion" v JOIN "Submission" s ON s."id" = v."submissionId" WHERE s."blocId" = $1)`,
  SubmissionText: `"versionId" IN (SELECT v."id" FROM "SubmissionVersion" v JOIN "Submission" s ON s."id" = v."submissionId" WHERE s."blocId" = $1)`,
  TaskFollowUp: `"versionId" IN (SELECT v."id" FROM "SubmissionVersion" v JOIN "Submission" s ON s."id" = v."submissionId" WHERE s."blocId" = $1)`,
  SubmissionDraft: `"organisationId" IN (SELECT "id" FROM "Organisation" WHERE "blocId" = $1)`,
  Meeting: `"blocId" = $1`,
  DeadlineExtension: `"blocId" = $1`,
  BriefingFraming: `"blocId" = $1`,
  BriefingPost: `"blocId" = $1`,
  AuditEvent: `"blocId" = $1 OR ("blocId" IS NULL AND "actorId" IN (${PEOPLE_OF_BLOC}))`,
  ChannelAlias: `EXISTS (SELECT 1 FROM "Person" p WHERE p."id" IN (${PEOPLE_OF_BLOC}) AND p."channel" = t."channel" AND p."externalId" = t."alias"::text)
    OR EXISTS (SELECT 1 FROM "Bloc" b WHERE b."id" = $1 AND b."groupChat" = t."channel" || ':' || t."alias"::text)`,
};

/** Rows inserted per statement on restore, so one parameter stays of a reasonable size. */
const CHUNK = 1000;

/** Column types whose values JSON numbers cannot carry exactly: kept as text. */
const EXACT_AS_TEXT = new Set(["numeric", "bigint"]);

/**
 * Reads and writes the tables of a backup with plain SQL, the same on PGlite and PostgreSQL:
 * each row as JSON built by the database, loaded back with json_populate_recordset, so every
 * column keeps its type without a mapping per table.
 */
export class BackupRepository {
  constructor(private readonly sql: SqlSession) {}

  /** Makes the rest of the current transaction read one snapshot; must come first in it. */
  async readOneSnapshot(): Promise<void> {
    await this.sql.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }

  /** The id of the bloc with this code, if there is one. */
  async blocIdOf(code: string): Promise<number | undefined> {
    const rows = await this.sql.query<{ id: number }>(`SELECT "id" FROM "Bloc" WHERE "code" = $1`, [code]);
    return rows[0] ? Number(rows[0].id) : undefined;
  }

  /** Every row of `table`, or only the rows of the bloc `blocId`, in primary-key order. */
  async rows(table: BackupTable, blocId?: number): Promise<TableRows> {
    const columns = await this.columns(table);
    const fields = columns.map(({ name, type }) => `'${name}', t."${name}"${EXACT_AS_TEXT.has(type) ? "::text" : ""}`);
    const where = blocId === undefined ? "" : `WHERE ${OF_BLOC[table]}`;
    const rows = await this.sql.query<{ row: Record<string, unknown> | string }>(
      `SELECT json_build_object(${fields.join(", ")})::text AS "row" FROM "${table}" t ${where} ORDER BY ${ORDER[table]}`,
      blocId === undefined ? [] : [blocId],
    );
    return rows.map(({ row }) => (typeof row === "string" ? JSON.parse(row) : row));
  }

  /** How many rows each table holds (those that hold any). */
  async counts(): Promise<Partial<Record<BackupTable, number>>> {
    const selects = BACKUP_TABLES.map((table) => `SELECT '${table}' AS "table", count(*)::int AS "rows" FROM "${table}"`);
    const rows = await this.sql.query<{ table: BackupTable; rows: number }>(selects.join(" UNION ALL "));
    return Object.fromEntries(rows.filter((row) => Number(row.rows) > 0).map((row) => [row.table, Number(row.rows)]));
  }

  /**
   * Inserts `rows` into `table` as they are, ids included; columns a row does not name get
   * their defaults only if no row names them. Unknown columns are refused by name.
   */
  async insert(table: BackupTable, rows: TableRows): Promise<void> {
    if (rows.length === 0) return;
    const known = new Set((await this.columns(table)).map((column) => column.name));
    const named = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const unknown = named.filter((name) => !known.has(name));
    if (unknown.length > 0) throw new Error(`${table} has no column ${unknown.join(", ")}`);
    const list = named.map((name) => `"${name}"`).join(", ");
    for (let start = 0; start < rows.length; start += CHUNK) {
      await this.sql.query(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`, [
        JSON.stringify(rows.slice(start, start + CHUNK)),
      ]);
    }
  }

  /** Moves each id sequence past the ids restored, so the next row gets a new id. */
  async resetIdSequences(): Promise<void> {
    for (const table of BACKUP_TABLES) {
      if (ORDER[table] !== `"id"`) continue;
      await this.sql.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE(MAX("id"), 1), MAX("id") IS NOT NULL) FROM "${table}"`,
      );
    }
  }

  /** The names of the migrations applied to this database. */
  async migrations(): Promise<string[]> {
    const rows = await this.sql.query<{ name: string }>(`SELECT "name" FROM "_giaoban_migrations" ORDER BY "name"`);
    return rows.map((row) => row.name);
  }

  private async columns(table: BackupTable): Promise<{ name: string; type: string }[]> {
    return this.sql.query<{ name: string; type: string }>(
      `SELECT column_name::text AS "name", data_type::text AS "type" FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
  }
}
