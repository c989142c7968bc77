import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { BotContext } from "../../src/bot/context.js";
import { countUpdates } from "../../src/bot/middlewares/count-updates.js";
import { createLogger } from "../../src/logger.js";
import { createPrometheusMetrics } from "../../src/transports/http/prometheus-metrics.js";
import { runTelegram } from "../../src/transports/telegram.js";
import { TEST_BOT_INFO } from "../support/bot-harness.js";
import { freePort } from "../support/spawn-bot.js";

const SECRET = "webhook-secret-0123456789";

/** A promise with its resolve function outside. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe("Telegram in webhook mode", () => {
  it("answers at once however long the bot takes, survives a failing handler, counts updates and Bot API errors, and finishes work on stop", async () => {
    const port = await freePort();
    const calls: { method: string; params: Record<string, unknown> }[] = [];
    const replied = new Map<string, ReturnType<typeof deferred>>();
    let rateLimitedOnce = false;
    // The Bot API, faked at the fetch level: the first sendMessage is answered 429.
    const fakeFetch = async (url: string | URL, init?: RequestInit) => {
      const method = String(url).split("/").pop() ?? "";
      const params = JSON.parse(String(init?.body ?? "{}")) as Record<string, unknown>;
      calls.push({ method, params });
      if (method === "sendMessage" && !rateLimitedOnce) {
        rateLimitedOnce = true;
        return Response.json({
          ok: false,
          error_code: 429,
          description: "Too Many Requests: retry after 0",
          parameters: { retry_after: 0 },
        });
      }
      if (method === "sendMessage") replied.get(String(params.text))?.resolve();
      return Response.json({
        ok: true,
        result: method === "sendMessage" ? { message_id: 1, date: 1, chat: { id: 9, type: "private" } } : true,
      });
    };
    const bot = new Bot<BotContext>("123456:TEST-TOKEN-abcdefghijklmnopqrstu", {
      botInfo: TEST_BOT_INFO,
      client: { fetch: fakeFetch as typeof fetch },
    });
    const metrics = createPrometheusMetrics();
    const slowStarted = deferred();
    const releaseSlow = deferred();
    bot.use(countUpdates(metrics));
    bot.on("message:text", async (ctx) => {
      if (ctx.message.text === "fail") throw new Error("handler bug");
      if (ctx.message.text === "slow") {
        slowStarted.resolve();
        await releaseSlow.promise;
      }
      await ctx.reply(`${ctx.message.text} done`);
    });
    for (const text of ["slow done", "hello done"]) replied.set(text, deferred());

    const logLines: string[] = [];
    const transport = await runTelegram(bot, {
      webhook: { url: `http://127.0.0.1:${port}/hook`, secret: SECRET },
      port,
      logger: createLogger("info", { write: (line: string) => logLines.push(line) }),
      metrics,
      ready: async () => ({ ok: true, detail: { database: "ok" } }),
    });
    expect(calls.find((call) => call.method === "setWebhook")?.params).toMatchObject({
      url: `http://127.0.0.1:${port}/hook`,
      secret_token: SECRET,
    });

    let nextId = 1;
    const deliver = (text: string) => {
      const update: Update = {
        update_id: nextId++,
        message: {
          message_id: nextId,
          date: 1,
          chat: { id: 9, type: "private", first_name: "A" },
          from: { id: 9, is_bot: false, first_name: "A" },
          text,
        },
      };
      return fetch(`http://127.0.0.1:${port}/hook`, {
        method: "POST",
        headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
        body: JSON.stringify(update),
      });
    };

    // The handler of "slow" is still waiting when Telegram has its 200.
    expect((await deliver("slow")).status).toBe(200);
    await slowStarted.promise;
    expect((await deliver("fail")).status).toBe(200);
    expect((await deliver("hello")).status).toBe(200);
    await replied.get("hello done")?.promise;

    const scrape = async () => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    await expect.poll(scrape).toMatch(/^giaoban_updates_total\{type="message",outcome="error"\} 1$/m);
    const text = await scrape();
    expect(text).toMatch(/^giaoban_updates_total\{type="message",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^giaoban_update_duration_seconds_count\{type="message"\} 2$/m);
    expect(text).toMatch(/^giaoban_bot_api_errors_total\{method="sendMessage",code="429"\} 1$/m);
    expect(text).toMatch(/^giaoban_bot_api_rate_limited_total\{method="sendMessage"\} 1$/m);
    expect(text).toMatch(/^giaoban_webhook_requests_total\{status="200"\} 3$/m);
    expect(logLines.some((line) => line.includes("update failed") && line.includes('"update_id":2'))).toBe(true);

    // Stopping waits for the update still in hand: its reply is sent before stop() returns.
    releaseSlow.resolve();
    await transport.stop();
    expect(calls.filter((call) => call.method === "sendMessage").map((call) => call.params.text)).toContain("slow done");
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
