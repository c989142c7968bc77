import type { GiaobanBot } from "../bot/create-bot.js";
import type { Logger } from "../logger.js";
import type { UpdatePump } from "./update-pump.js";

const POLL_TIMEOUT_SECONDS = 30;
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/**
 * Long polling that loses nothing: each batch is stored in the inbox (through the pump)
 * before the next getUpdates acknowledges it. grammY's runner acknowledges a batch as soon as
 * it fetches the next one, while the first may still be in flight, so a crash then lost it.
 */
export function pollIntoInbox(bot: GiaobanBot, pump: UpdatePump, logger: Logger): { stop(): Promise<void> } {
  const abort = new AbortController();
  const loop = (async () => {
    let offset = 0;
    let pause = RETRY_FIRST_MS;
    while (!abort.signal.aborted) {
      try {
        // grammY types its signal with an older AbortSignal shape; the platform one is what it uses.
        const updates = await bot.api.getUpdates(
          { offset, timeout: POLL_TIMEOUT_SECONDS },
          abort.signal as Parameters<typeof bot.api.getUpdates>[1],
        );
        await pump.accept(updates);
        const last = updates.at(-1);
        if (last) offset = last.update_id + 1;
        pause = RETRY_FIRST_MS;
      } catch (error) {
        if (abort.signal.aborted) break;
        logger.warn({ err: error, retryInMs: pause }, "getUpdates failed; polling again shortly");
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, RETRY_MAX_MS);
      }
    }
  })();
  return {
    stop: async () => {
      abort.abort();
      await loop;
    },
  };
}
