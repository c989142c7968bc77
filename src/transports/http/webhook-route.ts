import { createHash, timingSafeEqual } from "node:crypto";
import type { Update } from "grammy/types";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Logger } from "../../logger.js";
import type { PrometheusMetrics } from "./prometheus-metrics.js";

/** The header in which Telegram repeats the `secret_token` given to setWebhook. */
const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

/** Telegram's updates are a few KiB; a larger body is not one of them. */
const MAX_BODY_BYTES = 1024 * 1024;

/** The webhook's path, its secret, and what to do with each update Telegram delivers. */
export interface WebhookRoute {
  path: string;
  secret: string;
  /**
   * Takes the update over: it is answered 200 as soon as this resolves, so it must only record
   * the update (to be processed after the request), and 500 when it rejects, so that Telegram
   * delivers it again.
   */
  accept(update: Update): Promise<void>;
}

/**
 * Adds `POST <path>` to `app`: a wrong secret (401), an oversized body (413) and anything that
 * is not JSON of an update (400) are refused before the update reaches `accept`.
 */
export function addWebhookRoute(app: Hono, route: WebhookRoute, logger: Logger, metrics: PrometheusMetrics): void {
  const expected = digest(route.secret);
  const countAnswer: MiddlewareHandler = async (c, next) => {
    await next();
    metrics.webhookAnswered(c.res.status);
  };
  const checkSecret: MiddlewareHandler = async (c, next) => {
    // Compared as digests so the comparison takes the same time whatever the given value's length.
    const given = c.req.header(SECRET_HEADER);
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      logger.warn({ path: route.path }, "webhook request refused: wrong or missing secret token");
      return c.json({ error: "unauthorized" }, 401);
    }
    await next();
  };
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    // The rest of the body is left unread: the connection is closed rather than kept alive.
    onError: (c) => c.json({ error: "payload too large" }, 413, { connection: "close" }),
  });
  const acceptUpdate = async (c: Context) => {
    const update = parseUpdate(await c.req.text());
    if (!update) return c.json({ error: "not a Telegram update" }, 400);
    try {
      await route.accept(update);
    } catch (error) {
      logger.error({ err: error, update_id: update.update_id }, "update not accepted; Telegram will deliver it again");
      return c.json({ error: "not accepted" }, 500);
    }
    return c.body(null, 200);
  };
  app.post(route.path, countAnswer, checkSecret, limitBody, acceptUpdate);
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/** The update in `body`, or undefined when it is not JSON of an object with an update id. */
function parseUpdate(body: string): Update | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const id = (value as { update_id?: unknown }).update_id;
  return typeof id === "number" && Number.isSafeInteger(id) && id >= 0 ? (value as Update) : undefined;
}
