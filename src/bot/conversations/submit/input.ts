import { type Control, readControl } from "../../../domain/submission/controls.js";
import type { BotContext } from "../../context.js";
import { TELEGRAM_MESSAGE_LIMIT } from "../../render/split-html.js";

/** Commands that belong to the submission; any other command is handled outside it. */
const OWN_COMMANDS = /^\/(nop|submit)(@\S+)?(\s|$)/;

/** Starts the data of every button the submission shows; other buttons belong to other features. */
const OWN_BUTTON_PREFIX = "nop:";

/** The callback data of a button of prompt number `prompt`. */
export function ownButton(prompt: number, data: string): string {
  return `${OWN_BUTTON_PREFIX}${prompt}:${data}`;
}

/** What a person did while a submission is open, as the steps see it. */
export type Input =
  /** `sentAt`: when the person sent it (seconds), where that tells turns apart (see `sentAt`). */
  | { kind: "text"; text: string; sentAt?: number }
  /** A button of the prompt on screen. */
  | { kind: "button"; data: string }
  /** A button of an earlier prompt of the submission. */
  | { kind: "stale-button" }
  | { kind: "control"; control: Control }
  /** `/nop` again: show the current prompt once more. */
  | { kind: "repeat" }
  /** A file sent as a document (the organisation's own report, if it is a .docx). */
  | { kind: "document"; fileId: string; fileName: string; fileSize: number | undefined }
  /** A photo (of a printed report, perhaps: not read yet, see report-input.ts). */
  | { kind: "photo" }
  /** A sticker, voice message… */
  | { kind: "not-text" }
  | { kind: "too-long" }
  /** An earlier message, edited. */
  | { kind: "edited" }
  /** Not for the submission: another command, another feature's button, a service message. */
  | { kind: "elsewhere" };

/** Reads the update as input to the submission whose current prompt is number `prompt`. */
export function readInput(ctx: BotContext, prompt: number): Input {
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) {
    if (!data.startsWith(OWN_BUTTON_PREFIX)) return { kind: "elsewhere" };
    const [shown, ...rest] = data.slice(OWN_BUTTON_PREFIX.length).split(":");
    return Number(shown) === prompt ? { kind: "button", data: rest.join(":") } : { kind: "stale-button" };
  }
  if (ctx.editedMessage) return { kind: "edited" };
  const message = ctx.message;
  if (!message) return { kind: "elsewhere" };
  if (message.document) {
    const { file_id: fileId, file_name: fileName = "", file_size: fileSize } = message.document;
    return { kind: "document", fileId, fileName, fileSize };
  }
  if (message.photo) return { kind: "photo" };
  // A sticker, voice message… (a private chat has no service messages to pass on).
  if (message.text === undefined) return { kind: "not-text" };
  // Control characters are gone already (the bot's cleanUpdate middleware).
  const text = message.text;
  // Longer than Telegram allows: only a bridge or a paste gone wrong sends that.
  if (text.length > TELEGRAM_MESSAGE_LIMIT) return { kind: "too-long" };
  const control = readControl(text);
  if (control) return { kind: "control", control };
  if (OWN_COMMANDS.test(text)) return { kind: "repeat" };
  if (text.startsWith("/")) return { kind: "elsewhere" };
  return { kind: "text", text, ...sentAt(ctx, message.date) };
}

/**
 * When a message was sent, for telling a second message of one answer from the answer to the
 * next question. Not in the console: it hands the bot one line after the replies to the line
 * before are printed, so a person there has always seen the new question before typing, and
 * piped input arrives all at once with one timestamp that says nothing about that. Telegram
 * and Zalo deliver what a person sends while the bot's reply is on its way, with their send time.
 */
function sentAt(ctx: BotContext, date: number | undefined): { sentAt?: number } {
  return ctx.deps.channel === "console" || !date ? {} : { sentAt: date };
}
