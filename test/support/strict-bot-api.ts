import type { Update } from "grammy/types";
import type { UploadedFile } from "../../src/transports/bot-api-body.js";
import { parseTelegramHtml } from "./telegram-html.js";

/** Telegram's answer to a call it refuses: the HTTP status and the description, word for word. */
export interface BotApiError {
  error_code: number;
  description: string;
}

/** A call the fake refused, for the test's report. */
export interface BotApiRefusal extends BotApiError {
  method: string;
  params: Record<string, unknown>;
}

/** Telegram's limits, as the Bot API documents them. */
const MESSAGE_LIMIT = 4096;
const CAPTION_LIMIT = 1024;
const CALLBACK_DATA_LIMIT = 64;
/** Button presses the fake remembers as unanswered; Telegram forgets them after about 15 minutes. */
const OPEN_QUERIES_KEPT = 1000;

/** Methods whose `text` is the message, and those whose `caption` is. */
const TEXT_METHODS = new Set(["sendMessage", "editMessageText"]);
const CAPTION_METHODS = new Set([
  "sendPhoto",
  "sendDocument",
  "sendVideo",
  "sendAudio",
  "sendAnimation",
  "sendVoice",
  "editMessageCaption",
]);
/** Methods that post into a chat, and so need one the bot can write to. */
const CHAT_METHODS = new Set([...TEXT_METHODS, ...CAPTION_METHODS, "sendChatAction", "editMessageReplyMarkup", "deleteMessage"]);

/** The parameter that carries the file of each sending method. */
const FILE_FIELDS: Record<string, string> = { sendDocument: "document", sendPhoto: "photo" };
/** Telegram's limit on an uploaded photo (documents may be 50 MB). */
const PHOTO_LIMIT = 10 * 1024 * 1024;
/** The largest file getFile gives a bot (the Bot API's 20 MB); a bigger one people may still send. */
const GET_FILE_LIMIT = 20 * 1024 * 1024;

/** A file a person sent, as Telegram keeps it for bots: getFile names its path, the path serves its bytes. */
export interface HeldFile {
  fileId: string;
  path: string;
  bytes: Uint8Array;
}

/**
 * Telegram's error for the file of a sendDocument or sendPhoto: none given, an upload that is
 * empty or not attached, a photo over 10 MB. A string that is not `attach://` is a file_id or
 * URL, which the fake takes as Telegram would take one it knows.
 */
function fileRefusal(field: string, value: unknown, upload: UploadedFile | undefined): BotApiError | undefined {
  if (value === undefined || value === null || value === "") return BAD_REQUEST(`there is no ${field} in the request`);
  if (typeof value !== "string") return BAD_REQUEST(`wrong type of the ${field} field`);
  if (!value.startsWith("attach://")) return undefined;
  if (!upload) return BAD_REQUEST(`there is no ${field} in the request`);
  if (upload.bytes.length === 0) return BAD_REQUEST("file must be non-empty");
  if (field === "photo" && upload.bytes.length > PHOTO_LIMIT) return BAD_REQUEST("PHOTO_INVALID_DIMENSIONS");
  return undefined;
}

const BAD_REQUEST = (description: string): BotApiError => ({ error_code: 400, description: `Bad Request: ${description}` });

/**
 * What Telegram's Bot API refuses, the way it refuses it (the texts of tdlib/telegram-bot-api):
 * formatting it cannot parse, an empty or over-long text, over-long callback data, a malformed
 * keyboard, a chat the bot has never met, a button press answered twice or never made, a
 * file it does not hold or one over the 20 MB getFile gives bots.
 *
 * It follows what the bot's updates taught Telegram: a chat is known once an update came from
 * it (or it is a group the bot was put in), a person once they wrote or pressed anything. One instance is one Telegram: share it
 * between the bot instances of a test that stand for one bot restarted.
 */
export class StrictBotApi {
  private readonly chats: Set<number>;
  private readonly files = new Map<string, HeldFile>();
  private readonly people = new Set<number>();
  private readonly openQueries = new Set<string>();

  /** `groups`: the groups the bot was added to before the test, which may never have written to it. */
  constructor(groups: readonly number[] = []) {
    this.chats = new Set(groups);
  }

  /**
   * Keeps a file a person sends (a document), as Telegram does before the update reaches the
   * bot; returns the message's `document` field, its size among it.
   */
  holdFile(
    bytes: Uint8Array,
    fileName: string,
    mimeType: string,
  ): { file_id: string; file_unique_id: string; file_name: string; mime_type: string; file_size: number } {
    const fileId = `BQACAgIAAx${this.files.size + 1}`;
    this.files.set(fileId, { fileId, path: `documents/file_${this.files.size + 1}${/\.[^.]+$/.exec(fileName)?.[0] ?? ""}`, bytes });
    return { file_id: fileId, file_unique_id: `AgAD${this.files.size}`, file_name: fileName, mime_type: mimeType, file_size: bytes.length };
  }

  /** getFile's result for a file Telegram holds (call `refusal` first: it refuses unknown and too big ones). */
  fileInfo(fileId: string): { file_id: string; file_unique_id: string; file_size: number; file_path: string } | undefined {
    const file = this.files.get(fileId);
    return file && { file_id: file.fileId, file_unique_id: `AgAD${file.fileId}`, file_size: file.bytes.length, file_path: file.path };
  }

  /** The bytes at a file path getFile gave, as `https://api.telegram.org/file/bot<token>/<path>` serves them; undefined: 404. */
  download(path: string): Uint8Array | undefined {
    return [...this.files.values()].find((file) => file.path === path && file.bytes.length <= GET_FILE_LIMIT)?.bytes;
  }

  /** Learns from an update delivered to the bot: its chats, its people, its button press. */
  observe(update: Update): void {
    for (const value of Object.values(update) as unknown[]) {
      if (!value || typeof value !== "object") continue;
      const item = value as { chat?: { id?: number }; from?: { id?: number }; message?: { chat?: { id?: number } } };
      for (const chat of [item.chat, item.message?.chat]) if (typeof chat?.id === "number") this.chats.add(chat.id);
      if (typeof item.from?.id === "number") this.people.add(item.from.id);
    }
    if (update.callback_query) {
      this.openQueries.add(update.callback_query.id);
      if (this.openQueries.size > OPEN_QUERIES_KEPT) this.openQueries.delete(this.openQueries.values().next().value as string);
    }
  }

  /**
   * Telegram's error for this call, or undefined when Telegram accepts it (then it counts as
   * made). `files`: what a multipart call uploaded, by the parameter naming it (`attach://…`).
   */
  refusal(method: string, params: Record<string, unknown>, files: Record<string, UploadedFile> = {}): BotApiError | undefined {
    if (!allStringsWellFormed(params)) return BAD_REQUEST("strings must be encoded in UTF-8");
    if (CHAT_METHODS.has(method) && params.inline_message_id === undefined) {
      const chat = this.chatRefusal(params.chat_id);
      if (chat) return chat;
    }
    const fileField = FILE_FIELDS[method];
    if (fileField) {
      const file = fileRefusal(fileField, params[fileField], files[fileField]);
      if (file) return file;
    }
    if (TEXT_METHODS.has(method)) {
      const text = textRefusal(params.text, params.parse_mode, MESSAGE_LIMIT, "message is too long");
      if (text) return text;
    }
    // A caption may be left out or empty; only one given is parsed and measured.
    if (CAPTION_METHODS.has(method) && typeof params.caption === "string" && params.caption !== "") {
      const caption = textRefusal(params.caption, params.parse_mode, CAPTION_LIMIT, "message caption is too long");
      if (caption) return caption;
    }
    if (params.reply_markup !== undefined) {
      const markup = replyMarkupRefusal(params.reply_markup);
      if (markup) return BAD_REQUEST(markup);
    }
    if (method === "getFile") {
      const file = this.files.get(String(params.file_id ?? ""));
      if (!file) return BAD_REQUEST("invalid file_id");
      if (file.bytes.length > GET_FILE_LIMIT) return BAD_REQUEST("file is too big");
    }
    if (method === "answerCallbackQuery") {
      const id = String(params.callback_query_id ?? "");
      if (!this.openQueries.delete(id)) return BAD_REQUEST("query is too old and response timeout expired or query ID is invalid");
    }
    return undefined;
  }

  private chatRefusal(chatId: unknown): BotApiError | undefined {
    if (chatId === undefined || chatId === null || chatId === "") return BAD_REQUEST("chat_id is empty");
    const id = typeof chatId === "number" ? chatId : /^-?\d+$/.test(String(chatId)) ? Number(chatId) : Number.NaN;
    if (this.chats.has(id)) return undefined;
    if (this.people.has(id)) return { error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" };
    return BAD_REQUEST("chat not found");
  }
}

/** Telegram's error for a message text or caption, checked as the Bot API reads it. */
function textRefusal(text: unknown, parseMode: unknown, limit: number, tooLong: string): BotApiError | undefined {
  if (typeof text !== "string" || text === "") return BAD_REQUEST("message text is empty");
  const mode = typeof parseMode === "string" ? parseMode.toLowerCase() : "";
  if (!["", "none", "html", "markdown", "markdownv2"].includes(mode)) return BAD_REQUEST("unsupported parse_mode");
  const shown = visibleText(text, mode);
  if (typeof shown !== "string") return shown;
  if (isEmptyText(shown)) return BAD_REQUEST("message text is empty");
  if ([...shown].length > limit) return BAD_REQUEST(tooLong);
  return undefined;
}

/**
 * The text a person sees of a message: the formatting parsed (HTML; Markdown is not checked,
 * the bot never sends it), control characters made spaces, then trimmed, as Telegram stores it.
 * An error when Telegram cannot parse the formatting.
 */
export function visibleText(text: string, parseMode: string): string | BotApiError {
  let shown = text;
  if (parseMode.toLowerCase() === "html") {
    const parsed = parseTelegramHtml(text);
    if (!parsed.ok) return BAD_REQUEST(`can't parse entities: ${parsed.error}`);
    shown = parsed.text;
  }
  return withoutControls(shown)
    .replace(/[\u2028-\u202e]|\u0333|\u033f|\u030a/g, "")
    .replace(/^[ \n]+|[ \n]+$/g, "");
}

/** The control characters Telegram makes spaces: all but the line break and the carriage return. */
const CONTROLS = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(9)}${String.fromCharCode(11)}-${String.fromCharCode(12)}${String.fromCharCode(14)}-${String.fromCharCode(31)}]`,
  "g",
);

/** Telegram drops carriage returns and makes every other control character but the line break a space. */
function withoutControls(text: string): string {
  return text.replaceAll("\r", "").replace(CONTROLS, " ");
}

/** Whether Telegram finds nothing to show: only spaces, line breaks and invisible characters. */
function isEmptyText(text: string): boolean {
  return /^[ \n\u00a0\u1680\u180e\u2000-\u200f\u202e\u202f\u205f\u2800\u3000\ufeff\ufffc]*$/u.test(text);
}

/** Telegram's complaint about a reply_markup, without "Bad Request: ", or undefined when it is fine. */
function replyMarkupRefusal(markup: unknown): string | undefined {
  let value = markup;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return "can't parse reply keyboard markup JSON object";
    }
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return "object expected as reply markup";
  const { keyboard, inline_keyboard: inline } = value as { keyboard?: unknown; inline_keyboard?: unknown };
  if (keyboard !== undefined) {
    if (!Array.isArray(keyboard)) return 'field "keyboard" must be of type Array';
    for (const row of keyboard) {
      if (!Array.isArray(row)) return 'field "keyboard" must be an Array of Arrays';
      for (const button of row) {
        const problem = keyboardButtonProblem(button);
        if (problem) return `can't parse keyboard button: ${problem}`;
      }
    }
  }
  if (inline !== undefined) {
    if (!Array.isArray(inline)) return 'field "inline_keyboard" must be of type Array';
    for (const row of inline) {
      if (!Array.isArray(row)) return 'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays';
      for (const button of row) {
        const problem = inlineButtonProblem(button);
        if (problem) return problem.startsWith("BUTTON_") ? problem : `can't parse inline keyboard button: ${problem}`;
      }
    }
  }
  return undefined;
}

function keyboardButtonProblem(button: unknown): string | undefined {
  if (typeof button === "string") return undefined;
  if (!button || typeof button !== "object" || Array.isArray(button)) return "KeyboardButton must be a String or an Object";
  return textFieldProblem(button as Record<string, unknown>);
}

/** What is wrong with one inline button; a "BUTTON_…" code is Telegram's own, sent as it is. */
function inlineButtonProblem(button: unknown): string | undefined {
  if (!button || typeof button !== "object" || Array.isArray(button)) return "InlineKeyboardButton must be an Object";
  const fields = button as Record<string, unknown>;
  const text = textFieldProblem(fields);
  if (text) return text;
  if (typeof fields.url === "string" && fields.url !== "") return undefined;
  const data = fields.callback_data;
  if (data !== undefined && typeof data !== "string") return 'Field "callback_data" must be of type String';
  if (typeof data === "string" && data !== "") {
    return Buffer.byteLength(data, "utf8") > CALLBACK_DATA_LIMIT ? "BUTTON_DATA_INVALID" : undefined;
  }
  const actions = ["callback_game", "pay", "switch_inline_query", "switch_inline_query_chosen_chat", "switch_inline_query_current_chat"];
  const other = ["login_url", "web_app", "copy_text", ...actions];
  return other.some((field) => field in fields) ? undefined : "Text buttons are unallowed in the inline keyboard";
}

function textFieldProblem(fields: Record<string, unknown>): string | undefined {
  if (!("text" in fields)) return 'Can\'t find field "text"';
  return typeof fields.text === "string" ? undefined : 'Field "text" must be of type String';
}

/** Whether every string in a value is well-formed UTF-16 (no half of a surrogate pair), so it has a UTF-8 form. */
function allStringsWellFormed(value: unknown): boolean {
  if (typeof value === "string") return !/\p{Surrogate}/u.test(value);
  if (Array.isArray(value)) return value.every(allStringsWellFormed);
  if (value && typeof value === "object") return Object.values(value).every(allStringsWellFormed);
  return true;
}
