import type { NextFunction } from "grammy";
import type { LogFn } from "pino";
import type { Logger } from "../../logger.js";
import type { BotContext } from "../context.js";

/**
 * Gives each update a child logger and writes one line per update: its id, chat, kind,
 * duration and outcome. The outcome is "error" when a handler threw, and also when anything
 * logged an error for the update: the error boundary catches a failed handler, answers the
 * person and logs "handler failed", so from here the update would otherwise look fine.
 * Errors are rethrown for the error boundary.
 */
export async function updateLogger(ctx: BotContext, next: NextFunction): Promise<void> {
  const started = performance.now();
  const tracked = trackErrors(ctx.deps.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id }));
  ctx.logger = tracked.logger;
  let threw = false;
  try {
    await next();
  } catch (error) {
    threw = true;
    throw error;
  } finally {
    tracked.logger.info(
      {
        kind: Object.keys(ctx.update).find((key) => key !== "update_id"),
        from_id: ctx.from?.id,
        duration_ms: Math.round((performance.now() - started) * 10) / 10,
        outcome: threw || tracked.failed() ? "error" : "ok",
      },
      "update",
    );
  }
}

/** The logger with its error and fatal methods noting that they were called. */
function trackErrors(logger: Logger): { logger: Logger; failed: () => boolean } {
  let failed = false;
  for (const level of ["error", "fatal"] as const) {
    const log: LogFn = logger[level].bind(logger);
    logger[level] = ((...args: Parameters<LogFn>) => {
      failed = true;
      log(...args);
    }) as LogFn;
  }
  return { logger, failed: () => failed };
}
