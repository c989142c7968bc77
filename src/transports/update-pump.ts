import type { Update } from "grammy/types";
import type { Services } from "../app/services.js";
import type { GiaobanBot } from "../bot/create-bot.js";
import { ABANDONED_AFTER_SECONDS } from "../db/repositories/outbox-repository.js";
import { updateWithoutControlCharacters } from "../domain/text/clean-update.js";
import type { Logger } from "../logger.js";

/** How often abandoned work is picked up again. */
const SWEEP_EVERY_MS = 30_000;
/** Processed updates and sent messages are kept this long (Telegram redelivers for a day at most). */
const RETENTION_SECONDS = 7 * 24 * 60 * 60;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
/** At most this many updates are handled at once; the rest wait (updates of one chat are in order anyway). */
const MAX_IN_FLIGHT = 200;

/**
 * Feeds the bot from the inbox. A transport calls `accept` with what it received: the updates
 * are stored first, and only then handed to the bot, so a crash between receiving and
 * processing loses nothing. At start, and every half minute, it hands over again what was
 * stored but never processed, and sends what the outbox still holds; every hour it prunes.
 */
export class UpdatePump {
  private readonly inFlight = new Set<Promise<void>>();
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly bot: GiaobanBot,
    private readonly services: Services,
    private readonly logger: Logger,
  ) {}

  private get botId(): string {
    return String(this.bot.botInfo.id);
  }

  /**
   * Stores received updates in the inbox, then hands them to the bot without waiting for them.
   * Control characters go first: the inbox's JSON column refuses NUL, and an update that cannot
   * be stored would be received again and again.
   */
  async accept(received: readonly Update[]): Promise<void> {
    const updates = received.map((update) => updateWithoutControlCharacters(update));
    await this.services.inbox.accept(
      this.botId,
      updates.map((update) => ({ updateId: update.update_id, chatKey: chatKeyOf(update), payload: update })),
    );
    for (const update of updates) await this.dispatch(update);
  }

  /**
   * Picks up what a stopped process left (inbox and outbox) and prunes, then keeps doing both on
   * timers. Pruning at start too: a process restarted more often than hourly would never prune.
   */
  async start(): Promise<void> {
    await this.recover(0);
    await this.prune();
    const sweep = setInterval(() => void this.recover(ABANDONED_AFTER_SECONDS), SWEEP_EVERY_MS);
    const prune = setInterval(() => void this.prune(), PRUNE_EVERY_MS);
    sweep.unref();
    prune.unref();
    this.timers = [sweep, prune];
  }

  /** Stops the timers and waits for the updates in flight. */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await Promise.allSettled([...this.inFlight]);
  }

  private async recover(ageSeconds: number): Promise<void> {
    try {
      const pending = await this.services.inbox.pending(this.botId, ageSeconds);
      if (pending.length) this.logger.info({ count: pending.length }, "handling updates left unprocessed");
      for (const row of pending) await this.dispatch(row.payload as Update);
      const sent = await this.bot.outbox.sweep(ageSeconds);
      if (sent) this.logger.info({ count: sent }, "sent messages left in the outbox");
    } catch (error) {
      this.logger.warn({ err: error }, "could not pick up unprocessed work; trying again later");
    }
  }

  private async prune(): Promise<void> {
    try {
      const updates = await this.services.inbox.prune(RETENTION_SECONDS);
      const messages = await this.services.outbox.prune(RETENTION_SECONDS);
      this.logger.info({ updates, messages }, "pruned processed updates and sent messages");
    } catch (error) {
      this.logger.warn({ err: error }, "could not prune the inbox and outbox");
    }
  }

  private async dispatch(update: Update): Promise<void> {
    while (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
    const handled = this.bot
      .handleUpdate(update)
      .catch((error: unknown) => this.logger.error({ err: error, update_id: update.update_id }, "update failed"))
      .finally(() => this.inFlight.delete(handled));
    this.inFlight.add(handled);
  }
}

/** The chat (or the sender) an update belongs to. */
function chatKeyOf(update: Update): string | null {
  const source =
    update.message ?? update.edited_message ?? update.channel_post ?? update.edited_channel_post ?? update.callback_query?.message;
  const id = source?.chat.id ?? update.callback_query?.from.id ?? update.my_chat_member?.chat.id;
  return id === undefined ? null : String(id);
}
