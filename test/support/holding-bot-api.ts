import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readBotApiBody } from "../../src/transports/bot-api-body.js";
import { TypingPace } from "./typing-pace.js";

/** A message the fake delivered: it answered the bot's call, so the person has it. */
export interface Delivered {
  method: string;
  chatId: number;
  text: string;
  /** The callback data of inline buttons, by label. */
  buttons: Record<string, string>;
  /** Which bot instance sent it: the first segment of its API root's path (empty without one). */
  via: string;
}

/** An update the fake posted to a bot instance's webhook, and the HTTP status it got. */
export interface Posted {
  updateId: number;
  url: string;
  status: number;
}

/** Methods that only read or configure: never held, never counted. */
const QUIET = new Set(["getMe", "getUpdates", "deleteWebhook", "setMyCommands", "setWebhook", "getWebhookInfo"]);

/**
 * A Bot API over HTTP that can hold one call of the bot's: it never answers it, as when the
 * bot is killed while the request is in flight. Only answered calls count as delivered, so a
 * message the bot sends again after a restart is the person's first copy. Updates are served
 * to getUpdates (polling) until a bot sets a webhook; then they are posted to the webhooks.
 */
export class HoldingBotApi {
  readonly delivered: Delivered[] = [];
  /** Calls the bot made that change what people see (sent, refused or held), counted from 1. */
  effectCalls = 0;
  /** When set, the call with this number is held. */
  holdAt: number | undefined;
  /** Set once the held call arrived. */
  held: { method: string; number: number } | undefined;
  /**
   * The webhooks the bot instances set, in the order they did. Once one is set, updates are
   * posted to them in turn, as a load balancer in front of several instances spreads them.
   */
  readonly webhooks: { url: string; secret: string }[] = [];
  /** Every update posted to a webhook. */
  readonly posted: Posted[] = [];
  private nextWebhook = 0;
  /** The updates posted, by id, to post again. */
  private readonly sentUpdates = new Map<number, Record<string, unknown>>();
  /** Posts go out one after the other, as a person waits for each answer anyway. */
  private posting: Promise<void> = Promise.resolve();
  private readonly queue: unknown[] = [];
  private nextUpdateId = 1;
  /** When each of the person's messages is sent: a minute after the one before. */
  private readonly pace = new TypingPace();
  private waiting: (() => void)[] = [];
  private server: Server | undefined;

  /** Starts listening on loopback; returns the API root for TELEGRAM_API_ROOT. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const method = request.url?.split("/").pop() ?? "";
        const raw = Buffer.concat(chunks);
        const type = request.headers["content-type"] ?? "";
        // An upload (the briefing's Word file) comes as multipart; its fields are the call's parameters.
        const body = type.startsWith("multipart/form-data")
          ? readBotApiBody({ body: raw, headers: { "content-type": type } }).then(({ params }) => params)
          : Promise.resolve(chunks.length ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {});
        const via = /^\/([^/]+)\/bot/.exec(request.url ?? "")?.[1] ?? "";
        void body
          .then((params) => this.answer(method, params, via))
          .then((result) => {
            if (result === undefined) return; // held: never answered
            response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
          });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Stops listening, dropping held requests. */
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /**
   * The person sends a text (a command when it starts with "/") in their private chat; returns
   * the update's id.
   */
  say(userId: number, text: string): number {
    const command = /^\/\S+/.exec(text);
    return this.push({
      message: {
        message_id: this.nextUpdateId,
        date: this.pace.nextSeconds(),
        chat: { id: userId, type: "private", first_name: `User ${userId}` },
        from: { id: userId, is_bot: false, first_name: `User ${userId}`, language_code: "vi" },
        text,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      },
    });
  }

  /** The person presses an inline button; returns the update's id. */
  press(userId: number, data: string): number {
    return this.push({
      callback_query: {
        id: `q${this.nextUpdateId}`,
        from: { id: userId, is_bot: false, first_name: `User ${userId}`, language_code: "vi" },
        chat_instance: String(userId),
        data,
        message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: userId, type: "private" }, text: "" },
      },
    });
  }

  /**
   * Posts an update made by `say` or `press` once more, to every webhook at once: as
   * Telegram does when it did not get an answer in time and redelivers, to another instance.
   */
  redeliverToAll(updateId: number): Promise<void> {
    const update = this.sentUpdates.get(updateId);
    if (!update) throw new Error(`No update ${updateId} was posted`);
    return Promise.all(this.webhooks.map((webhook) => this.post(webhook, update))).then(() => {});
  }

  private push(update: Record<string, unknown>): number {
    const updateId = this.nextUpdateId++;
    const full = { update_id: updateId, ...update };
    if (this.webhooks.length > 0) {
      this.sentUpdates.set(updateId, full);
      const webhook = this.webhooks[this.nextWebhook++ % this.webhooks.length] as { url: string; secret: string };
      this.posting = this.posting.then(() => this.post(webhook, full));
      return updateId;
    }
    this.queue.push(full);
    for (const wake of this.waiting.splice(0)) wake();
    return updateId;
  }

  private async post(webhook: { url: string; secret: string }, update: Record<string, unknown>): Promise<void> {
    const response = await fetch(webhook.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": webhook.secret },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    this.posted.push({ updateId: Number(update.update_id), url: webhook.url, status: response.status });
  }

  private async answer(method: string, body: Record<string, unknown>, via: string): Promise<unknown> {
    if (method === "setWebhook") this.webhooks.push({ url: String(body.url), secret: String(body.secret_token ?? "") });
    if (method === "getMe") return { id: 777000222, is_bot: true, first_name: "Giao ban", username: "giaoban_kill_bot" };
    if (method === "getUpdates") return this.updates(Number(body.offset ?? 0), Number(body.timeout ?? 0));
    if (QUIET.has(method)) return true;
    this.effectCalls += 1;
    if (this.holdAt === this.effectCalls) {
      this.held = { method, number: this.effectCalls };
      return undefined;
    }
    const markup = body.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
    this.delivered.push({
      method,
      chatId: Number(body.chat_id ?? 0),
      text: String(body.text ?? ""),
      buttons: Object.fromEntries((markup?.inline_keyboard ?? []).flat().map((button) => [button.text, button.callback_data ?? ""])),
      via,
    });
    return method === "sendMessage" ? { message_id: this.delivered.length, date: 0, chat: { id: body.chat_id, type: "private" } } : true;
  }

  private async updates(offset: number, timeout: number): Promise<unknown[]> {
    // Everything before the offset is acknowledged: Telegram forgets it.
    while (this.queue.length && (this.queue[0] as { update_id: number }).update_id < offset) this.queue.shift();
    if (this.queue.length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(timeout, 1) * 1000);
        this.waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return [...this.queue];
  }
}
