import { type Api, GrammyError } from "grammy";
import type { Metrics } from "../../app/metrics.js";
import type { Services } from "../../app/services.js";
import { ABANDONED_AFTER_SECONDS, type OutboxPurpose, type OutboxRow, type OutgoingCall } from "../../db/repositories/outbox-repository.js";
import type { Logger } from "../../logger.js";
import { GroupPace } from "./group-pace.js";
import { withStoredFiles } from "./outbox-recorder.js";

/** What happens after a call with a purpose was sent or refused: more calls, in the same transaction as its writes. */
export interface FollowUp {
  sent?(purpose: OutboxPurpose, services: Services): Promise<OutgoingCall[]>;
  refused?(purpose: OutboxPurpose, services: Services): Promise<OutgoingCall[]>;
}

/** Follow-ups by purpose kind. */
export type FollowUps = Record<string, FollowUp>;

/**
 * Sends what the outbox holds, in order, through the bot's API (auto-retry waits out a 429),
 * and marks each call once Telegram accepted or refused it. A call that failed for a reason
 * that may pass (network, 5xx) stays unsent and is tried again by the next sweep.
 */
export class OutboxDeliverer {
  constructor(
    private readonly api: Api,
    private readonly botId: () => string,
    private readonly services: Services,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
    private readonly followUps: FollowUps = {},
    private readonly pace: GroupPace = new GroupPace(),
  ) {}

  /**
   * Sends the rows of one update, in order. Rows whose purpose names a `series` (the parts of
   * one briefing) stop at the first refusal: the rest of the series is marked refused unsent.
   * A row that could not be sent yet (network, 5xx, a 429 auto-retry gave up on) holds back
   * the rest of its chat, which the next sweep sends after it: the next question never arrives
   * before the echo of the answer.
   */
  async deliver(rows: readonly OutboxRow[]): Promise<void> {
    const refusedSeries = new Set<unknown>();
    const heldChats = new Set<string>();
    for (const row of rows) {
      const series = row.purpose?.series;
      if (series !== undefined && refusedSeries.has(series)) {
        await this.services.outbox.markFailed(row.id, "an earlier part was refused");
        continue;
      }
      const chat = String(row.payload.chat_id ?? "");
      if (heldChats.has(chat)) continue;
      const outcome = await this.deliverOne(row);
      if (outcome === "later") heldChats.add(chat);
      if (outcome === "refused" && series !== undefined) refusedSeries.add(series);
    }
  }

  /**
   * Sends what earlier processes left unsent (at start-up: all of it; later: what is
   * abandoned), claiming each row so another instance's sweep does not send it too.
   */
  async sweep(ageSeconds = ABANDONED_AFTER_SECONDS): Promise<number> {
    const rows = await this.services.outbox.claimUnsent(this.botId(), ageSeconds);
    await this.deliver(rows);
    return rows.length;
  }

  private async deliverOne(row: OutboxRow): Promise<"sent" | "refused" | "later"> {
    await this.pace.take(String(row.payload.chat_id ?? ""));
    try {
      // biome-ignore lint/suspicious/noExplicitAny: the method and payload were recorded from a typed call of the same API.
      await (this.api.raw as any)[row.method](withStoredFiles(row.payload));
    } catch (error) {
      if (!(error instanceof GrammyError) || error.error_code >= 500 || error.error_code === 429) {
        this.logger.warn({ err: error, outbox_id: row.id, method: row.method }, "could not send; it is tried again later");
        return "later";
      }
      this.logger.warn({ err: error, outbox_id: row.id, method: row.method }, "Telegram refused a message");
      await this.services.outbox.markFailed(row.id, error.description);
      await this.followUp(row, "refused");
      return "refused";
    }
    await this.services.outbox.markSent(row.id);
    if (row.method === "sendMessage" && String(row.payload.chat_id).startsWith("-")) this.metrics.postSent();
    await this.followUp(row, "sent");
    return "sent";
  }

  private async followUp(row: OutboxRow, outcome: "sent" | "refused"): Promise<void> {
    const handler = row.purpose ? this.followUps[row.purpose.kind]?.[outcome] : undefined;
    if (!row.purpose || !handler) return;
    const purpose = row.purpose;
    const next = await this.services.transaction(async (scoped) => scoped.outbox.add(this.botId(), null, await handler(purpose, scoped)));
    await this.deliver(next);
  }
}
