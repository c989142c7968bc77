import type { Transformer } from "grammy";
import type { Metrics } from "../app/metrics.js";

/**
 * A grammY API transformer that counts failed Bot API calls by method and error code, and calls
 * that got no answer as "network". Install it before auto-retry (`bot.api.config.use` wraps the
 * transformers installed earlier), so that every 429 is counted, also those auto-retry waits out.
 */
export function countApiErrors(metrics: Metrics): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const response = await prev(method, payload, signal);
      if (!response.ok) metrics.botApiError(method, response.error_code);
      return response;
    } catch (error) {
      // An aborted call (the runner stopping its long poll) is no fault of the Bot API.
      if (!signal?.aborted) metrics.botApiError(method, "network");
      throw error;
    }
  };
}
