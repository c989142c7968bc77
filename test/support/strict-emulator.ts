import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { readBotApiBody, type UploadedFile } from "../../src/transports/bot-api-body.js";
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
  /** Holds a file a person sends, for the bot's getFile and download; returns the message's `document` (see EmulatorDriver.sendDocument). */
  holdFile: StrictBotApi["holdFile"];
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
  /** The getUpdates calls waiting for an update: released when the emulator stops. */
  const held = new Set<() => void>();
  const gate: Server = createServer((request, response) => {
    void (async () => {
      // A file's download (`/file/bot<token>/<path>`): the bytes Telegram holds, or its 404.
      const download = /^\/file\/bot[^/]+\/(.+)$/.exec(request.url ?? "");
      if (download?.[1]) {
        const bytes = telegram.download(download[1]);
        response.writeHead(bytes ? 200 : 404, { "content-type": bytes ? "application/octet-stream" : "application/json" });
        response.end(bytes ?? JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
        return;
      }
      const body = await readBody(request);
      const method = /\/bot[^/]+\/([^/?]+)/.exec(request.url ?? "")?.[1] ?? "";
      const { params, files } = await paramsOf(request, body);
      const refused = telegram.refusal(method, params, files);
      if (refused) {
        refusals.push({ method, params, ...refused });
        response.writeHead(refused.error_code, { "content-type": "application/json" });
        response.end(JSON.stringify({ ok: false, ...refused }));
        return;
      }
      // telegram-test-api holds no files: the gate answers getFile for those people sent.
      if (method === "getFile") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ ok: true, result: telegram.fileInfo(String(params.file_id)) }));
        return;
      }
      // telegram-test-api knows no file uploads: the gate answers them as Telegram does.
      if (FILE_METHODS.has(method)) {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ ok: true, result: fileMessage(params, files) }));
        return;
      }
      const forward = () =>
        fetch(`http://127.0.0.1:${innerPort}${request.url ?? "/"}`, {
          method: request.method ?? "POST",
          headers: request.headers["content-type"] ? { "content-type": request.headers["content-type"] } : {},
          ...(request.method === "GET" || request.method === "HEAD" ? {} : { body }),
        });
      let answer: Response;
      if (method === "getUpdates") {
        const polled = await longPoll(server, Number(params.timeout ?? 0), forward, response, held);
        if (!polled) return;
        answer = polled;
      } else answer = await forward();
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
    holdFile: (bytes, fileName, mimeType) => telegram.holdFile(bytes, fileName, mimeType),
    stop: async () => {
      for (const release of held) release();
      gate.closeAllConnections();
      await new Promise((resolve) => gate.close(resolve));
      await server.stop();
    },
  };
}

/** The emulator's events for an update a person sent. */
const USER_UPDATES = ["AddedUserMessage", "AddedUserCommand", "AddedUserCallbackQuery"] as const;

/**
 * getUpdates as Telegram answers it: at once when updates are waiting, or else when one
 * arrives or `timeout` seconds have passed. telegram-test-api answers an empty list at once, so
 * a bot polled it back to back, and it and the emulator kept a core busy while nobody spoke.
 * Resolves undefined, without asking the emulator again, when the bot is gone (killed, or
 * stopped) or the emulator stops: an update handed to a closed connection would be lost, as
 * the emulator counts an update read once it hands it out.
 */
async function longPoll(
  server: TelegramServer,
  timeout: number,
  forward: () => Promise<Response>,
  response: ServerResponse,
  held: Set<() => void>,
): Promise<Response | undefined> {
  let arrived = false;
  let wake = () => {};
  const arrival = () => {
    arrived = true;
    wake();
  };
  // Listening before the first look, so an update added while it is answered is not missed.
  for (const event of USER_UPDATES) server.on(event, arrival);
  try {
    const first = await forward();
    const waiting = (await first.clone().json()) as { result?: unknown[] };
    if (timeout <= 0 || waiting.result?.length !== 0) return first;
    let gone = false;
    await new Promise<void>((resolve) => {
      const leave = () => {
        gone = true;
        release();
      };
      const timer = setTimeout(() => release(), timeout * 1000);
      const release = () => {
        clearTimeout(timer);
        response.off("close", leave);
        held.delete(leave);
        resolve();
      };
      response.once("close", leave);
      held.add(leave);
      wake = release;
      if (arrived) release();
    });
    return gone ? undefined : await forward();
  } finally {
    for (const event of USER_UPDATES) server.off(event, arrival);
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** The uploads the gate answers itself. */
const FILE_METHODS = new Set(["sendDocument", "sendPhoto"]);

/** The message Telegram returns for an upload that went through. */
function fileMessage(params: Record<string, unknown>, files: Record<string, UploadedFile>): Record<string, unknown> {
  const [name, file] = Object.entries(files)[0] ?? ["document", { filename: "file", bytes: new Uint8Array() }];
  return {
    message_id: Math.floor(Math.random() * 1_000_000),
    date: Math.floor(Date.now() / 1000),
    chat: { id: Number(params.chat_id), type: Number(params.chat_id) < 0 ? "supergroup" : "private" },
    ...(typeof params.caption === "string" ? { caption: params.caption } : {}),
    [name]: { file_id: `f-${file.filename}`, file_unique_id: `u-${file.filename}`, file_name: file.filename, file_size: file.bytes.length },
  };
}

/** A call's parameters from its JSON, multipart or form body, or its query string, with the files it uploaded. */
async function paramsOf(
  request: IncomingMessage,
  body: Buffer,
): Promise<{ params: Record<string, unknown>; files: Record<string, UploadedFile> }> {
  const type = request.headers["content-type"] ?? "";
  if (type.includes("application/json") && body.length)
    return { params: JSON.parse(body.toString("utf8")) as Record<string, unknown>, files: {} };
  if (type.startsWith("multipart/form-data")) return readBotApiBody({ body, headers: { "content-type": type } });
  const form = type.includes("application/x-www-form-urlencoded") ? body.toString("utf8") : (request.url ?? "").split("?")[1];
  return { params: Object.fromEntries(new URLSearchParams(form ?? "")), files: {} };
}
