import type { MiddlewareFn } from "grammy";
import type { Metrics, UpdateOutcome } from "../../app/metrics.js";
import type { BotContext } from "../context.js";
import { updateKind } from "./update-logger.js";

/**
 * Counts each update by kind and outcome and times its handling, the unit of work included.
 * A handler's failure is caught by the unit of work, which marks `ctx.failed`; an error that
 * escapes it counts as failed too.
 */
export function countUpdates(metrics: Metrics): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    let outcome: UpdateOutcome = "ok";
    try {
      await next();
      if (ctx.failed) outcome = "error";
    } catch (error) {
      outcome = "error";
      throw error;
    } finally {
      metrics.updateHandled(updateKind(ctx), outcome, (performance.now() - started) / 1000);
    }
  };
}
