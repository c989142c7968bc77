import { InlineKeyboard } from "grammy";
import type { TextSection } from "../../../domain/submission/draft.js";
import { cutText } from "../../../domain/text/cut-text.js";
import { foldText } from "../../../domain/text/fold.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { ownButton } from "./input.js";

/** How much of a held message, and of an item's name on a button, the follow-up question shows. */
const QUOTE_LIMIT = 200;
const LABEL_LIMIT = 48;

/** The longest text kept for one section: about a page of the briefing. */
export const MAX_TEXT_LENGTH = 3000;

/** The question for one free-text part of the report, with what is saved so far. */
export function textQuestion(ctx: BotContext, section: TextSection, position: string, current?: string): string {
  const lines = [ctx.t("submit-text-title", { position, section: ctx.t(`section-${section}`) }), ctx.t(`submit-text-hint-${section}`)];
  if (current !== undefined) lines.push(ctx.t("submit-current", { value: current ? escapeHtml(current) : ctx.t("word-none") }));
  lines.push(ctx.t("submit-text-none", { limit: MAX_TEXT_LENGTH }));
  return lines.join("\n");
}

/** A typed text as it is kept ("" for "không": none), or undefined when it is too long. */
export function acceptText(typed: string): string | undefined {
  const text = typed.trim();
  if (text.length > MAX_TEXT_LENGTH) return undefined;
  return ["khong", "khong co", "none", "-"].includes(foldText(text)) ? "" : text;
}

/**
 * The question about messages sent right after the answer to `previous`: do they add to it, or
 * answer `current`? With a button for each (typed: "bổ sung" / "thêm", "trả lời" / "tiếp").
 */
export function followUpQuestion(
  ctx: BotContext,
  prompt: number,
  held: readonly string[],
  names: { previous: string; current: string },
): { text: string; keyboard: InlineKeyboard } {
  const quoted = escapeHtml(cutText(held.join(" / "), QUOTE_LIMIT));
  const text = ctx.t("submit-follow-up", { message: quoted, previous: escapeHtml(names.previous), current: escapeHtml(names.current) });
  const keyboard = new InlineKeyboard()
    .text(ctx.t("submit-follow-up-join", { item: cutText(names.previous, LABEL_LIMIT) }), ownButton(prompt, "join"))
    .row()
    .text(ctx.t("submit-follow-up-answer", { item: cutText(names.current, LABEL_LIMIT) }), ownButton(prompt, "answer"));
  return { text, keyboard };
}
