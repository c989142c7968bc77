import type { TextSection } from "../../../domain/submission/draft.js";
import { foldText } from "../../../domain/text/fold.js";
import { controlsKeyboard } from "./ask-figure.js";
import type { ConversationContext, SubmitConversation } from "./types.js";
import { waitAnswer } from "./wait-answer.js";

/** The longest text kept for one section: about a page of the briefing. */
export const MAX_TEXT_LENGTH = 3000;

/** How a text question ended: the text ("" for none), or a control. */
export type TextOutcome = { kind: "text"; text: string } | { kind: "skip" } | { kind: "back" } | { kind: "cancel" };

/** Asks one free-text part of the report; "không" means none. */
export async function askText(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  section: TextSection,
  position: string,
  current?: string,
): Promise<TextOutcome> {
  const lines = [ctx.t("submit-text-title", { position, section: ctx.t(`section-${section}`) }), ctx.t(`submit-text-hint-${section}`)];
  if (current !== undefined) lines.push(ctx.t("submit-current", { value: current || ctx.t("word-none") }));
  lines.push(ctx.t("submit-text-none", { limit: MAX_TEXT_LENGTH }));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: controlsKeyboard(ctx) });
  for (;;) {
    const { answer } = await waitAnswer(conversation);
    if (answer.kind === "skip" || answer.kind === "back" || answer.kind === "cancel") return answer;
    if (answer.kind === "repeat") return askText(conversation, ctx, section, position, current);
    if (answer.kind === "button") {
      await ctx.reply(ctx.t("submit-stale-button"));
      continue;
    }
    const text = answer.text.trim();
    if (text.length > MAX_TEXT_LENGTH) {
      await ctx.reply(ctx.t("submit-text-too-long", { length: text.length, limit: MAX_TEXT_LENGTH }));
      continue;
    }
    return { kind: "text", text: ["khong", "khong co", "none", "-"].includes(foldText(text)) ? "" : text };
  }
}
