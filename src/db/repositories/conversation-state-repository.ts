import type { VersionedState } from "@grammyjs/conversations";
import type { SqlSession } from "../sql-session.js";

/**
 * Storage for grammY conversations v2: each chat's conversation state as JSON in the
 * database, so a restarted or second instance continues a conversation where it stopped.
 */
export class ConversationStateRepository<State> {
  constructor(private readonly sql: SqlSession) {}

  async read(key: string): Promise<VersionedState<State> | undefined> {
    const rows = await this.sql.query<{ value: string }>(`SELECT "value" FROM "ConversationState" WHERE "key" = $1`, [key]);
    const value = rows[0]?.value;
    return value === undefined ? undefined : (JSON.parse(value) as VersionedState<State>);
  }

  async write(key: string, state: VersionedState<State>): Promise<void> {
    await this.sql.query(
      `INSERT INTO "ConversationState" ("key", "value", "updatedAt") VALUES ($1, $2, now())
       ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = EXCLUDED."updatedAt"`,
      [key, JSON.stringify(state)],
    );
  }

  async delete(key: string): Promise<void> {
    await this.sql.query(`DELETE FROM "ConversationState" WHERE "key" = $1`, [key]);
  }
}
