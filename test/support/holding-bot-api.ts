import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A message the fake delivered: it answered the bot's call, so the person has it. */
export interface Delivered {
  method: string;
  chatId: number;
  text: string;
  /** The callback data of inline buttons, by label. */
  buttons: Record<string, string>;
}

/** Methods that only read or configure: never held, never counted. */
const QUIET = new Set(["getMe", "getUpdates", "deleteWebhook", "setMyCommands", "setWebhook", "getWebhookInfo"]);

/**
 * A Bot API over HTTP that can hold one call of the bot's: it never answers it, as when the
 * bot is killed while the request is in flight. Only answered calls count as delivered, so a
 * message the bot sends again after a restart is the person's first copy.
 */
export class HoldingBotApi {
  readonly delivered: Delivered[] = [];
  /** Calls the bot made that change what people see (sent, refused or held), counted from 1. */
  effectCalls = 0;
  /** When set, the call with this number is held. */
  holdAt: number | undefined;
  /** Set once the held call arrived. */
  held: { method: string; number: number } | undefined;
  private readonly queue: unknown[] = [];
  private nextUpdateId = 1;
  private waiting: (() => void)[] = [];
  private server: Server | undefined;

  /** Starts listening on loopback; returns the API root for TELEGRAM_API_ROOT. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const method = request.url?.split("/").pop() ?? "";
        const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
        void this.answer(method, body).then((result) => {
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

  /** The person sends a text (a command when it starts with "/") in their private chat. */
  say(userId: number, text: string): void {
    const command = /^\/\S+/.exec(text);
    this.push({
      message: {
        message_id: this.nextUpdateId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: userId, type: "private", first_name: `User ${userId}` },
        from: { id: userId, is_bot: false, first_name: `User ${userId}`, language_code: "vi" },
        text,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      },
    });
  }

  /** The person presses an inline button. */
  press(userId: number, data: string): void {
    this.push({
      callback_query: {
        id: `q${this.nextUpdateId}`,
        from: { id: userId, is_bot: false, first_name: `User ${userId}`, language_code: "vi" },
        chat_instance: String(userId),
        data,
        message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: userId, type: "private" }, text: "" },
      },
    });
  }

  private push(update: Record<string, unknown>): void {
    this.queue.push({ update_id: this.nextUpdateId++, ...update });
    for (const wake of this.waiting.splice(0)) wake();
  }

  private async answer(method: string, body: Record<string, unknown>): Promise<unknown> {
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
