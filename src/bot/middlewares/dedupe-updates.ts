import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";

/** Drops an update whose id was already processed (webhooks and restarts redeliver). */
export async function dedupeUpdates(ctx: BotContext, next: NextFunction): Promise<void> {
  const isNew = await ctx.deps.services.updates.markProcessed(String(ctx.me.id), ctx.update.update_id);
  if (!isNew) {
    ctx.logger.info("duplicate update ignored");
    return;
  }
  await next();
}
