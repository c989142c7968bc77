import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Gives each update a child logger and writes one line per update: its id, chat, kind,
 * duration and outcome. The outcome is "error" when the update's handling failed: the unit of
 * work catches a failed handler, answers the person and marks `ctx.failed`, so from here the
 * update would otherwise look fine. Errors that escape are rethrown.
 */
export async function updateLogger(ctx: BotContext, next: NextFunction): Promise<void> {
  const started = performance.now();
  ctx.logger = ctx.deps.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id });
  let threw = false;
  try {
    await next();
  } catch (error) {
    threw = true;
    throw error;
  } finally {
    ctx.logger.info(
      {
        kind: updateKind(ctx),
        from_id: ctx.from?.id,
        duration_ms: Math.round((performance.now() - started) * 10) / 10,
        outcome: threw || ctx.failed ? "error" : "ok",
      },
      "update",
    );
  }
}

/** What kind of update it is: "message", "callback_query"… */
export function updateKind(ctx: BotContext): string {
  return Object.keys(ctx.update).find((key) => key !== "update_id") ?? "unknown";
}
