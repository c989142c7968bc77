import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { Chat, Message, Update, User, UserFromGetMe } from "grammy/types";
import { readBotApiBody, type UploadedFile } from "./bot-api-body.js";
import { bridgeText } from "./bridge-text.js";
import { htmlToText } from "./html-to-text.js";

/** A message of the bot as a text-only channel shows it. */
export interface BridgeOutput {
  chatId: number;
  messageId: number;
  /** Plain text, formatting removed. */
  text: string;
  /** Inline buttons as numbered choices: the person answers "1", "2", … */
  choices: string[];
  /** Reply-keyboard buttons: words the person may type. */
  hints: string[];
  /** True when the bot edited an earlier message rather than sending a new one. */
  edited: boolean;
}

/**
 * A bot message as plain text: the text, then inline buttons as numbered choices ("   1) Xác
 * nhận") and reply-keyboard words as a hint ("[gõ: Bỏ qua | Quay lại]").
 */
export function renderPlain(message: BridgeOutput): string {
  const lines = [message.text];
  message.choices.forEach((choice, index) => {
    lines.push(`   ${index + 1}) ${choice}`);
  });
  if (message.hints.length > 0) lines.push(`   ${bridgeText("bridge-type-hint", { hints: message.hints.join(" | ") })}`);
  return lines.join("\n");
}

/** Who speaks and where, in a bridge. */
export interface BridgeSpeaker {
  user: Pick<User, "id" | "first_name"> & Partial<User>;
  chat: { id: number; type: "private" | "group"; title?: string };
}

/** The identity the bridge answers getMe with. */
export const BRIDGE_BOT_INFO: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: "Giao ban",
  username: "giaoban_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
}

/**
 * A Bot API for channels that only carry text. The bot is given `fetch` as its client's
 * fetch, so every call it makes (conversations included) arrives here; `toUpdate` turns what a
 * person typed into the update Telegram would have sent. Both the console and Zalo use it.
 */
export class TextBridge {
  private nextMessageId = 1;
  private nextUpdateId = Date.now();
  /** The last inline keyboard shown in each chat, for answering by number. */
  private readonly pendingChoices = new Map<number, { messageId: number; buttons: InlineButton[] }>();
  /** The local files sent to the bot (the console's `/tep`), by the file_id their update carries. */
  private readonly sentFiles = new Map<string, string>();

  /**
   * `options.filesDir`: where a sent document or photo is written (the console); without it
   * the channel takes no files (Zalo) and refuses them as Telegram refuses a method it lacks.
   */
  constructor(
    private readonly deliver: (output: BridgeOutput) => Promise<void> | void,
    private readonly options: { filesDir?: string } = {},
  ) {}

  /** Pass as `client.fetch`: answers the Bot API methods a text channel can honour. */
  readonly fetch = async (input: unknown, init?: { body?: unknown; headers?: unknown }): Promise<Response> => {
    const method =
      String(input instanceof Request ? input.url : input)
        .split("/")
        .pop() ?? "";
    // A sent file's download, as the Bot API serves it at /file/bot<token>/<file_path>.
    const download = /\/file\/bot[^/]+\/(.+)$/.exec(String(input instanceof Request ? input.url : input));
    const local = download?.[1] && this.sentFiles.get(download[1]);
    if (download) return local ? new Response(await readFile(local)) : new Response("Not Found", { status: 404 });
    const { params, files } = await readBotApiBody(init);
    const upload = files.document ?? files.photo;
    const result =
      upload && this.options.filesDir ? await this.saveFile(params, upload, this.options.filesDir) : await this.call(method, params);
    return new Response(JSON.stringify(result), {
      headers: { "content-type": "application/json" },
    });
  };

  /**
   * The update for a line typed by `speaker`: a number answering the chat's pending choices
   * becomes that button's callback query; anything else is a text message (with a command
   * entity when it starts with "/"). `sentAt` is when the person sent it, when the channel says
   * (Zalo does); otherwise now.
   */
  toUpdate(speaker: BridgeSpeaker, text: string, sentAt?: Date): Update {
    const update_id = this.nextUpdateId++;
    const chat = this.chatOf(speaker);
    const pending = this.pendingChoices.get(chat.id);
    const choice = /^\s*(\d{1,2})\s*$/.exec(text);
    const button = pending && choice ? pending.buttons[Number(choice[1]) - 1] : undefined;
    if (pending && button?.callback_data) {
      return {
        update_id,
        callback_query: {
          id: String(update_id),
          from: this.userOf(speaker),
          chat_instance: String(chat.id),
          data: button.callback_data,
          message: {
            message_id: pending.messageId,
            date: Math.floor(Date.now() / 1000),
            chat,
            from: BRIDGE_BOT_INFO,
            text: "",
          } as Message,
        },
      };
    }
    const command = /^\/\S+/.exec(text);
    return {
      update_id,
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor((sentAt?.getTime() ?? Date.now()) / 1000),
        chat,
        from: this.userOf(speaker),
        text,
        ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command[0].length }] } : {}),
      } as Message.TextMessage & Update.NonChannel,
    };
  }

  /**
   * The update for a local file sent as a document (the console's `/tep <path>`): the bot gets
   * it as on Telegram, and its getFile and download are answered from the disk.
   */
  toDocumentUpdate(speaker: BridgeSpeaker, path: string, size: number): Update {
    const fileId = `local-${this.sentFiles.size + 1}`;
    this.sentFiles.set(fileId, path);
    const document = { file_id: fileId, file_unique_id: fileId, file_name: basename(path), file_size: size };
    const message = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: this.chatOf(speaker),
      from: this.userOf(speaker),
      document,
    };
    return { update_id: this.nextUpdateId++, message: message as Message.DocumentMessage & Update.NonChannel };
  }

  /**
   * The update for something the channel delivers that is not text (a photo, a sticker): a
   * message without text, which the bot answers as it answers such messages on Telegram.
   */
  toNonTextUpdate(speaker: BridgeSpeaker): Update {
    const message = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: this.chatOf(speaker),
      from: this.userOf(speaker),
    };
    return { update_id: this.nextUpdateId++, message: message as Message & Update.NonChannel };
  }

  private userOf(speaker: BridgeSpeaker): User {
    return { is_bot: false, language_code: "vi", ...speaker.user };
  }

  private chatOf(speaker: BridgeSpeaker): Chat.PrivateChat | Chat.SupergroupChat {
    return speaker.chat.type === "private"
      ? { id: speaker.chat.id, type: "private", first_name: speaker.user.first_name }
      : { id: speaker.chat.id, type: "supergroup", title: speaker.chat.title ?? "Nhóm giao ban" };
  }

  private async call(method: string, params: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "getMe":
        return { ok: true, result: BRIDGE_BOT_INFO };
      case "sendMessage":
        return { ok: true, result: await this.show(params, false) };
      case "editMessageText":
        return { ok: true, result: await this.show(params, true) };
      case "editMessageReplyMarkup":
        this.rememberChoices(Number(params.chat_id), Number(params.message_id), params.reply_markup);
        return { ok: true, result: true };
      case "sendDocument":
      case "sendPhoto":
        // A file this channel cannot carry: its caption is what the person gets.
        return {
          ok: true,
          result: await this.show({ ...params, text: String(params.caption ?? "") }, false),
        };
      case "getFile": {
        const fileId = String(params.file_id ?? "");
        if (!this.sentFiles.has(fileId)) return { ok: false, error_code: 400, description: "Bad Request: invalid file_id" };
        return { ok: true, result: { file_id: fileId, file_unique_id: fileId, file_path: fileId } };
      }
      case "answerCallbackQuery":
      case "deleteMessage":
      case "setMyCommands":
      case "sendChatAction":
      case "deleteWebhook":
        return { ok: true, result: true };
      default:
        return {
          ok: false,
          error_code: 400,
          description: `Bad Request: ${method} is not available on this channel`,
        };
    }
  }

  /** Writes an uploaded file to the folder and shows its caption with the path, for the person to open. */
  private async saveFile(params: Record<string, unknown>, file: UploadedFile, folder: string): Promise<unknown> {
    await mkdir(folder, { recursive: true });
    const path = resolve(join(folder, basename(file.filename) || "file"));
    await writeFile(path, file.bytes);
    const caption = String(params.caption ?? "");
    const text = [caption, bridgeText("bridge-file-saved", { path })].filter(Boolean).join("\n");
    return { ok: true, result: await this.show({ ...params, text }, false) };
  }

  private async show(params: Record<string, unknown>, edited: boolean): Promise<Message.TextMessage> {
    const chatId = Number(params.chat_id);
    const messageId = edited ? Number(params.message_id) : this.nextMessageId++;
    const raw = String(params.text ?? "");
    const text = params.parse_mode === "HTML" ? htmlToText(raw) : raw;
    const markup = params.reply_markup as { inline_keyboard?: InlineButton[][]; keyboard?: (string | { text: string })[][] } | undefined;
    const choices = this.rememberChoices(chatId, messageId, markup);
    const hints = (markup?.keyboard ?? []).flat().map((button) => (typeof button === "string" ? button : button.text));
    await this.deliver({ chatId, messageId, text, choices, hints, edited });
    return {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: chatId < 0 ? "supergroup" : "private" } as Chat.PrivateChat,
      from: BRIDGE_BOT_INFO,
      text,
    };
  }

  /** Keeps the chat's inline buttons answerable by number; a message without them clears it. */
  private rememberChoices(chatId: number, messageId: number, markup: unknown): string[] {
    const rows = (markup as { inline_keyboard?: InlineButton[][] } | undefined)?.inline_keyboard;
    const buttons = rows?.flat() ?? [];
    if (buttons.length > 0) this.pendingChoices.set(chatId, { messageId, buttons });
    else if (this.pendingChoices.get(chatId)?.messageId === messageId || !rows) this.pendingChoices.delete(chatId);
    return buttons.map((button) => button.text);
  }
}
