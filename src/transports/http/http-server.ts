import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import type { Readiness } from "../../db/readiness.js";
import type { Logger } from "../../logger.js";
import type { PrometheusMetrics } from "./prometheus-metrics.js";
import { addWebhookRoute, type WebhookRoute } from "./webhook-route.js";

/** How long close() lets requests in flight finish before it cuts their connections. */
const CLOSE_GRACE_MS = 10_000;
/** A request still arriving after this long is cut: Telegram sends an update in one go. */
const REQUEST_TIMEOUT_MS = 30_000;

/** What the HTTP server serves. */
export interface HttpServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** The address to listen on; unset: every interface, as Telegram must reach the webhook. */
  host?: string;
  logger: Logger;
  metrics: PrometheusMetrics;
  /** Whether the instance can serve updates (database reachable, migrations applied). */
  ready(): Promise<Readiness>;
  /** Telegram's webhook; unset in polling mode, where the server has the operations routes only. */
  webhook?: WebhookRoute;
}

/** A listening server. */
export interface HttpServer {
  /** The port it listens on (the one picked when asked for 0). */
  readonly port: number;
  /** Stops accepting connections and resolves when the requests in flight are answered. */
  close(): Promise<void>;
}

/**
 * Starts the HTTP server: Telegram's webhook (when configured), `GET /healthz` (the process is
 * up), `GET /readyz` (it can serve) and `GET /metrics` (Prometheus). A failing handler is
 * answered 500 and logged; nothing a request does can stop the process.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { logger, metrics } = options;
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const readiness = await options.ready();
    if (readiness.error) logger.warn({ err: readiness.error }, "not ready: the database is unreachable");
    return c.json({ status: readiness.ok ? "ready" : "not ready", ...readiness.detail }, readiness.ok ? 200 : 503);
  });
  app.get("/metrics", async (c) => c.body(await metrics.render(), 200, { "content-type": metrics.contentType }));
  if (options.webhook) addWebhookRoute(app, options.webhook, logger, metrics);
  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => {
    logger.error({ err: error, path: c.req.path }, "HTTP handler failed");
    return c.json({ error: "internal error" }, 500);
  });

  // overrideGlobalObjects: false keeps Node's own Request and Response for the rest of the process (grammY, fetch).
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // After start-up, a socket error is one client's problem, never the process's.
  server.on("error", (error) => logger.error({ err: error }, "HTTP server error"));
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, webhook: options.webhook !== undefined }, "HTTP server listening");
  return { port, close: () => close(server) };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    cut.unref();
    server.close((error) => {
      clearTimeout(cut);
      if (error) reject(error);
      else resolve();
    });
    // Kept-alive connections with no request in flight would hold close() until they time out.
    server.closeIdleConnections();
  });
}
