import { Decimal } from "decimal.js";
import { InlineKeyboard } from "grammy";
import type { SubmissionContext } from "../../../app/submission-service.js";
import { indicatorName } from "../../../domain/numbers/figure-wording.js";
import { formatPeriod } from "../../../domain/periods/format-period.js";
import { describeAnswer, doubtText, reviewComparison } from "../../../domain/submission/answer-wording.js";
import { type Draft, TEXT_SECTIONS } from "../../../domain/submission/draft.js";
import { doubtsAbout } from "../../../domain/submission/judge-answer.js";
import { cutText, excerpt } from "../../../domain/text/cut-text.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { ownButton } from "./input.js";
import { pendingProposals } from "./proposal-step.js";
import { taskCardLines, taskEditButtons } from "./task-step.js";

/** How much of a source sentence the card quotes beside a value read from the report. */
const SENTENCE_LIMIT = 160;

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
    // What the report proposes is shown until confirmed, over a value kept from before.
    const proposed = draft.proposed?.figures[indicator.code];
    const [first, ...others] = proposed ?? [];
    if (first && others.length === 0) {
      const value = escapeHtml(describeAnswer({ value: first.value, hedge: first.hedge }, indicator.unit, t));
      line += ctx.t("review-proposed", { value, sentence: escapeHtml(excerpt(first.sentence, SENTENCE_LIMIT)) });
    } else if (first) line += ctx.t("review-proposed-several", { count: others.length + 1 });
    else if (!answer) line += ctx.t("review-unanswered");
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
    const proposed = draft.proposed?.texts[section];
    const shown = proposed
      ? ctx.t("review-proposed-text", { heading: escapeHtml(proposed.heading), text: escapeHtml(proposed.text) })
      : text === undefined
        ? ctx.t("review-unanswered")
        : text
          ? escapeHtml(text)
          : ctx.t("word-none");
    lines.push(`${context.indicators.length + index + 1}. <b>${ctx.t(`section-${section}`)}</b>: ${shown}`);
  });
  if (warnings.length) lines.push("", ...warnings);
  return { body: lines.join("\n"), keyboard: reviewKeyboard(ctx, prompt, draft) };
}

/**
 * The card's buttons (confirm, edit, cancel); the hint after an unread answer repeats them.
 * While values read from the report are unconfirmed there is no confirm: "Đúng cả" takes
 * those with one candidate, "Sửa" leads to the others.
 */
export function reviewKeyboard(ctx: BotContext, prompt: number, draft: Draft): InlineKeyboard {
  const { pending, single } = pendingProposals(draft);
  const keyboard = new InlineKeyboard();
  if (single > 0) keyboard.text(ctx.t("review-accept-all", { count: single }), ownButton(prompt, "accept-all"));
  else if (pending === 0) keyboard.text(ctx.t("review-confirm"), ownButton(prompt, "confirm"));
  return keyboard.row().text(ctx.t("review-edit"), ownButton(prompt, "edit")).text(ctx.t("review-cancel"), ownButton(prompt, "cancel"));
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
