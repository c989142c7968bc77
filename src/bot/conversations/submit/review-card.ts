import { Decimal } from "decimal.js";
import { InlineKeyboard } from "grammy";
import type { SubmissionContext } from "../../../app/submission-service.js";
import { indicatorName } from "../../../domain/numbers/figure-wording.js";
import { formatPeriod } from "../../../domain/periods/format-period.js";
import { describeAnswer, doubtText, reviewComparison } from "../../../domain/submission/answer-wording.js";
import { type Draft, TEXT_SECTIONS } from "../../../domain/submission/draft.js";
import { doubtsAbout } from "../../../domain/submission/judge-answer.js";
import { cutText } from "../../../domain/text/cut-text.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { ownButton } from "./input.js";
import { taskCardLines, taskEditButtons } from "./task-step.js";

/** How much of an item's name its edit button shows: a long name is cut, the number before it says which. */
const BUTTON_LABEL_LIMIT = 60;

/**
 * The review card: every figure with its change against last quarter, the warnings and the
 * texts (the body), and the buttons to confirm, edit or cancel.
 */
export function reviewCard(ctx: BotContext, prompt: number, context: SubmissionContext, draft: Draft, version: number) {
  const t = ctx.t.bind(ctx);
  const lines = [
    ctx.t("review-title", {
      organisation: escapeHtml(context.organisation.name),
      period: formatPeriod(context.quarter, ctx.t.bind(ctx)),
      version: version + 1,
    }),
    "",
  ];
  const warnings: string[] = [];
  context.indicators.forEach((indicator, index) => {
    const answer = draft.values[indicator.code];
    const value = answer?.value ?? null;
    const name = escapeHtml(indicatorName(indicator, t));
    let line = `${index + 1}. ${name}: `;
    if (!answer) line += ctx.t("review-unanswered");
    else if (value === null) line += ctx.t("review-skipped");
    else line += `<b>${escapeHtml(describeAnswer(answer, indicator.unit, t))}</b>`;
    if (value !== null && indicator.previous !== null) {
      line += `; ${escapeHtml(reviewComparison(new Decimal(value), new Decimal(indicator.previous), indicator.unit, t))}`;
    }
    lines.push(line);
    if (value !== null && answer?.comment) lines.push(`   ${ctx.t("review-comment", { comment: escapeHtml(answer.comment) })}`);
    if (value !== null) {
      for (const doubt of doubtsAbout(new Decimal(value), indicator)) {
        warnings.push(`⚠️ ${name}: ${escapeHtml(doubtText(doubt, new Decimal(value), indicator, t))}`);
      }
    }
  });
  lines.push("", ...taskCardLines(ctx, context, draft));
  TEXT_SECTIONS.forEach((section, index) => {
    const text = draft.texts[section];
    const shown = text === undefined ? ctx.t("review-unanswered") : text ? escapeHtml(text) : ctx.t("word-none");
    lines.push(`${context.indicators.length + index + 1}. <b>${ctx.t(`section-${section}`)}</b>: ${shown}`);
  });
  if (warnings.length) lines.push("", ...warnings);
  return { body: lines.join("\n"), keyboard: reviewKeyboard(ctx, prompt) };
}

/** The card's buttons (confirm, edit, cancel); the hint after an unread answer repeats them. */
export function reviewKeyboard(ctx: BotContext, prompt: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("review-confirm"), ownButton(prompt, "confirm"))
    .row()
    .text(ctx.t("review-edit"), ownButton(prompt, "edit"))
    .text(ctx.t("review-cancel"), ownButton(prompt, "cancel"));
}

/** The buttons to pick which item to edit: every figure and every text, numbered as on the card. */
export function editMenu(ctx: BotContext, prompt: number, context: SubmissionContext) {
  const keyboard = new InlineKeyboard();
  const labels = [
    ...context.indicators.map((indicator) => indicatorName(indicator, ctx.t.bind(ctx))),
    ...TEXT_SECTIONS.map((section) => ctx.t(`section-${section}`)),
  ];
  labels.forEach((label, index) => {
    // Last quarter's tasks come between the figures and the texts, as on the card.
    if (index === context.indicators.length) {
      for (const task of taskEditButtons(ctx, context))
        keyboard.text(cutText(task.label, BUTTON_LABEL_LIMIT), ownButton(prompt, task.data)).row();
    }
    keyboard.text(cutText(`${index + 1}. ${label}`, BUTTON_LABEL_LIMIT), ownButton(prompt, `item:${index}`)).row();
  });
  keyboard.text(ctx.t("review-back-to-card"), ownButton(prompt, "card"));
  return { text: ctx.t("review-pick-item"), keyboard };
}
