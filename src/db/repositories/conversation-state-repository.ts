import type { SqlSession } from "../sql-session.js";

/**
 * Each chat's conversation state as JSON in the database, so a restarted or second instance
 * continues a conversation where it stopped. The state is opaque here: its shape belongs to
 * the conversation that reads it back (src/bot/conversations/submit/session.ts).
 */
export class ConversationStateRepository {
  /** States read ahead by `readAhead` (undefined: none stored), kept current by deletes. */
  private readonly known = new Map<string, unknown>();

  /**
   * @param inTransaction whether `sql` is an update's transaction: only then may reads be kept
   *   for the rest of it (`readAhead`); outside one, another update may change them meanwhile.
   */
  constructor(
    private readonly sql: SqlSession,
    private readonly inTransaction = false,
  ) {}

  /**
   * Reads the states of `keys` in one statement, for later `read`s in this update: several
   * features each look for their own question waiting in the chat, one round trip each before.
   * Outside a transaction it does nothing, and each read goes to the database.
   */
  async readAhead(keys: readonly string[]): Promise<void> {
    if (!this.inTransaction) return;
    const rows = await this.sql.query<{ key: string; value: string }>(
      `SELECT "key", "value" FROM "ConversationState" WHERE "key" = ANY($1::text[])`,
      [keys],
    );
    for (const key of keys) this.known.set(key, undefined);
    for (const row of rows) this.known.set(row.key, JSON.parse(row.value));
  }

  /** The state stored under `key`, parsed, or undefined when there is none. */
  async read(key: string): Promise<unknown> {
    if (this.known.has(key)) return this.known.get(key);
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
    // Read back from the database if asked again: the caller may go on changing its object.
    this.known.delete(key);
  }

  /** Forgets the state under `key` (the conversation ended). */
  async delete(key: string): Promise<void> {
    await this.sql.query(`DELETE FROM "ConversationState" WHERE "key" = $1`, [key]);
    if (this.known.has(key)) this.known.set(key, undefined);
  }
}
