import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PeopleService } from "../../src/app/people-service.js";
import { createServices } from "../../src/app/services.js";
import { createBot } from "../../src/bot/create-bot.js";
import { createLogger } from "../../src/logger.js";
import { createPrometheusMetrics } from "../../src/transports/http/prometheus-metrics.js";
import { runTelegram } from "../../src/transports/telegram.js";
import { TEST_BOT_INFO } from "../support/bot-harness.js";
import { deferred } from "../support/deferred.js";
import { freePort } from "../support/spawn-bot.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const SECRET = "webhook-secret-0123456789";

describe("Telegram in webhook mode", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("stores each update and answers at once however slow the Bot API is, survives a failing handler, counts updates and Bot API errors, and finishes work on stop", async () => {
    const port = await freePort();
    const sent: { chatId: number; text: string }[] = [];
    const slowArrived = deferred();
    const releaseSlow = deferred();
    const replied = deferred();
    let rateLimitedOnce = false;
    // The Bot API, faked at the fetch level: the reply to chat 9 hangs until released (a slow
    // Bot API); the first reply to chat 11 is answered 429.
    const fakeFetch = async (url: string | URL, init?: RequestInit) => {
      const method = String(url).split("/").pop() ?? "";
      const params = JSON.parse(String(init?.body ?? "{}")) as Record<string, unknown>;
      if (method === "sendMessage" && params.chat_id === 9) {
        slowArrived.resolve();
        await releaseSlow.promise;
      }
      if (method === "sendMessage" && params.chat_id === 11 && !rateLimitedOnce) {
        rateLimitedOnce = true;
        return Response.json({
          ok: false,
          error_code: 429,
          description: "Too Many Requests: retry after 0",
          parameters: { retry_after: 0 },
        });
      }
      if (method === "sendMessage") {
        sent.push({ chatId: Number(params.chat_id), text: String(params.text) });
        if (params.chat_id === 11) replied.resolve();
      }
      return Response.json({
        ok: true,
        result: method === "sendMessage" ? { message_id: 1, date: 1, chat: { id: params.chat_id, type: "private" } } : true,
      });
    };
    const metrics = createPrometheusMetrics();
    const logLines: string[] = [];
    const logger = createLogger("info", { destination: { write: (line: string) => logLines.push(line) } });
    const services = createServices(database, () => new Date("2023-12-10T03:00:00Z"));
    const bot = createBot(
      { channel: "telegram", logger, services, metrics },
      {
        token: "123456:TEST-TOKEN-abcdefghijklmnopqrstu",
        config: { botInfo: TEST_BOT_INFO, client: { fetch: fakeFetch as typeof fetch } },
      },
    );
    const transport = await runTelegram(bot, {
      webhook: { url: `http://127.0.0.1:${port}/hook`, secret: SECRET },
      port,
      logger,
      services,
      metrics,
      ready: async () => ({ ok: true, detail: { database: "ok" } }),
      startup: { apiRoot: "http://fake.invalid", waitMs: 1_000 },
    });

    let nextId = 1;
    const deliver = (chatId: number) => {
      const update: Update = {
        update_id: nextId++,
        message: {
          message_id: nextId,
          date: 1,
          chat: { id: chatId, type: "private", first_name: "A" },
          from: { id: chatId, is_bot: false, first_name: "A" },
          text: "/trogiup",
          entities: [{ type: "bot_command", offset: 0, length: 8 }],
        },
      };
      return fetch(`http://127.0.0.1:${port}/hook`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
        body: JSON.stringify(update),
      });
    };

    // The reply to chat 9 is still in flight when Telegram has its 200s.
    expect((await deliver(9)).status).toBe(200);
    await slowArrived.promise;
    vi.spyOn(PeopleService.prototype, "resolve").mockRejectedValueOnce(new Error("database unavailable"));
    expect((await deliver(10)).status).toBe(200);
    expect((await deliver(11)).status).toBe(200);
    await replied.promise;
    expect(await database.prisma.inboxUpdate.count()).toBe(3);

    const scrape = async () => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    await expect.poll(scrape).toMatch(/^giaoban_updates_total\{type="message",outcome="error"\} 1$/m);
    const text = await scrape();
    expect(text).toMatch(/^giaoban_updates_total\{type="message",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^giaoban_bot_api_errors_total\{method="sendMessage",code="429"\} 1$/m);
    expect(text).toMatch(/^giaoban_bot_api_rate_limited_total\{method="sendMessage"\} 1$/m);
    expect(text).toMatch(/^giaoban_webhook_requests_total\{status="200"\} 3$/m);
    expect(sent.find((message) => message.chatId === 10)?.text).toContain("Xin lỗi");
    expect(logLines.some((line) => line.includes("handler failed") && line.includes('"update_id":2'))).toBe(true);

    // Stopping waits for the update still in hand: its reply is sent before stop() returns.
    releaseSlow.resolve();
    await transport.stop();
    expect(sent.some((message) => message.chatId === 9 && message.text.includes("/trogiup"))).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
