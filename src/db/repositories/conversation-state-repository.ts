import type { SqlSession } from "../sql-session.js";

/**
 * Each chat's conversation state as JSON in the database, so a restarted or second instance
 * continues a conversation where it stopped. The state is opaque here: its shape belongs to
 * the conversation that reads it back (src/bot/conversations/submit/session.ts).
 */
export class ConversationStateRepository {
  constructor(private readonly sql: SqlSession) {}

  /** The state stored under `key`, parsed, or undefined when there is none. */
  async read(key: string): Promise<unknown> {
    const rows = await this.sql.query<{ value: string }>(`SELECT "value" FROM "ConversationState" WHERE "key" = $1`, [key]);
    const value = rows[0]?.value;
    return value === undefined ? undefined : JSON.parse(value);
  }

  /** Stores `state` under `key`, replacing what was there. */
  async write(key: string, state: unknown): Promise<void> {
    await this.sql.query(
      `INSERT INTO "ConversationState" ("key", "value", "updatedAt") VALUES ($1, $2, now())
       ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = EXCLUDED."updatedAt"`,
      [key, JSON.stringify(state)],
    );
  }

  /** Forgets the state under `key` (the conversation ended). */
  async delete(key: string): Promise<void> {
    await this.sql.query(`DELETE FROM "ConversationState" WHERE "key" = $1`, [key]);
  }
}
