import type { SqlSession } from "../sql-session.js";

/** Remembers which updates were handled, so a redelivered update is processed once. */
export class ProcessedUpdateRepository {
  constructor(private readonly sql: SqlSession) {}

  /** Records the update; true when it is new, false when it was seen before. */
  async markProcessed(botId: string, updateId: number): Promise<boolean> {
    const inserted = await this.sql.query(
      `INSERT INTO "ProcessedUpdate" ("botId", "updateId") VALUES ($1, $2::bigint) ON CONFLICT DO NOTHING RETURNING 1`,
      [botId, String(updateId)],
    );
    return inserted.length === 1;
  }
}
