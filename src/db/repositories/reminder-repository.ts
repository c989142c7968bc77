import type { SqlSession } from "../sql-session.js";

/** What the reminders record: who submitted, who opted out, which reminders went. */
export class ReminderRepository {
  constructor(private readonly sql: SqlSession) {}

  /** The codes of the bloc's organisations that submitted the quarter. */
  async submittedCodes(blocId: number, periodKey: string): Promise<Set<string>> {
    const rows = await this.sql.query<{ code: string }>(
      `SELECT o."code" FROM "Submission" s JOIN "Organisation" o ON o."id" = s."organisationId"
       WHERE s."blocId" = $1 AND s."periodKey" = $2 AND s."currentVersion" > 0`,
      [blocId, periodKey],
    );
    return new Set(rows.map((row) => row.code));
  }

  /** Whether the quarter is locked (nothing more to remind about). */
  async isLocked(blocId: number, periodKey: string): Promise<boolean> {
    const rows = await this.sql.query<{ locked: boolean }>(
      `SELECT "lockedAt" IS NOT NULL AS "locked" FROM "ReportingPeriod" WHERE "blocId" = $1 AND "periodKey" = $2`,
      [blocId, periodKey],
    );
    return rows[0]?.locked === true;
  }

  /** The ids of the people who asked not to be reminded about the quarter. */
  async optedOut(blocId: number, periodKey: string): Promise<Set<number>> {
    const rows = await this.sql.query<{ personId: number }>(
      `SELECT "personId" FROM "ReminderOptOut" WHERE "blocId" = $1 AND "periodKey" = $2`,
      [blocId, periodKey],
    );
    return new Set(rows.map((row) => Number(row.personId)));
  }

  /** Records that a person asked not to be reminded about the quarter (twice is once). */
  async optOut(personId: number, blocId: number, periodKey: string): Promise<void> {
    await this.sql.query(`INSERT INTO "ReminderOptOut" ("personId", "blocId", "periodKey") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      personId,
      blocId,
      periodKey,
    ]);
  }

  /**
   * Records the reminders about to be sent and returns the keys that were not recorded yet:
   * only those are sent. Run in the transaction that enqueues their messages, a second
   * instance recording the same key waits for the first's commit, then records nothing.
   */
  async claim(blocId: number, keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const values = keys.map((_, index) => `($${index + 2}, $1)`);
    const rows = await this.sql.query<{ key: string }>(
      `INSERT INTO "ReminderDispatch" ("key", "blocId") VALUES ${values.join(", ")} ON CONFLICT DO NOTHING RETURNING "key"`,
      [blocId, ...keys],
    );
    return new Set(rows.map((row) => row.key));
  }
}
