import type { MiddlewareFn } from "grammy";
import type { Metrics, UpdateOutcome } from "../../app/metrics.js";
import type { BotContext } from "../context.js";

/**
 * Counts each update by kind and outcome and times its handling. Put it inside the error
 * boundary, first, so that a failing handler counts as "error" before the boundary answers
 * the person; errors are rethrown untouched.
 */
export function countUpdates(metrics: Metrics): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    let outcome: UpdateOutcome = "ok";
    try {
      await next();
    } catch (error) {
      outcome = "error";
      throw error;
    } finally {
      const type = Object.keys(ctx.update).find((key) => key !== "update_id") ?? "unknown";
      metrics.updateHandled(type, outcome, (performance.now() - started) / 1000);
    }
  };
}
