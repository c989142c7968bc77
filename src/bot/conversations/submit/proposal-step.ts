import { Decimal } from "decimal.js";
import { InlineKeyboard } from "grammy";
import { indicatorName } from "../../../domain/numbers/figure-wording.js";
import type { FoundFigure, FoundText } from "../../../domain/report-reading/report-reading.js";
import { describeAnswer } from "../../../domain/submission/answer-wording.js";
import { readChoiceWord } from "../../../domain/submission/controls.js";
import type { Draft, TextSection } from "../../../domain/submission/draft.js";
import { judgeChosen, type Reading } from "../../../domain/submission/judge-answer.js";
import { cutText, excerpt } from "../../../domain/text/cut-text.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { replyInParts } from "../../reply-in-parts.js";
import { echoText, figureQuestion } from "./ask-figure.js";
import type { Input } from "./input.js";
import { ownButton } from "./input.js";
import { advance } from "./item-step.js";
import { itemCount, type LoadedReport, sectionAt } from "./prompts.js";
import type { SubmitSession, SubmitStep } from "./session.js";
import { save, type Transition } from "./steps.js";

/** How much of a source sentence a question or the card quotes: enough to recognise it. */
const SENTENCE_LIMIT = 300;

/** What the report proposes for item `index`: the figure's candidates, or the text found; undefined when nothing. */
export function proposalAt(
  report: LoadedReport,
  index: number,
): { kind: "figure"; found: FoundFigure[] } | { kind: "text"; section: TextSection; found: FoundText } | undefined {
  const proposed = report.draft.proposed;
  if (!proposed) return undefined;
  const indicator = report.context.indicators[index];
  if (indicator) {
    const found = proposed.figures[indicator.code];
    return found?.length ? { kind: "figure", found } : undefined;
  }
  if (index >= itemCount(report.context)) return undefined;
  const section = sectionAt(report.context, index);
  const found = proposed.texts[section];
  return found ? { kind: "text", section, found } : undefined;
}

/** Forgets what the report proposed for an item once the person answered it another way. */
export function dropProposal(draft: Draft, item: { code: string } | { section: TextSection }): void {
  if (!draft.proposed) return;
  if ("code" in item) delete draft.proposed.figures[item.code];
  else delete draft.proposed.texts[item.section];
}

/** A proposed figure as the person reads it: the value in the indicator's unit, with its hedge. */
export function proposedValue(ctx: BotContext, found: FoundFigure, unit: string): string {
  return describeAnswer({ value: found.value, hedge: found.hedge }, unit, ctx.t.bind(ctx));
}

/** A source sentence as quoted: escaped, and cut when long. */
export function quoted(sentence: string): string {
  return escapeHtml(excerpt(sentence, SENTENCE_LIMIT));
}

/**
 * Shows item `index`'s question with what the report proposes for it, and buttons to take it
 * with one tap ("Đúng"), type another ("Sửa", or "Nhập số khác" under several candidates),
 * skip it, or see everything proposed on the review card. False when the report proposes nothing for the item (its usual question is shown).
 */
export async function showProposal(ctx: BotContext, session: SubmitSession, report: LoadedReport, index: number): Promise<boolean> {
  const proposal = proposalAt(report, index);
  if (!proposal) return false;
  const position = `${index + 1}/${itemCount(report.context)}`;
  const button = (label: string, data: string) => [ctx.t(label), ownButton(session.prompt, data)] as const;
  const keyboard = new InlineKeyboard();
  const lines: string[] = [];
  if (proposal.kind === "text") {
    lines.push(ctx.t("submit-text-title", { position, section: ctx.t(`section-${proposal.section}`) }));
    lines.push(ctx.t("report-found-text", { heading: escapeHtml(proposal.found.heading), text: escapeHtml(proposal.found.text) }));
    keyboard.text(...button("report-right", "prop:pick:0")).text(...button("report-change", "prop:edit"));
  } else {
    const indicator = report.context.indicators[index];
    if (!indicator) return false;
    lines.push(figureQuestion(ctx, indicator, position, report.draft.values[indicator.code]));
    const [first, ...others] = proposal.found;
    if (first && others.length === 0) {
      const value = escapeHtml(proposedValue(ctx, first, indicator.unit));
      lines.push(ctx.t("report-found-one", { value, sentence: quoted(first.sentence) }));
      keyboard.text(...button("report-right", "prop:pick:0")).text(...button("report-change", "prop:edit"));
    } else {
      lines.push(ctx.t("report-found-several", { count: proposal.found.length }));
      proposal.found.forEach((found, number) => {
        const value = proposedValue(ctx, found, indicator.unit);
        lines.push(ctx.t("report-found-option", { number: number + 1, value: escapeHtml(value), sentence: quoted(found.sentence) }));
        keyboard.text(cutText(`${number + 1}. ${value}`, 60), ownButton(session.prompt, `prop:pick:${number}`)).row();
      });
      keyboard.text(...button("report-other-value", "prop:edit"));
    }
  }
  keyboard
    .text(...button("report-skip", "prop:skip"))
    .row()
    .text(...button("report-see-card", "prop:card"));
  await replyInParts(ctx, lines.join("\n"), keyboard);
  return true;
}

/**
 * The answer to a question the report proposed something for: a candidate taken (its button,
 * or "đúng" / "ok" typed when there is one), "Sửa" (the person types the figure, read as any
 * typed answer). Undefined when the input is for the item's usual step ("Bỏ qua" is the item's own skip).
 */
export async function proposalInput(
  ctx: BotContext,
  report: LoadedReport,
  step: Extract<SubmitStep, { kind: "item" }>,
  input: Input,
): Promise<Transition | undefined> {
  const proposal = proposalAt(report, step.index);
  if (!proposal) return undefined;
  const word = input.kind === "text" ? readChoiceWord(input.text) : undefined;
  const data = input.kind === "button" ? input.data : undefined;
  const single = proposal.kind === "text" || proposal.found.length === 1;
  const picked = /^prop:pick:(\d+)$/.exec(data ?? "") ?? (single && (word === "yes" || word === "confirm") ? ["", "0"] : null);
  if (picked) return take(ctx, report, step, Number(picked[1]));
  // Everything the report proposes at once, on the card, to check there and take with "Đúng cả".
  if (data === "prop:card") return { kind: "goto", step: { kind: "review" } };
  if (data === "prop:edit" || word === "edit") {
    const indicator = report.context.indicators[step.index];
    await ctx.reply(
      indicator
        ? ctx.t("report-type-figure", { name: indicatorName(indicator, ctx.t.bind(ctx)) })
        : ctx.t("report-type-text", { section: ctx.t(`section-${sectionAt(report.context, step.index)}`) }),
    );
    return { kind: "stay" };
  }
  return undefined;
}

/** Takes candidate `choice` as the item's answer, as if the person had typed it, and moves on. */
async function take(
  ctx: BotContext,
  report: LoadedReport,
  step: Extract<SubmitStep, { kind: "item" }>,
  choice: number,
): Promise<Transition> {
  const position = `${step.index + 1}/${itemCount(report.context)}`;
  const indicator = report.context.indicators[step.index];
  const proposal = proposalAt(report, step.index);
  if (indicator && proposal?.kind === "figure") {
    const found = proposal.found[choice];
    if (!found) return { kind: "again" };
    const reading = { ...judgeChosen(new Decimal(found.value), indicator).reading, hedge: found.hedge as Reading["hedge"] };
    await save(ctx, report, (draft) => {
      draft.values[indicator.code] = { value: found.value, raw: found.raw, hedge: found.hedge, comment: null };
      dropProposal(draft, { code: indicator.code });
    });
    await ctx.reply(echoText(ctx, reading, indicator, position));
    return advance(report, step);
  }
  if (proposal?.kind !== "text") return { kind: "again" };
  await save(ctx, report, (draft) => {
    draft.texts[proposal.section] = proposal.found.text;
    dropProposal(draft, { section: proposal.section });
  });
  if (step.returnTo !== "review") await ctx.reply(ctx.t("submit-text-saved", { position, section: ctx.t(`section-${proposal.section}`) }));
  return advance(report, step);
}

/**
 * Takes every proposal with a single candidate at once, from the review card ("Đúng cả"), for
 * the person who checked them there; those with several candidates stay to be chosen. Returns
 * how many were taken.
 */
export async function takeAllProposals(ctx: BotContext, report: LoadedReport): Promise<number> {
  let taken = 0;
  await save(ctx, report, (draft) => {
    for (const indicator of report.context.indicators) {
      const found = draft.proposed?.figures[indicator.code];
      const [only, ...others] = found ?? [];
      if (!only || others.length) continue;
      draft.values[indicator.code] = { value: only.value, raw: only.raw, hedge: only.hedge, comment: null };
      dropProposal(draft, { code: indicator.code });
      taken += 1;
    }
    for (const [section, found] of Object.entries(draft.proposed?.texts ?? {}) as [TextSection, FoundText][]) {
      draft.texts[section] = found.text;
      dropProposal(draft, { section });
      taken += 1;
    }
  });
  return taken;
}

/** How many proposals the card still has to confirm, and how many of them "Đúng cả" can take (one candidate each). */
export function pendingProposals(draft: Draft): { pending: number; single: number } {
  const proposed = draft.proposed;
  if (!proposed) return { pending: 0, single: 0 };
  const figures = Object.values(proposed.figures).filter((found) => found.length);
  const texts = Object.keys(proposed.texts).length;
  return { pending: figures.length + texts, single: figures.filter((found) => found.length === 1).length + texts };
}

/**
 * Where the questions start again after a report was read: the first item with a proposal to
 * confirm or no answer yet (asked as usual); undefined when every item is answered and nothing
 * is proposed.
 */
export function firstToCheck(report: LoadedReport): number | undefined {
  const { context, draft } = report;
  for (let index = 0; index < itemCount(context); index += 1) {
    const indicator = context.indicators[index];
    const answered = indicator ? indicator.code in draft.values : sectionAt(context, index) in draft.texts;
    if (!answered || proposalAt(report, index)) return index;
  }
  return undefined;
}
