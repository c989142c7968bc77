import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { Reply, TestUser } from "./bot-harness.js";
import type { ChatDriver } from "./scenario-player.js";
import { waitFor } from "./spawn-bot.js";
import { type BotApiRefusal, visibleText } from "./strict-bot-api.js";
import { TypingPace } from "./typing-pace.js";

interface StoredBotMessage {
  messageId: number;
  message: {
    chat_id: number | string;
    text?: string;
    parse_mode?: string;
    reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][]; keyboard?: { text: string }[][] };
  };
}

/**
 * Talks to a bot process through the Telegram Bot API emulator, as people would: messages and
 * commands from private chats and the group, button presses on the bot's messages. A step is
 * over when the bot has logged the update as handled (its one log line per update), so every
 * reply it sent for the step is collected, and nothing is guessed from timing. A step during
 * which the gate refused a call (see startStrictEmulator) fails with Telegram's error.
 */
export class EmulatorDriver implements ChatDriver {
  private lastSeenMessageId = 0;
  /** When each message is sent: the emulator would stamp them all with the same second. */
  private readonly pace = new TypingPace();

  constructor(
    private readonly server: TelegramServer,
    private readonly token: string,
    private readonly groupChatId: number,
    /** The bot process's log so far (JSON lines). */
    private readonly botLog: () => string,
    /** The calls the strict gate refused so far. */
    private readonly refusals: readonly BotApiRefusal[] = [],
  ) {}

  /**
   * Sends a text a minute after the previous message, as a person who reads each reply first,
   * or `options.secondsAfter` after it.
   */
  say(user: TestUser, chat: "private" | "group", text: string, options: { secondsAfter?: number } = {}): Promise<Reply[]> {
    const client = this.client(user, chat);
    const command = text.startsWith("/");
    const sent = { date: this.pace.nextSeconds(options.secondsAfter) };
    return this.step(() =>
      command ? client.sendCommand(client.makeCommand(text, sent)) : client.sendMessage(client.makeMessage(text, sent)),
    );
  }

  /**
   * Sends a file as a document in the person's private chat: `document` is what the gate's
   * holdFile gave, so the bot's getFile and download of it are served as Telegram serves them.
   */
  sendDocument(user: TestUser, document: Record<string, unknown>): Promise<Reply[]> {
    const client = this.client(user, "private");
    const message = { ...client.makeMessage("", { date: this.pace.nextSeconds() }), document };
    delete (message as { text?: string }).text;
    return this.step(() => client.sendMessage(message));
  }

  press(user: TestUser, chat: "private" | "group", label: string): Promise<Reply[]> {
    const chatId = chat === "private" ? user.id : this.groupChatId;
    const messages = (this.server.storage.botMessages as StoredBotMessage[]).filter((stored) => Number(stored.message.chat_id) === chatId);
    for (const stored of [...messages].reverse()) {
      const button = stored.message.reply_markup?.inline_keyboard?.flat().find((candidate) => candidate.text.includes(label));
      if (!button?.callback_data) continue;
      const client = this.client(user, chat);
      const query = client.makeCallbackQuery(button.callback_data, { message: { message_id: stored.messageId } });
      return this.step(() => client.sendCallback(query));
    }
    throw new Error(`No button containing "${label}" in chat ${chatId}`);
  }

  /** Sends one update and returns the bot's messages sent while handling it. */
  private async step(send: () => Promise<unknown>): Promise<Reply[]> {
    const refusedBefore = this.refusals.length;
    await send();
    const updates = this.server.storage.userMessages as { updateId: number }[];
    const updateId = updates.at(-1)?.updateId;
    const handled = new RegExp(`"update_id":${updateId}[,}][^\\n]*"msg":"update"`);
    await waitFor(`the bot to handle update ${updateId}`, () => (handled.test(this.botLog()) ? true : undefined), 30_000);
    const refused = this.refusals.slice(refusedBefore);
    if (refused.length) {
      throw new Error(
        `Telegram refused, for update ${updateId}: ${refused.map((item) => `${item.method}: ${item.description}`).join("; ")}`,
      );
    }
    const fresh = (this.server.storage.botMessages as StoredBotMessage[]).filter((stored) => stored.messageId > this.lastSeenMessageId);
    this.lastSeenMessageId = Math.max(this.lastSeenMessageId, ...fresh.map((stored) => stored.messageId));
    return fresh.map((stored) => ({
      method: "sendMessage",
      chatId: Number(stored.message.chat_id),
      text: stored.message.text ?? "",
      seen: seen(stored.message.text ?? "", stored.message.parse_mode ?? ""),
      buttons: [...(stored.message.reply_markup?.inline_keyboard ?? []), ...(stored.message.reply_markup?.keyboard ?? [])]
        .flat()
        .map((button) => button.text),
    }));
  }

  private client(user: TestUser, chat: "private" | "group") {
    return chat === "private"
      ? this.server.getClient(this.token, { userId: user.id, chatId: user.id, firstName: user.first_name ?? `User ${user.id}` })
      : this.server.getClient(this.token, {
          userId: user.id,
          chatId: this.groupChatId,
          firstName: user.first_name ?? `User ${user.id}`,
          chatTitle: "Khối MTTQ",
          type: "supergroup",
        });
  }
}

function seen(text: string, parseMode: string): string {
  const shown = visibleText(text, parseMode);
  return typeof shown === "string" ? shown : "";
}
