import type { Logger } from "../logger.js";
import { redactUrl } from "../logger.js";

/** Thrown when start-up cannot go on; its message says what failed and which variable to check. */
export class StartupError extends Error {
  override name = "StartupError";
}

/** A Bot API as start-up names it to the operator. */
export interface ApiEndpoint {
  /** "the Telegram Bot API" */
  name: string;
  root: string;
  /** The variables an operator checks: where the API is, and the token it was given. */
  rootVariable: string;
  tokenVariable: string;
}

/** How long start-up waits for a Bot API, and what it logs while waiting. */
export interface ReachOptions {
  waitMs: number;
  logger: Logger;
}

/** The first pause between attempts, doubled after each failure. */
const FIRST_PAUSE_MS = 500;
/** The least time an attempt is given, even the last one. */
const SHORTEST_ATTEMPT_MS = 2000;

/**
 * Makes the first call to a Bot API (its getMe) at start-up. A network failure or a 5xx is
 * retried with a growing pause, each attempt bounded by the time left, for about `waitMs`;
 * then, or at once when the API answers with a refusal (a wrong token), throws a StartupError
 * naming the variable to check. Without this the bot would retry silently for ever.
 * `refusal` tells an answer of the API (its code and description) from a failure to reach it.
 */
export async function reachApi<T>(
  endpoint: ApiEndpoint,
  attempt: (signal: AbortSignal) => Promise<T>,
  refusal: (error: unknown) => string | undefined,
  options: ReachOptions,
): Promise<T> {
  const started = Date.now();
  const deadline = started + options.waitMs;
  let pause = FIRST_PAUSE_MS;
  for (let attempts = 1; ; attempts += 1) {
    const timeout = Math.max(deadline - Date.now(), SHORTEST_ATTEMPT_MS);
    try {
      return await attempt(AbortSignal.timeout(timeout));
    } catch (error) {
      const answer = refusal(error);
      if (answer) {
        throw new StartupError(
          `${capitalised(endpoint.name)} at ${redactUrl(endpoint.root)} refused the bot (${answer}). Check ${endpoint.tokenVariable}.`,
        );
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        const seconds = Math.round((Date.now() - started) / 100) / 10;
        throw new StartupError(
          `Could not reach ${endpoint.name} at ${redactUrl(endpoint.root)}: ${attempts} attempt(s) over ${seconds} s ` +
            `(${failure(error, timeout)}). Check ${endpoint.rootVariable} and the network.`,
        );
      }
      const wait = Math.min(pause, left);
      options.logger.warn(
        { reason: failure(error, timeout), retryInMs: wait, api: redactUrl(endpoint.root) },
        `${endpoint.name} not reachable yet`,
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
      pause *= 2;
    }
  }
}

/** Why an attempt failed: the deepest cause ("connect ECONNREFUSED 127.0.0.1:9"), or no answer in time. */
function failure(error: unknown, timeoutMs: number): string {
  const innermost = innermostError(error);
  if (innermost instanceof Error && innermost.name === "TimeoutError") return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  return innermost instanceof Error ? innermost.message : String(innermost);
}

/** The error under grammY's HttpError (`error`) and fetch's TypeError (`cause`). */
function innermostError(error: unknown): unknown {
  let current = error;
  for (;;) {
    const inner = (current as { error?: unknown; cause?: unknown } | undefined)?.error ?? (current as { cause?: unknown })?.cause;
    if (!(inner instanceof Error)) return current;
    current = inner;
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
