import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { ZaloUpdate } from "../../src/transports/zalo.js";
import { TypingPace } from "./typing-pace.js";

/** A message the bot sent through the fake Zalo API. */
export interface ZaloSent {
  chat_id: string;
  text: string;
}

/**
 * Zalo's Bot API as platform-notes.md describes it, on loopback: `getUpdates` hands out one
 * queued update or answers 408 when its timeout passes; `sendMessage` refuses text over 2000
 * characters, as Zalo does, and records the rest.
 */
export class FakeZalo {
  readonly sent: ZaloSent[] = [];
  private readonly queue: ZaloUpdate[] = [];
  /** When each message is sent: a minute after the one before. */
  private readonly pace = new TypingPace();
  private waiting: (() => void) | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  constructor(private readonly token: string) {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  /** Listens on `port` of 127.0.0.1. */
  listen(port: number): Promise<void> {
    return new Promise((resolve) => this.server.listen(port, "127.0.0.1", resolve));
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** A user types `text` (or sends a sticker when `text` is undefined) in a chat. */
  say(from: string, text: string | undefined, chat: { id: string; group?: boolean } = { id: from }): void {
    this.queue.push({
      event_name: text === undefined ? "message.sticker.received" : "message.text.received",
      message: {
        message_id: `m${this.queue.length + this.sent.length}`,
        from: { id: from, display_name: `Zalo ${from}` },
        chat: { id: chat.id, chat_type: chat.group ? "GROUP" : "PRIVATE" },
        date: this.pace.nextMilliseconds(),
        ...(text === undefined ? {} : { text }),
      },
    });
    this.waiting?.();
  }

  /** The messages sent to `chatId` so far. */
  sentTo(chatId: string): string[] {
    return this.sent.filter((message) => message.chat_id === chatId).map((message) => message.text);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const params = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
    const [, token, method] = /^\/bot([^/]+)\/(\w+)$/.exec(request.url ?? "") ?? [];
    const reply = (body: unknown) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (token !== this.token) return reply({ ok: false, error_code: 401, description: "Unauthorized" });
    switch (method) {
      case "getMe":
        return reply({ ok: true, result: { id: "zalo-bot", account_name: "giaoban", display_name: "Giao ban" } });
      case "getUpdates": {
        const update = await this.nextUpdate(Number(params.timeout ?? 30) * 1000);
        return reply(update ? { ok: true, result: update } : { ok: false, error_code: 408, description: "Request timeout" });
      }
      case "sendMessage": {
        const text = String(params.text ?? "");
        if (text.length < 1 || text.length > 2000)
          return reply({ ok: false, error_code: 400, description: "text must be 1-2000 characters" });
        this.sent.push({ chat_id: String(params.chat_id), text });
        return reply({ ok: true, result: { message_id: `s${this.sent.length}`, date: Date.now() } });
      }
      default:
        return reply({ ok: false, error_code: 404, description: `${method} not found` });
    }
  }

  private async nextUpdate(timeoutMs: number): Promise<ZaloUpdate | undefined> {
    if (this.queue.length === 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiting = undefined;
    }
    return this.queue.shift();
  }
}
