import { jsonWithoutControlCharacters } from "../../domain/text/control-characters.js";
import { BatchedStatement } from "../batched-statement.js";
import { INSTANCE_LOCK_NAMESPACE } from "../database.js";
import type { SqlSession } from "../sql-session.js";

/** A Bot API call to make once the update that caused it has committed. */
export interface OutgoingCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the deliverer does once the call succeeds or is refused; null for nothing. */
  purpose: OutboxPurpose | null;
}

/** A follow-up the deliverer runs after a call: its kind names the handler, the rest is its data. */
export type OutboxPurpose = { kind: string } & Record<string, unknown>;

/** Unfinished work (an outbox row, an inbox update) older than this is taken to be abandoned by its process, and picked up by another. */
export const ABANDONED_AFTER_SECONDS = 30;

/** An outgoing call as stored, with its id. */
export interface OutboxRow extends OutgoingCall {
  id: number;
}

/**
 * Messages waiting to be sent: written in the transaction of the update that caused them,
 * marked once Telegram has them. Their times are the database's clock: they are bookkeeping,
 * not what people are shown. A row still unsent after a crash is sent at the next start.
 * Each row names the instance that recorded or last took it (`Database.leaseInstance`).
 */
export class OutboxRepository {
  /**
   * The "sent" marks of every update being delivered at the moment, in one statement: each is
   * still recorded before its update's next message goes (README, "Performance").
   */
  private readonly sentMarks = new BatchedStatement<number>(async (ids) => {
    await this.sql.query(`UPDATE "OutboxMessage" SET "sentAt" = now() WHERE "id" = ANY($1::integer[])`, [ids]);
  });

  /**
   * @param instance this process's instance key, or null where no other process can be
   * running (PGlite, tests): its rows then count as any process's.
   * @param abandonedAfterSeconds how long a live instance may hold a row before a sweep of another takes it.
   */
  constructor(
    private readonly sql: SqlSession,
    private readonly instance: number | null = null,
    private readonly abandonedAfterSeconds = ABANDONED_AFTER_SECONDS,
  ) {}

  /**
   * Stores the calls of one update in order, in one statement; returns them with their ids, as
   * stored: without control characters (an echo of a NUL someone sent would refuse the row).
   */
  async add(botId: string, updateId: number | null, calls: readonly OutgoingCall[]): Promise<OutboxRow[]> {
    if (calls.length === 0) return [];
    const payloads = calls.map((call) => jsonWithoutControlCharacters(call.payload));
    const rows = calls.map(
      (_, index) => `($1, $2::bigint, $3::integer, $${index * 3 + 4}, $${index * 3 + 5}::jsonb, $${index * 3 + 6}::jsonb)`,
    );
    const inserted = await this.sql.query<{ id: number }>(
      `INSERT INTO "OutboxMessage" ("botId", "updateId", "claimedBy", "method", "payload", "purpose") VALUES ${rows.join(", ")} RETURNING "id"`,
      [
        botId,
        updateId === null ? null : String(updateId),
        this.instance,
        ...calls.flatMap((call, index) => [call.method, payloads[index], call.purpose ? JSON.stringify(call.purpose) : null]),
      ],
    );
    // RETURNING follows the VALUES order for a single INSERT.
    return calls.map((call, index) => ({
      ...call,
      payload: JSON.parse(payloads[index] ?? "{}") as Record<string, unknown>,
      id: Number(inserted[index]?.id),
    }));
  }

  /** Records that Telegram accepted the call. */
  markSent(id: number): Promise<void> {
    return this.sentMarks.add(id);
  }

  /** Records that Telegram refused the call for good (it is not tried again). */
  async markFailed(id: number, error: string): Promise<void> {
    await this.sql.query(`UPDATE "OutboxMessage" SET "failedAt" = now(), "error" = $2 WHERE "id" = $1`, [id, error]);
  }

  /**
   * Takes the calls neither sent nor refused whose process has had them at least `ageSeconds`
   * (since they were recorded, or since a sweep last took them), oldest first, and marks them
   * taken now by this instance, in one statement. A row a live instance holds is left to it
   * until it is `abandonedAfterSeconds` old, whatever `ageSeconds` says: an instance starting
   * beside one that is sending (at start-up, `ageSeconds` 0) takes only a dead one's rows.
   * Rows another instance is taking at the same moment are skipped (SKIP LOCKED), and a row
   * taken is left alone for `ageSeconds` after, so two instances' sweeps never send the same row.
   */
  async claimUnsent(botId: string, ageSeconds: number, limit = 500): Promise<OutboxRow[]> {
    const rows = await this.sql.query<{ id: number; method: string; payload: Record<string, unknown>; purpose: OutboxPurpose | null }>(
      `UPDATE "OutboxMessage" SET "claimedAt" = now(), "claimedBy" = $4::integer
       WHERE "id" IN (
         SELECT "id" FROM "OutboxMessage"
         WHERE "botId" = $1 AND "sentAt" IS NULL AND "failedAt" IS NULL
           AND COALESCE("claimedAt", "createdAt") <= now() - make_interval(secs => $2::double precision)
           AND ("claimedBy" IS NULL OR "claimedBy" = $4::integer
             OR COALESCE("claimedAt", "createdAt") <= now() - make_interval(secs => $5::double precision)
             OR NOT EXISTS (SELECT 1 FROM pg_locks WHERE "locktype" = 'advisory' AND "granted"
               AND "classid" = $6::oid AND "objid" = "claimedBy"::oid AND "objsubid" = 2))
         ORDER BY "id" LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING "id", "method", "payload", "purpose"`,
      [botId, ageSeconds, limit, this.instance, this.abandonedAfterSeconds, INSTANCE_LOCK_NAMESPACE],
    );
    return rows
      .map((row) => ({ id: Number(row.id), method: row.method, payload: row.payload, purpose: row.purpose }))
      .sort((a, b) => a.id - b.id);
  }

  /** Forgets calls sent or refused more than `ageSeconds` ago; returns how many. */
  async prune(ageSeconds: number): Promise<number> {
    const rows = await this.sql.query(
      `DELETE FROM "OutboxMessage" WHERE COALESCE("sentAt", "failedAt") < now() - make_interval(secs => $1::double precision) RETURNING 1 AS "pruned"`,
      [ageSeconds],
    );
    return rows.length;
  }
}
