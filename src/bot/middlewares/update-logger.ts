import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Gives each update a child logger and writes one line per update: its id, chat, kind,
 * duration and outcome. Errors are rethrown for the error boundary.
 */
export async function updateLogger(ctx: BotContext, next: NextFunction): Promise<void> {
  const started = performance.now();
  ctx.logger = ctx.deps.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id });
  let outcome = "ok";
  try {
    await next();
  } catch (error) {
    outcome = "error";
    throw error;
  } finally {
    ctx.logger.info(
      {
        kind: Object.keys(ctx.update).find((key) => key !== "update_id"),
        from_id: ctx.from?.id,
        duration_ms: Math.round((performance.now() - started) * 10) / 10,
        outcome,
      },
      "update",
    );
  }
}
