import { createServer, type IncomingMessage, type Server } from "node:http";
import type { Update } from "grammy/types";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { freePort } from "./spawn-bot.js";
import { type BotApiRefusal, StrictBotApi } from "./strict-bot-api.js";

/** The Bot API emulator behind a gate that refuses what Telegram refuses. */
export interface StrictEmulator {
  /** The emulator itself: its clients play the people, its storage holds what the bot sent. */
  server: TelegramServer;
  /** The root to give the bot as TELEGRAM_API_ROOT: the gate's address. */
  apiRoot: string;
  /** Every call refused, with Telegram's error; the bot got a 400 for each. */
  refusals: BotApiRefusal[];
  stop(): Promise<void>;
}

/**
 * Starts telegram-test-api (which accepts anything) behind a small HTTP gate: every Bot API call
 * is checked by StrictBotApi first and refused with Telegram's 400 and description when Telegram
 * would refuse it; the rest is passed on. The gate learns the chats and button presses from the
 * updates the bot fetches through it; `groups` are the groups the bot is in from the start.
 */
export async function startStrictEmulator(options: { storeTimeout: number; groups?: readonly number[] }): Promise<StrictEmulator> {
  const innerPort = await freePort();
  const server = new TelegramServer({ port: innerPort, host: "127.0.0.1", storeTimeout: options.storeTimeout });
  await server.start();
  const telegram = new StrictBotApi(options.groups);
  const refusals: BotApiRefusal[] = [];
  const gate: Server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const method = /\/bot[^/]+\/([^/?]+)/.exec(request.url ?? "")?.[1] ?? "";
      const params = paramsOf(request, body);
      const refused = telegram.refusal(method, params);
      if (refused) {
        refusals.push({ method, params, ...refused });
        response.writeHead(refused.error_code, { "content-type": "application/json" });
        response.end(JSON.stringify({ ok: false, ...refused }));
        return;
      }
      const answer = await fetch(`http://127.0.0.1:${innerPort}${request.url ?? "/"}`, {
        method: request.method ?? "POST",
        headers: request.headers["content-type"] ? { "content-type": request.headers["content-type"] } : {},
        ...(request.method === "GET" || request.method === "HEAD" ? {} : { body }),
      });
      const text = await answer.text();
      if (method === "getUpdates") {
        const updates = (JSON.parse(text) as { result?: Update[] }).result ?? [];
        for (const update of updates) telegram.observe(update);
      }
      response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
      response.end(text);
    })().catch((error: unknown) => {
      response.writeHead(502, { "content-type": "application/json" });
      response.end(JSON.stringify({ ok: false, error_code: 502, description: `gate: ${String(error)}` }));
    });
  });
  const gatePort = await freePort();
  await new Promise<void>((resolve) => gate.listen(gatePort, "127.0.0.1", resolve));
  return {
    server,
    apiRoot: `http://127.0.0.1:${gatePort}`,
    refusals,
    stop: async () => {
      gate.closeAllConnections();
      await new Promise((resolve) => gate.close(resolve));
      await server.stop();
    },
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** A call's parameters from its JSON or form body, or its query string. */
function paramsOf(request: IncomingMessage, body: Buffer): Record<string, unknown> {
  const type = request.headers["content-type"] ?? "";
  if (type.includes("application/json") && body.length) return JSON.parse(body.toString("utf8")) as Record<string, unknown>;
  const form = type.includes("application/x-www-form-urlencoded") ? body.toString("utf8") : (request.url ?? "").split("?")[1];
  return Object.fromEntries(new URLSearchParams(form ?? ""));
}
