import { jsonWithoutControlCharacters } from "../../domain/text/control-characters.js";
import type { SqlSession } from "../sql-session.js";

/** An update received but not yet processed, as stored. */
export interface PendingUpdate {
  updateId: number;
  chatKey: string | null;
  payload: unknown;
}

/**
 * The updates the bot received. Transports store each update here before acknowledging it
 * (the polling offset, the webhook's 200), so a crash loses none; an update is marked
 * processed in the transaction that commits its effects, so it is processed exactly once.
 */
export class InboxRepository {
  constructor(private readonly sql: SqlSession) {}

  /**
   * Stores received updates that are not stored yet (a redelivery is ignored), in one statement,
   * without control characters: one NUL from a bridge would otherwise refuse the whole batch.
   */
  async accept(botId: string, updates: readonly { updateId: number; chatKey: string | null; payload: unknown }[]): Promise<void> {
    if (updates.length === 0) return;
    const rows = updates.map((_, index) => `($1, $${index * 3 + 2}::bigint, $${index * 3 + 3}, $${index * 3 + 4}::jsonb)`);
    await this.sql.query(
      `INSERT INTO "InboxUpdate" ("botId", "updateId", "chatKey", "payload") VALUES ${rows.join(", ")} ON CONFLICT DO NOTHING`,
      [botId, ...updates.flatMap((update) => [String(update.updateId), update.chatKey, jsonWithoutControlCharacters(update.payload)])],
    );
  }

  /**
   * Marks the update processed with `outcome`; true when this call did, false when it was
   * processed before. Run it in the update's transaction: on PostgreSQL a second instance
   * claiming the same update waits for that transaction and then gets false.
   */
  async claim(botId: string, updateId: number, chatKey: string | null, outcome: string): Promise<boolean> {
    const rows = await this.sql.query(
      `INSERT INTO "InboxUpdate" ("botId", "updateId", "chatKey", "processedAt", "outcome")
       VALUES ($1, $2::bigint, $3, now(), $4)
       ON CONFLICT ("botId", "updateId") DO UPDATE SET "processedAt" = EXCLUDED."processedAt", "outcome" = EXCLUDED."outcome"
       WHERE "InboxUpdate"."processedAt" IS NULL
       RETURNING 1 AS "claimed"`,
      [botId, String(updateId), chatKey, outcome],
    );
    return rows.length === 1;
  }

  /**
   * Updates received at least `ageSeconds` ago and never processed (the process stopped, or
   * the database failed while it ran), oldest first. Handing one to the bot twice is harmless:
   * only one claim succeeds.
   */
  async pending(botId: string, ageSeconds = 0, limit = 1000): Promise<PendingUpdate[]> {
    const rows = await this.sql.query<{ updateId: string | bigint; chatKey: string | null; payload: unknown }>(
      `SELECT "updateId", "chatKey", "payload" FROM "InboxUpdate"
       WHERE "botId" = $1 AND "processedAt" IS NULL AND "payload" IS NOT NULL
         AND "receivedAt" <= now() - make_interval(secs => $2::double precision)
       ORDER BY "updateId" LIMIT $3`,
      [botId, ageSeconds, limit],
    );
    return rows.map((row) => ({ updateId: Number(row.updateId), chatKey: row.chatKey, payload: row.payload }));
  }

  /**
   * Forgets updates processed more than `ageSeconds` ago (Telegram keeps an undelivered update
   * for a day at most); returns how many. Times are the database's clock: this is bookkeeping.
   */
  async prune(ageSeconds: number): Promise<number> {
    const rows = await this.sql.query(
      `DELETE FROM "InboxUpdate" WHERE "processedAt" < now() - make_interval(secs => $1::double precision) RETURNING 1 AS "pruned"`,
      [ageSeconds],
    );
    return rows.length;
  }
}
