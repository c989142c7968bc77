import type { Update } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkReadiness } from "../../src/db/readiness.js";
import { createLogger } from "../../src/logger.js";
import { type HttpServer, startHttpServer } from "../../src/transports/http/http-server.js";
import { createPrometheusMetrics } from "../../src/transports/http/prometheus-metrics.js";
import { deferred } from "../support/deferred.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const SECRET = "webhook-secret-0123456789";

const MIB = 1024 * 1024;

describe("the HTTP server", () => {
  let server: HttpServer;
  let base: string;
  const logLines: string[] = [];
  const accepted: Update[] = [];
  /** What accept does with the next update; reset to "store it" before each test. */
  let accept: (update: Update) => Promise<void>;

  beforeAll(async () => {
    server = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      logger: createLogger("debug", { destination: { write: (line: string) => logLines.push(line) } }),
      metrics: createPrometheusMetrics(),
      ready: async () => ({ ok: true, detail: { database: "ok" } }),
      webhook: { path: "/telegram", secret: SECRET, accept: (update) => accept(update) },
    });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    accepted.length = 0;
    accept = async (update) => {
      accepted.push(update);
    };
  });

  const post = (
    body: string | ReadableStream<Uint8Array>,
    headers: Record<string, string> = { "X-Telegram-Bot-Api-Secret-Token": SECRET },
  ) =>
    fetch(`${base}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      duplex: "half",
    } as RequestInit);
  const update = (id: number): Update => ({
    update_id: id,
    message: {
      message_id: 1,
      date: 1,
      chat: { id: 9, type: "private", first_name: "A" },
      from: { id: 9, is_bot: false, first_name: "A" },
      text: "hi",
    },
  });

  it("answers 200 to an update once accept has taken it, and hands it over once", async () => {
    const response = await post(JSON.stringify(update(1)));
    expect(response.status).toBe(200);
    expect(accepted).toEqual([update(1)]);
  });

  it("refuses malformed JSON and JSON that is not an update with 400, without calling accept", async () => {
    for (const body of ['{"update_id": 1,', "[]", "null", "42", "{}", '{"update_id":"1"}', '{"update_id":-1}', '{"update_id":1.5}']) {
      const response = await post(body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
    }
    expect(accepted).toEqual([]);
  });

  it("refuses a body over 1 MiB with 413, whether its length is announced or streamed", async () => {
    const big = JSON.stringify({ ...update(2), padding: "x".repeat(MIB) });
    expect((await post(big)).status).toBe(413);
    const chunk = new TextEncoder().encode("x".repeat(MIB / 2 + 1));
    let sent = 0;
    const streamed = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 2) controller.enqueue(chunk);
        else controller.close();
      },
    });
    expect((await post(streamed)).status).toBe(413);
    expect(accepted).toEqual([]);
    // A body just under the limit is an update like any other.
    const under = JSON.stringify({ ...update(3), padding: "x".repeat(MIB - 500) });
    expect((await post(under)).status).toBe(200);
    expect(accepted.map((u) => u.update_id)).toEqual([3]);
  });

  it("refuses a wrong or missing secret with 401 and never writes the secret to the log", async () => {
    expect((await post(JSON.stringify(update(4)), { "X-Telegram-Bot-Api-Secret-Token": `${SECRET}x` })).status).toBe(401);
    expect((await post(JSON.stringify(update(4)), { "X-Telegram-Bot-Api-Secret-Token": "short" })).status).toBe(401);
    expect((await post(JSON.stringify(update(4)), {})).status).toBe(401);
    expect(accepted).toEqual([]);
    accept = async () => {
      throw new Error("database down");
    };
    expect((await post(JSON.stringify(update(5)))).status).toBe(500);
    expect(logLines.join("")).toContain("wrong or missing secret token");
    expect(logLines.join("")).not.toContain(SECRET);
  });

  it("answers 500 when accept fails, so Telegram redelivers, and serves the next request", async () => {
    accept = async () => {
      throw new Error("connection refused");
    };
    expect((await post(JSON.stringify(update(6)))).status).toBe(500);
    expect(logLines.some((line) => line.includes("update not accepted") && line.includes('"update_id":6'))).toBe(true);
    accept = async (u) => {
      accepted.push(u);
    };
    expect((await post(JSON.stringify(update(6)))).status).toBe(200);
    expect(accepted.map((u) => u.update_id)).toEqual([6]);
  });

  it("answers 404 elsewhere, also for a GET of the webhook", async () => {
    expect((await fetch(`${base}/telegram`)).status).toBe(404);
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
  });

  it("says the process is up at /healthz", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("counts webhook answers at /metrics in the Prometheus format, beside the process metrics", async () => {
    await post(JSON.stringify(update(7)));
    await post("not json");
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/^giaoban_webhook_requests_total\{status="200"\} [1-9]\d*$/m);
    expect(text).toMatch(/^giaoban_webhook_requests_total\{status="400"\} [1-9]\d*$/m);
    expect(text).toMatch(/^giaoban_webhook_requests_total\{status="401"\} [1-9]\d*$/m);
    expect(text).toMatch(/^giaoban_webhook_requests_total\{status="413"\} [1-9]\d*$/m);
    expect(text).toContain("# TYPE process_cpu_user_seconds_total counter");
    expect(text).toContain("# TYPE giaoban_update_duration_seconds histogram");
  });
});

describe.each(DATABASE_KINDS)("/readyz [%s]", (kind) => {
  let database: TestDatabase;
  let server: HttpServer;
  let base: string;
  const logLines: string[] = [];
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      logger: createLogger("info", { destination: { write: (line: string) => logLines.push(line) } }),
      metrics: createPrometheusMetrics(),
      ready: () => checkReadiness(database),
    });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it("is ready on a migrated database, and not ready while a migration is missing", async () => {
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: "ok", missingMigrations: [] });

    const [last] = await database.sql.query<{ name: string }>(`SELECT name FROM "_giaoban_migrations" ORDER BY name DESC LIMIT 1`);
    const name = last?.name ?? "";
    await database.sql.query(`DELETE FROM "_giaoban_migrations" WHERE name = $1`, [name]);
    try {
      const notReady = await fetch(`${base}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: "not ready", database: "ok", missingMigrations: [name] });
    } finally {
      await database.sql.query(`INSERT INTO "_giaoban_migrations" (name) VALUES ($1)`, [name]);
    }
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  // PGlite runs in the bot's thread: a statement that hangs there holds the whole process, so
  // only PostgreSQL can be slow while the process goes on answering.
  if (kind === "postgres")
    it("answers 503 within its bound when the database does not answer", async () => {
      const released = deferred();
      const locked = deferred();
      const holding = database.sessions.withSession(async (session) => {
        await session.exec(`BEGIN; LOCK TABLE "_giaoban_migrations" IN ACCESS EXCLUSIVE MODE`);
        locked.resolve();
        await released.promise;
        await session.exec("ROLLBACK");
      });
      // Asked only once the table is locked: asked before, it answers 200, as it should.
      await locked.promise;
      const response = await fetch(`${base}/readyz`);
      released.resolve();
      await holding;
      expect(response.status).toBe(503);
      expect(logLines.some((line) => line.includes("did not answer within"))).toBe(true);
    });

  it("answers 503 once the database is gone, and logs why without answering it", async () => {
    // Polling mode: the server has no webhook route.
    expect((await fetch(`${base}/telegram`, { method: "POST", body: "{}" })).status).toBe(404);
    await database.close();
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "not ready", database: "unreachable" });
    expect(logLines.some((line) => line.includes("the database is unreachable"))).toBe(true);
  });
});
