import type { TextSection } from "../../../domain/submission/draft.js";
import { escapeHtml } from "../../../domain/text/escape-html.js";
import { foldText } from "../../../domain/text/fold.js";
import type { BotContext } from "../../context.js";

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
