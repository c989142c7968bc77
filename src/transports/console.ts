import { createInterface } from "node:readline";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import { bridgeText } from "./bridge-text.js";
import { type BridgeOutput, type BridgeSpeaker, renderPlain, type TextBridge } from "./text-bridge.js";

/** The console's streams and who speaks first. */
export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The user id typing at first; `/as <id>` changes it. */
  userId: number;
  /** The chat id used for the group after `/group`. */
  groupChatId: number;
}

/**
 * Formats what the bot sends for a terminal: the text, then inline buttons as numbered
 * choices and reply-keyboard words as hints.
 */
export function renderForConsole(message: BridgeOutput): string {
  const tags = [message.chatId < 0 ? bridgeText("console-group-tag") : "", "🤖", message.edited ? bridgeText("console-edited-tag") : ""];
  const body = renderPlain(message);
  return `${tags.filter(Boolean).join(" ")} ${body}\n`;
}

/**
 * Runs a chat in the terminal over the text bridge: each line is a message from the current
 * speaker, handled by the bot one at a time; piped input works line by line and the function
 * returns at the end of input.
 */
export async function runConsole(bot: Bot<BotContext>, bridge: TextBridge, options: ConsoleOptions): Promise<void> {
  const out = options.output;
  let userId = options.userId;
  let inGroup = false;
  const speaker = (): BridgeSpeaker => ({
    user: { id: userId, first_name: bridgeText("console-user-name", { id: String(userId) }), language_code: "vi" },
    chat: inGroup ? { id: options.groupChatId, type: "group" } : { id: userId, type: "private" },
  });
  const prompt = () => `[${userId} · ${bridgeText(inGroup ? "console-prompt-group" : "console-prompt-private")}] > `;

  out.write(`${bridgeText("console-help")}\n\n`);
  const lines = createInterface({ input: options.input, terminal: false });
  out.write(prompt());
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === "/quit") break;
    const as = /^\/as\s+(\d+)$/.exec(line);
    if (as?.[1]) userId = Number(as[1]);
    else if (line === "/group") inGroup = true;
    else if (line === "/private") inGroup = false;
    else if (line) await bot.handleUpdate(bridge.toUpdate(speaker(), line));
    out.write(prompt());
  }
  out.write("\n");
}
