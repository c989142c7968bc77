import { InlineKeyboard } from "grammy";
import type { SubmissionContext } from "../../../app/submission-service.js";
import { indicatorName } from "../../../domain/numbers/figure-wording.js";
import { formatDateTime } from "../../../domain/periods/format-date.js";
import { formatPeriod } from "../../../domain/periods/format-period.js";
import { parsePeriodKey } from "../../../domain/periods/period.js";
import { answeredCount, type Draft, TEXT_SECTIONS } from "../../../domain/submission/draft.js";
import type { BotContext } from "../../context.js";
import { replyInParts } from "../../reply-in-parts.js";
import { controlsKeyboard, figureQuestion, readingPrompt } from "./ask-figure.js";
import { followUpQuestion, textQuestion } from "./ask-text.js";
import { ownButton } from "./input.js";
import { showOrganisationPicker } from "./on-behalf.js";
import { pendingProposals, showProposal } from "./proposal-step.js";
import { editMenu, reviewCard } from "./review-card.js";
import type { SubmitSession, SubmitStep } from "./session.js";
import { showTaskPrompt } from "./task-step.js";

/** A submission's loaded report: what the steps read, fresh from the database at every update. */
export interface LoadedReport {
  context: SubmissionContext;
  draft: Draft;
  baseVersion: number;
}

/** How many items a report asks: its figures, then the texts. */
export function itemCount(context: SubmissionContext): number {
  return context.indicators.length + TEXT_SECTIONS.length;
}

/** Shows the prompt of the session's step: the question the next answer will be taken for. */
export async function showPrompt(ctx: BotContext, session: SubmitSession, report: LoadedReport | undefined): Promise<void> {
  const step = session.step;
  if (step.kind === "organisation") return showOrganisationPicker(ctx, session);
  if (step.kind === "quarter") {
    await ctx.reply(ctx.t("submit-which-quarter"), { reply_markup: quarterKeyboard(ctx, session.prompt, step) });
    return;
  }
  if (!report) throw new Error(`The submission step ${step.kind} needs its report loaded`);
  const { context, draft } = report;
  if (step.kind === "draft") {
    await ctx.reply(
      ctx.t("submit-draft-found", {
        period: formatPeriod(context.quarter, ctx.t.bind(ctx)),
        count: answeredCount(draft),
        saved: formatDateTime(new Date(context.draft?.updatedAt ?? ctx.deps.services.clock())),
      }),
      { reply_markup: draftKeyboard(ctx, session.prompt) },
    );
    return;
  }
  if (step.kind === "item") {
    // What the report proposes for the item, to confirm with one tap.
    if (await showProposal(ctx, session, report, step.index)) return;
    const position = `${step.index + 1}/${itemCount(context)}`;
    const indicator = context.indicators[step.index];
    const text = indicator
      ? figureQuestion(ctx, indicator, position, draft.values[indicator.code])
      : textQuestion(ctx, sectionAt(context, step.index), position, draft.texts[sectionAt(context, step.index)]);
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: controlsKeyboard(ctx, hasSaved(report, step.index)) });
    return;
  }
  if (step.kind === "task" || step.kind === "task-note") return showTaskPrompt(ctx, session, report);
  if (step.kind === "reading") {
    const indicator = context.indicators[step.index];
    if (!indicator) throw new Error(`Item ${step.index} is not a figure`);
    const prompt = readingPrompt(ctx, session.prompt, step, indicator);
    await ctx.reply(prompt.text, { reply_markup: prompt.keyboard });
    return;
  }
  if (step.kind === "follow-up") {
    const names = { previous: itemName(ctx, report, step.index - 1), current: itemName(ctx, report, step.index) };
    const question = followUpQuestion(ctx, session.prompt, step.held, names);
    await ctx.reply(question.text, { parse_mode: "HTML", reply_markup: question.keyboard });
    return;
  }
  if (step.kind === "review") {
    const card = reviewCard(ctx, session.prompt, context, draft, report.baseVersion);
    // While values read from the report are unconfirmed, the card says how to confirm them first.
    const hint = pendingProposals(draft).pending > 0 ? "review-prompt-proposed" : "review-prompt";
    await replyInParts(ctx, `${card.body}\n\n${ctx.t(hint)}`, card.keyboard);
    return;
  }
  const menu = editMenu(ctx, session.prompt, context);
  await ctx.reply(menu.text, { reply_markup: menu.keyboard });
}

/** An item's name as its question shows it: the indicator's, or the text section's. */
export function itemName(ctx: BotContext, report: LoadedReport, index: number): string {
  const indicator = report.context.indicators[index];
  return indicator ? indicatorName(indicator, ctx.t.bind(ctx)) : ctx.t(`section-${sectionAt(report.context, index)}`);
}

/** The buttons of the quarter picker. */
export function quarterKeyboard(ctx: BotContext, prompt: number, step: Extract<SubmitStep, { kind: "quarter" }>): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  step.options.forEach((option, index) => {
    const quarter = parsePeriodKey(option.key);
    keyboard.text(quarter ? formatPeriod(quarter, ctx.t.bind(ctx)) : option.key, ownButton(prompt, `quarter:${index}`));
  });
  return keyboard;
}

/** The buttons of the draft offer. */
export function draftKeyboard(ctx: BotContext, prompt: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("submit-draft-continue"), ownButton(prompt, "continue"))
    .row()
    .text(ctx.t("submit-draft-restart"), ownButton(prompt, "restart"));
}

/** Whether item `index` has something saved (a figure, a text), which keep and erase act on. */
export function hasSaved(report: LoadedReport, index: number): boolean {
  const indicator = report.context.indicators[index];
  if (indicator) return (report.draft.values[indicator.code]?.value ?? null) !== null;
  return report.draft.texts[sectionAt(report.context, index)] !== undefined;
}

/** The text section at item `index` (after the figures). */
export function sectionAt(context: SubmissionContext, index: number) {
  const section = TEXT_SECTIONS[index - context.indicators.length];
  if (!section) throw new Error(`Item ${index} is past the report's ${itemCount(context)} items`);
  return section;
}
