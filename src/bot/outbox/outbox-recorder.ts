import { InputFile, type Transformer } from "grammy";
import type { OutboxPurpose, OutgoingCall } from "../../db/repositories/outbox-repository.js";

/**
 * The Bot API methods that only read or configure the bot: they run at once. Every other call
 * changes what people see, so during an update it is recorded, not sent: it goes to the outbox
 * with the update's other effects and is sent after they commit.
 */
const IMMEDIATE_METHODS = new Set([
  "getMe",
  "getUpdates",
  "getFile",
  "getChat",
  "getChatMember",
  "getChatAdministrators",
  "getChatMemberCount",
  "getMyCommands",
  "setMyCommands",
  "getWebhookInfo",
  "setWebhook",
  "deleteWebhook",
]);

/**
 * Collects one update's outgoing calls, as a grammY API transformer installed on the update's
 * `ctx.api`. A handler gets a stand-in result at once (a message with id 0): nothing here
 * reads the result of a send, and the real one exists only after the commit.
 */
export class OutboxRecorder {
  private calls: OutgoingCall[] = [];
  private purpose: OutboxPurpose | null = null;
  private direct = false;

  /** The transformer for `ctx.api.config.use`. */
  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    if (this.direct || IMMEDIATE_METHODS.has(method)) return prev(method, payload, signal);
    this.calls.push({ method, payload: toJson(method, payload), purpose: this.purpose });
    // biome-ignore lint/suspicious/noExplicitAny: grammY types a transformer's result per method; the stand-in fits each recorded one.
    return { ok: true, result: standIn(method, payload as Record<string, unknown>) } as any;
  };

  /** Runs `send` with its calls marked for a follow-up when the deliverer has sent them. */
  async withPurpose<T>(purpose: OutboxPurpose, send: () => Promise<T>): Promise<T> {
    this.purpose = purpose;
    try {
      return await send();
    } finally {
      this.purpose = null;
    }
  }

  /** The calls recorded so far, forgetting them. */
  take(): OutgoingCall[] {
    const calls = this.calls;
    this.calls = [];
    return calls;
  }

  /** Forgets what was recorded: the update's transaction was rolled back. */
  discard(): void {
    this.calls = [];
  }

  /** From now on calls go out at once: the database is unreachable, so an outbox cannot hold them. */
  sendDirectly(): void {
    this.direct = true;
  }
}

/**
 * The payload as JSON. A file upload (an InputFile over bytes) is kept in the row itself, its
 * bytes in base64 (see `storedFile`): the briefing's files are small (tens of kilobytes) and
 * made from what the update read, so the file sent after the commit is the one the update
 * made, and a sweep after a crash sends the same file again. A file that is a path or a
 * stream is refused: it may be gone or read once by the time the outbox sends it.
 */
function toJson(method: string, payload: unknown): Record<string, unknown> {
  const fields = Object.entries(payload ?? {}).map(([key, value]): [string, unknown] => {
    if (!(value instanceof InputFile)) return [key, value];
    const bytes = fileBytes(value);
    if (!bytes) throw new Error(`${method} with a file that is not in memory cannot go through the outbox: pass its bytes`);
    return [key, { [STORED_FILE]: { filename: value.filename ?? key, base64: Buffer.from(bytes).toString("base64") } }];
  });
  return JSON.parse(JSON.stringify(Object.fromEntries(fields))) as Record<string, unknown>;
}

/** The key that marks a stored file in a recorded payload. */
const STORED_FILE = "__outbox_file";

/** The bytes of an InputFile made from a Buffer or Uint8Array, or undefined for a path, URL or stream. */
function fileBytes(file: InputFile): Uint8Array | undefined {
  // grammY keeps what the InputFile was made from in `fileData`, which it does not type publicly.
  const data = (file as unknown as { fileData?: unknown }).fileData;
  return data instanceof Uint8Array ? data : undefined;
}

/**
 * A recorded payload ready to send: each stored file becomes an InputFile again, so grammY
 * uploads it as multipart, as the handler's own call would have.
 */
export function withStoredFiles(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(payload).map(([key, value]) => {
      const stored = (value as Record<string, { filename: string; base64: string } | undefined> | null)?.[STORED_FILE];
      return [key, stored ? new InputFile(Buffer.from(stored.base64, "base64"), stored.filename) : value];
    }),
  );
}

/** What a handler gets back instead of Telegram's answer. */
function standIn(method: string, payload: Record<string, unknown>): unknown {
  if (method !== "sendMessage" && method !== "editMessageText") return true;
  const chatId = Number(payload.chat_id);
  return {
    message_id: 0,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: chatId < 0 ? "supergroup" : "private" },
    text: payload.text,
  };
}
