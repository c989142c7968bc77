import type { CallbackQuery, Message, Update, UserFromGetMe } from "grammy/types";
import { createServices, type Services } from "../../src/app/services.js";
import { createBot, type GiaobanBot } from "../../src/bot/create-bot.js";
import { GroupPace } from "../../src/bot/outbox/group-pace.js";
import type { Database } from "../../src/db/database.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { readBotApiBody, type UploadedFile } from "../../src/transports/bot-api-body.js";
import { createPrometheusMetrics } from "../../src/transports/http/prometheus-metrics.js";
import { BRIDGE_BOT_INFO } from "../../src/transports/text-bridge.js";
import { type BotApiRefusal, StrictBotApi, visibleText } from "./strict-bot-api.js";
import { TypingPace } from "./typing-pace.js";

/** The acceptance scenario's group chat. */
export const GROUP_CHAT_ID = -1001000000001;

/** The bot as tests know it: the bridge's identity under a test username. */
export const TEST_BOT_INFO: UserFromGetMe = { ...BRIDGE_BOT_INFO, id: 777000111, username: "giaoban_test_bot" };

/** A Bot API call the bot made. */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** Its text or caption as Telegram shows it. */
  seen: string;
  /** The file it uploaded (sendDocument, sendPhoto). */
  file?: UploadedFile | undefined;
}

/** What a person sees of one call: the chat, the text and the button labels. */
export interface Reply {
  method: string;
  chatId: number;
  /** The text as sent, with its HTML markup. */
  text: string;
  /** The text as the person reads it: the formatting parsed away, entities decoded. */
  seen: string;
  buttons: string[];
  /** The file it carried (a document or photo uploaded), for tests that open it. */
  file?: UploadedFile | undefined;
}

/** Someone talking to the bot. */
export interface TestUser {
  id: number;
  first_name?: string;
  language_code?: string;
}

interface InlineButton {
  text: string;
  callback_data?: string;
}

/** What a harness remembers of its chats (see `ChatHarness.chatMemory`). */
export interface HarnessMemory {
  nextMessageId: number;
  keyboards: ReadonlyMap<number, readonly { messageId: number; buttons: InlineButton[] }[]>;
  errors: readonly Record<string, unknown>[];
}

/**
 * Drives a bot with the updates Telegram would send, and records every API call at the fetch
 * level (so calls made inside conversations are seen too). The bot is a subclass's: BotHarness
 * runs the real one; the bench's throughput floor runs a bare grammY bot through the same
 * updates and the same fake Bot API, so the two are compared on equal terms.
 *
 * The fetch answers as Telegram would, strictly: a call Telegram refuses (HTML it cannot parse,
 * an empty or over-long text, callback data over 64 bytes, a chat it does not know…) gets
 * Telegram's 400 and is recorded in `refusals`, and the delivery that caused it throws, so every
 * test checks that the bot only sends what Telegram accepts.
 */
export abstract class ChatHarness {
  /** One Telegram for every harness of a test file: a bot restarted still talks to the chats it knew. */
  private static readonly telegram = new StrictBotApi([GROUP_CHAT_ID]);
  /** Every call Telegram refused, with its error. */
  readonly refusals: BotApiRefusal[] = [];
  /** What the bot logged at level error (the unit of work's "handler failed" among them), parsed; none when a test passes its own logger. */
  readonly errors: Record<string, unknown>[] = [];
  /** The file paths the bot downloaded (after getFile), in order. */
  readonly downloads: string[] = [];
  /** Calls made by deliveries in flight; emptied when none is, so long runs stay small. */
  private readonly calls: ApiCall[] = [];
  private inFlight = 0;
  /** Shared by every harness: two bot instances over one database must not see the same update id. */
  private static nextUpdateId = 5000;
  /** When each message is sent, shared like the update ids; `say` takes `secondsAfter` for one sent right after. */
  private static readonly pace = new TypingPace();
  private nextMessageId = 1;
  private readonly keyboards = new Map<number, { messageId: number; buttons: InlineButton[] }[]>();
  private readonly answeredQueries = new Set<string>();
  /** Everything that arrived in the chats a test asked to follow (see `follow`). */
  private readonly followed = new Map<number, Reply[]>();
  /** Chats the Bot API refuses to send to, as after the bot was removed from a group. */
  readonly refusedChats = new Set<number>();
  private lastQueryId = "";
  /** Calls still to be answered 429 (see `answerTooManyRequests`), and how many were. */
  private tooManyRequests = { remaining: 0, methods: new Set<string>(), times: 1, refused: new Map<string, number>(), answered: 0 };

  /** Hands one update to the bot, as its transport would. */
  protected abstract handle(update: Update): Promise<void>;

  /**
   * Sends a text (a command when it starts with "/") and returns the replies it caused; it is
   * sent a minute after the previous message, or `options.secondsAfter` seconds after it.
   */
  say(user: TestUser, chat: "private" | "group", text: string, options: { secondsAfter?: number } = {}): Promise<Reply[]> {
    const command = /^\/\S+/.exec(text);
    return this.deliver({
      update_id: ChatHarness.nextUpdateId++,
      message: {
        message_id: this.nextMessageId++,
        date: ChatHarness.pace.nextSeconds(options.secondsAfter),
        chat: this.chat(user, chat),
        from: this.from(user),
        text,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      } as Message.TextMessage & Update.NonChannel,
    });
  }

  /**
   * Sends a file as a document (a report as a .docx, a PDF…) in the person's private chat:
   * Telegram holds it for the bot's getFile and download. Returns the replies it caused.
   */
  sendDocument(user: TestUser, file: { fileName: string; bytes: Uint8Array; mimeType?: string; sizeUnsaid?: boolean }): Promise<Reply[]> {
    const held = ChatHarness.telegram.holdFile(file.bytes, file.fileName, file.mimeType ?? "application/octet-stream");
    // file_size is optional in the Bot API: `sizeUnsaid` sends the document without it.
    const { file_size: _size, ...unsized } = held;
    const document = file.sizeUnsaid ? unsized : held;
    const update = {
      update_id: ChatHarness.nextUpdateId++,
      message: {
        message_id: this.nextMessageId++,
        date: ChatHarness.pace.nextSeconds(),
        chat: this.chat(user, "private"),
        from: this.from(user),
        document,
      } as Message.DocumentMessage & Update.NonChannel,
    };
    // Without its size the bot must ask getFile, which Telegram refuses for a file over 20 MB.
    return this.deliver(update, file.sizeUnsaid ? "getFile" : undefined);
  }

  /** Sends a photo (of a printed page, say) in the person's private chat. */
  sendPhoto(user: TestUser): Promise<Reply[]> {
    return this.deliver({
      update_id: ChatHarness.nextUpdateId++,
      message: {
        message_id: this.nextMessageId++,
        date: ChatHarness.pace.nextSeconds(),
        chat: this.chat(user, "private"),
        from: this.from(user),
        photo: [{ file_id: "AgACAgIAAxPhoto", file_unique_id: "AQADPhoto", width: 1280, height: 960, file_size: 180_000 }],
      } as Message.PhotoMessage & Update.NonChannel,
    });
  }

  /** Presses the newest inline button in the chat whose label contains `label`. */
  press(user: TestUser, chat: "private" | "group", label: string): Promise<Reply[]> {
    const update = this.buttonPress(user, chat, label);
    this.lastQueryId = update.callback_query.id;
    return this.deliver(update);
  }

  /**
   * The update Telegram sends when `user` presses the newest inline button of the chat whose
   * label contains `label`, not delivered: a test hands it to this bot or to another instance
   * (a second device pressing the same button is a second update).
   */
  buttonPress(user: TestUser, chat: "private" | "group", label: string): Update & { callback_query: CallbackQuery } {
    const chatId = chat === "private" ? user.id : GROUP_CHAT_ID;
    const keyboards = this.keyboards.get(chatId) ?? [];
    for (const keyboard of [...keyboards].reverse()) {
      const button = keyboard.buttons.find((candidate) => candidate.text.includes(label));
      if (!button?.callback_data) continue;
      const updateId = ChatHarness.nextUpdateId++;
      return {
        update_id: updateId,
        callback_query: {
          id: `query-${updateId}`,
          from: this.from(user),
          chat_instance: String(chatId),
          data: button.callback_data,
          message: {
            message_id: keyboard.messageId,
            date: Math.floor(Date.now() / 1000),
            chat: this.chat(user, chat),
            from: TEST_BOT_INFO,
            text: "",
          } as Message.TextMessage,
        },
      };
    }
    throw new Error(`No button containing "${label}" in chat ${chatId}`);
  }

  /** Whether this bot answered the button press `queryId` (see `buttonPress`). */
  answered(queryId: string): boolean {
    return this.answeredQueries.has(queryId);
  }

  /**
   * Keeps every message that arrives in `chatId` from now on: what updates handled at once
   * return overlaps (each sees the calls made while it ran), this does not.
   */
  follow(chatId: number): Reply[] {
    const arrived: Reply[] = [];
    this.followed.set(chatId, arrived);
    return arrived;
  }

  /** Whether the bot answered the last button pressed; unanswered, the person's app shows it loading. */
  lastPressAnswered(): boolean {
    return this.answeredQueries.has(this.lastQueryId);
  }

  /**
   * Makes the fake Bot API answer each of the next `count` calls (of `methods`, or of any
   * method) with Telegram's 429 and retry_after 0, as when the bot sends too fast, `times`
   * times before it lets the same call through. A refused call delivers nothing: what arrives
   * is only what was sent again after the 429.
   */
  answerTooManyRequests(count: number, options: { methods?: string[]; times?: number } = {}): void {
    this.tooManyRequests = {
      remaining: count,
      methods: new Set(options.methods),
      times: options.times ?? 1,
      refused: new Map(),
      answered: 0,
    };
  }

  /** How many calls were answered 429 since `answerTooManyRequests`. */
  tooManyRequestsAnswered(): number {
    return this.tooManyRequests.answered;
  }

  /**
   * What this harness remembers of its chats (the keyboards on screen, the next message id, the
   * errors logged), for `takeOver`: a state built once and restored from rows must look to the
   * next harness as if that harness had built it.
   */
  chatMemory(): HarnessMemory {
    return {
      nextMessageId: this.nextMessageId,
      keyboards: new Map([...this.keyboards].map(([chatId, list]) => [chatId, [...list]])),
      errors: [...this.errors],
    };
  }

  /** Starts from `memory` (see `chatMemory`) instead of from nothing. */
  takeOver(memory: HarnessMemory): void {
    this.nextMessageId = memory.nextMessageId;
    for (const [chatId, list] of memory.keyboards) this.keyboards.set(chatId, [...list]);
    this.errors.push(...memory.errors);
  }

  /**
   * Handles one raw update and returns the replies it caused. `expectRefused`: a method Telegram
   * is meant to refuse for this update (getFile of a file over 20 MB), which the bot cannot know
   * before it asks; any other refusal fails the delivery.
   */
  async deliver(update: Update, expectRefused?: string): Promise<Reply[]> {
    const before = this.calls.length;
    const refusedBefore = this.refusals.length;
    ChatHarness.telegram.observe(update);
    if (update.callback_query) this.lastQueryId = update.callback_query.id;
    this.inFlight += 1;
    try {
      await this.handle(update);
      const refused = this.refusals.slice(refusedBefore).filter((refusal) => refusal.method !== expectRefused);
      if (refused.length)
        throw new Error(`Telegram refused ${refused.length} call(s) for update ${update.update_id}:\n${describe(refused)}`);
      return this.calls.slice(before).flatMap((call) => toReply(call));
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.calls.length = 0;
    }
  }

  private from(user: TestUser) {
    return { is_bot: false, first_name: `User ${user.id}`, language_code: "vi", ...user };
  }

  private chat(user: TestUser, chat: "private" | "group") {
    return chat === "private"
      ? { id: user.id, type: "private" as const, first_name: user.first_name ?? `User ${user.id}` }
      : { id: GROUP_CHAT_ID, type: "supergroup" as const, title: "Khối MTTQ tỉnh Đắk Lắk" };
  }

  /** Whether this call is to be answered 429 (see `answerTooManyRequests`); a call is known by its body. */
  private refuseAsTooMany(method: string, body: string): boolean {
    const limit = this.tooManyRequests;
    if (limit.methods.size > 0 && !limit.methods.has(method)) return false;
    const key = `${method} ${body}`;
    const refused = limit.refused.get(key);
    if (refused === undefined) {
      if (limit.remaining === 0) return false;
      limit.remaining -= 1;
    } else if (refused >= limit.times) {
      return false;
    }
    limit.refused.set(key, (refused ?? 0) + 1);
    limit.answered += 1;
    return true;
  }

  /** The fake Bot API, to pass as the bot's `client.fetch`. */
  protected readonly fetch = async (input: unknown, init?: { body?: unknown; headers?: unknown }): Promise<Response> => {
    // A file's download (`/file/bot<token>/<path>`), not a method: its bytes, or Telegram's 404.
    const download = /\/file\/bot[^/]+\/(.+)$/.exec(String(input));
    if (download?.[1]) {
      const bytes = ChatHarness.telegram.download(download[1]);
      this.downloads.push(download[1]);
      return bytes
        ? new Response(bytes, { headers: { "content-type": "application/octet-stream" } })
        : new Response(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }), { status: 404 });
    }
    const method = String(input).split("/").pop() ?? "";
    // JSON, or multipart/form-data when the call uploads a file, as grammY sends them.
    const { params, files } = await readBotApiBody(init);
    const file = files.document ?? files.photo;
    if (this.refusedChats.has(Number(params.chat_id))) {
      const refusal = { ok: false, error_code: 403, description: "Forbidden: bot was kicked from the supergroup chat" };
      return new Response(JSON.stringify(refusal), { headers: { "content-type": "application/json" } });
    }
    if (this.refuseAsTooMany(method, String(init?.body ?? ""))) {
      const refusal = { ok: false, error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } };
      return new Response(JSON.stringify(refusal), { headers: { "content-type": "application/json" } });
    }
    const refused = ChatHarness.telegram.refusal(method, params, files);
    if (refused) {
      this.refusals.push({ method, params, ...refused });
      return new Response(JSON.stringify({ ok: false, ...refused }), {
        status: refused.error_code,
        headers: { "content-type": "application/json" },
      });
    }
    const seen = seenText(params);
    this.calls.push({ method, params, seen, file });
    this.followed.get(Number(params.chat_id))?.push(...toReply({ method, params, seen, file }));
    if (method === "answerCallbackQuery") this.answeredQueries.add(String(params.callback_query_id));
    const messageId = method === "editMessageText" ? Number(params.message_id) : this.nextMessageId++;
    const buttons = (params.reply_markup as { inline_keyboard?: InlineButton[][] } | undefined)?.inline_keyboard;
    if (buttons) {
      const chatId = Number(params.chat_id);
      // The last few keyboards of a chat are enough to press: older ones are stale anyway.
      this.keyboards.set(chatId, [...(this.keyboards.get(chatId) ?? []).slice(-19), { messageId, buttons: buttons.flat() }]);
    }
    const result =
      method === "getFile"
        ? ChatHarness.telegram.fileInfo(String(params.file_id))
        : method.startsWith("send") || method === "editMessageText"
          ? {
              message_id: messageId,
              date: Math.floor(Date.now() / 1000),
              chat: {
                id: Number(params.chat_id),
                type: Number(params.chat_id) < 0 ? "supergroup" : "private",
              },
              text: seen,
            }
          : true;
    return new Response(JSON.stringify({ ok: true, result }), {
      headers: { "content-type": "application/json" },
    });
  };
}

/** The real bot in a ChatHarness, over `database`: nothing of it is mocked. */
export class BotHarness extends ChatHarness {
  readonly bot: GiaobanBot;
  readonly services: Services;
  /** What the bot counted, as /metrics shows it. */
  readonly metrics = createPrometheusMetrics();

  /** `logger`: where the bot logs, for a test that reads the lines (by default errors go to `errors`). */
  constructor(database: Database, options: { now?: () => Date; logger?: Logger } = {}) {
    super();
    this.services = createServices(database, options.now ?? (() => new Date()));
    this.bot = createBot(
      {
        channel: "telegram",
        logger:
          options.logger ??
          createLogger("error", {
            destination: { write: (line: string) => this.errors.push(JSON.parse(line) as Record<string, unknown>) },
          }),
        services: this.services,
        metrics: this.metrics,
      },
      {
        token: "123456:TEST-TOKEN-abcdefghijklmnopqrstu",
        config: { botInfo: TEST_BOT_INFO, client: { fetch: this.fetch as typeof fetch } },
        // The suites send far more than Telegram's 20 posts a minute to their one group.
        groupPace: new GroupPace(Number.POSITIVE_INFINITY),
      },
    );
  }

  protected handle(update: Update): Promise<void> {
    return this.bot.handleUpdate(update);
  }
}

function toReply(call: ApiCall): Reply[] {
  if (!("text" in call.params) && !("caption" in call.params) && !call.file) return [];
  const markup = call.params.reply_markup as { inline_keyboard?: InlineButton[][]; keyboard?: { text: string }[][] } | undefined;
  return [
    {
      method: call.method,
      chatId: Number(call.params.chat_id),
      text: String(call.params.text ?? call.params.caption ?? ""),
      seen: call.seen,
      file: call.file,
      buttons: [...(markup?.inline_keyboard ?? []), ...(markup?.keyboard ?? [])].flat().map((b) => b.text),
    },
  ];
}

/** All reply texts joined, for substring assertions. */
export function textOf(replies: Reply[]): string {
  return replies.map((reply) => reply.text).join("\n");
}

/** All reply texts joined as people read them, formatting parsed away. */
export function seenOf(replies: Reply[]): string {
  return replies.map((reply) => reply.seen).join("\n");
}

/** The text or caption of an accepted call as Telegram shows it. */
function seenText(params: Record<string, unknown>): string {
  const seen = visibleText(String(params.text ?? params.caption ?? ""), String(params.parse_mode ?? ""));
  return typeof seen === "string" ? seen : "";
}

function describe(refusals: readonly BotApiRefusal[]): string {
  return refusals
    .map((refusal) => `  ${refusal.method}: ${refusal.description}\n    ${JSON.stringify(refusal.params).slice(0, 300)}`)
    .join("\n");
}
