import type { GiaobanBot } from "../bot/create-bot.js";
import type { Logger } from "../logger.js";

/** How often the reminders due are looked for: a reminder goes within a minute of its time. */
const REMINDERS_EVERY_MS = 60_000;

/** Sends the reminders due at start, then every minute, until stopped; a failed sweep is tried again at the next. */
export function startReminderLoop(bot: GiaobanBot, logger: Logger): { stop(): void } {
  const sweep = async () => {
    try {
      const sent = await bot.reminders.sweep();
      // Logged when nothing was due too (debug), so a test or an operator can tell a sweep ran.
      if (sent.length) logger.info({ count: sent.length }, "sent reminders");
      else logger.debug("no reminders due");
    } catch (error) {
      logger.warn({ err: error }, "could not send the reminders due; trying again in a minute");
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), REMINDERS_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
