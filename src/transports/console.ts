import { createInterface } from "node:readline";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { BridgeOutput, BridgeSpeaker, TextBridge } from "./text-bridge.js";

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
  const where = message.chatId < 0 ? "[nhóm] " : "";
  const lines = [`${where}🤖 ${message.edited ? "(sửa) " : ""}${message.text}`];
  message.choices.forEach((choice, index) => {
    lines.push(`   ${index + 1}) ${choice}`);
  });
  if (message.hints.length > 0) lines.push(`   [gõ: ${message.hints.join(" | ")}]`);
  return `${lines.join("\n")}\n`;
}

const CONSOLE_HELP = [
  "Trò chuyện với bot ngay trong cửa sổ này (chat with the bot here).",
  "  /as <id>     đổi người đang gõ (switch who is speaking), e.g. /as 9102",
  "  /group       chuyển sang nhóm giao ban (speak in the group chat)",
  "  /private     về trò chuyện riêng (back to the private chat)",
  "  /quit        thoát (exit)",
  "Các nút bấm hiện thành số: gõ số để chọn (buttons are numbered: type the number).",
].join("\n");

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
    user: { id: userId, first_name: `Người dùng ${userId}`, language_code: "vi" },
    chat: inGroup ? { id: options.groupChatId, type: "group" } : { id: userId, type: "private" },
  });
  const prompt = () => `[${userId} · ${inGroup ? "nhóm" : "riêng"}] > `;

  out.write(`${CONSOLE_HELP}\n\n`);
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
