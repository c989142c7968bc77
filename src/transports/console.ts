import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { TZDate } from "@date-fns/tz";
import type { AdjustableClock } from "../app/clock.js";
import type { GiaobanBot } from "../bot/create-bot.js";
import { formatDateTime } from "../domain/periods/format-date.js";
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
  /** The bot's clock: `/dongho` shows it and moves it, then sends the reminders that came due. */
  clock?: AdjustableClock;
  /** Who is typing now, kept up to date for the printer, which tags messages to anyone else. */
  speaker?: { id: number };
}

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A line of its own that starts and ends a message of several lines (a pasted report). */
const PASTE_MARK = '"""';

/**
 * The local file a line sends as a document: `/tep <path>`, or a line that is just the path of a
 * report file (what dragging a file into a terminal types, quotes and all); "missing" when the
 * file named is not there. Undefined for any other line.
 */
async function fileToSend(
  line: string,
): Promise<{ kind: "file"; path: string; size: number } | { kind: "missing"; path: string } | undefined> {
  const command = /^\/tep\s+(.+)$/.exec(line);
  const path = (command?.[1] ?? line).trim().replace(/^(['"])(.*)\1$/, "$2");
  if (!command && !/^(\/|~|\.{1,2}\/|[A-Za-z]:\\).*\.(docx|doc|pdf)$/i.test(path)) return undefined;
  const resolved = path.replace(/^~(?=\/)/, process.env.HOME ?? "~");
  const found = await stat(resolved).catch(() => undefined);
  return found?.isFile() ? { kind: "file", path: resolved, size: found.size } : { kind: "missing", path };
}

/**
 * Where `/dongho <arg>` puts the clock: `+2d`, `+3h`, `-30m` from `now`, or a local date and
 * time in the bot's zone (`2023-11-21 08:00`, `21/11/2023 8:00`); undefined when unreadable.
 */
export function clockTarget(arg: string, now: Date, timeZone = "Asia/Ho_Chi_Minh"): Date | undefined {
  const step = /^([+-])\s*(\d+)\s*([mhd])$/i.exec(arg);
  if (step) {
    const ms = Number(step[2]) * UNIT_MS[(step[3] ?? "m").toLowerCase() as keyof typeof UNIT_MS];
    return new Date(now.getTime() + (step[1] === "-" ? -ms : ms));
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(arg);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(arg);
  const [year, month, day, hour, minute] = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : vn ? [vn[3], vn[2], vn[1], vn[4], vn[5]] : [];
  if (!year) return undefined;
  const date = new TZDate(Number(year), Number(month) - 1, Number(day), Number(hour ?? 8), Number(minute ?? 0), 0, timeZone);
  return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime());
}

/**
 * Formats what the bot sends for a terminal: the text, then inline buttons as numbered
 * choices and reply-keyboard words as hints.
 */
export function renderForConsole(message: BridgeOutput, speakerId?: number): string {
  // A message to someone else's private chat (a reminder) says whose chat it arrived in.
  const elsewhere =
    message.chatId > 0 && speakerId !== undefined && message.chatId !== speakerId
      ? bridgeText("console-to-tag", { id: String(message.chatId) })
      : "";
  const tags = [
    message.chatId < 0 ? bridgeText("console-group-tag") : elsewhere,
    "🤖",
    message.edited ? bridgeText("console-edited-tag") : "",
  ];
  const body = renderPlain(message);
  return `${tags.filter(Boolean).join(" ")} ${body}\n`;
}

/**
 * Runs a chat in the terminal over the text bridge: each line is a message from the current
 * speaker, handled by the bot one at a time; piped input works line by line and the function
 * returns at the end of input.
 */
export async function runConsole(bot: GiaobanBot, bridge: TextBridge, options: ConsoleOptions): Promise<void> {
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
  // Lines between two `"""` lines are one message: a report pasted with its paragraphs.
  let pasted: string[] | undefined;
  for await (const raw of lines) {
    const line = raw.trim();
    if (pasted && line !== PASTE_MARK) {
      pasted.push(raw);
      continue;
    }
    if (line === PASTE_MARK) {
      const message = pasted?.join("\n").trim();
      pasted = pasted ? undefined : [];
      if (message) await bot.handleUpdate(bridge.toUpdate(speaker(), message));
      if (!pasted) out.write(prompt());
      continue;
    }
    if (line === "/quit") break;
    const file = await fileToSend(line);
    const as = /^\/as\s+(\d+)$/.exec(line);
    const clockLine = /^\/dongho(?:\s+(.*))?$/.exec(line);
    if (as?.[1]) {
      userId = Number(as[1]);
      if (options.speaker) options.speaker.id = userId;
    } else if (clockLine && options.clock) await moveClock(bot, options.clock, clockLine[1]?.trim() ?? "", out);
    else if (file?.kind === "missing") out.write(`${bridgeText("console-file-missing", { path: file.path })}\n`);
    else if (file) await bot.handleUpdate(bridge.toDocumentUpdate(speaker(), file.path, file.size));
    else if (line === "/group") inGroup = true;
    else if (line === "/private") inGroup = false;
    else if (line) await bot.handleUpdate(bridge.toUpdate(speaker(), line));
    out.write(prompt());
  }
  out.write("\n");
}

/** `/dongho`: shows the bot's time, or moves it and sends the reminders that came due meanwhile. */
async function moveClock(bot: GiaobanBot, clock: AdjustableClock, arg: string, out: NodeJS.WritableStream): Promise<void> {
  if (arg) {
    const target = clockTarget(arg, clock());
    if (!target) {
      out.write(`${bridgeText("console-clock-usage")}\n`);
      return;
    }
    clock.set(target);
  }
  out.write(`${bridgeText("console-clock-now", { time: formatDateTime(clock()) })}\n`);
  if (!arg) return;
  const sent = await bot.reminders.sweep();
  if (sent.length === 0) out.write(`${bridgeText("console-clock-nothing-due")}\n`);
}
