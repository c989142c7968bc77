import { indicatorName } from "../../../domain/numbers/figure-wording.js";
import { followUpComment } from "../../../domain/numbers/message-parts.js";
import { describeAnswer } from "../../../domain/submission/answer-wording.js";
import { readChoiceWord } from "../../../domain/submission/controls.js";
import type { Reading } from "../../../domain/submission/judge-answer.js";
import type { BotContext } from "../../context.js";
import { echoText, judgeFigure, pickedReading } from "./ask-figure.js";
import { acceptText, MAX_TEXT_LENGTH } from "./ask-text.js";
import type { Input } from "./input.js";
import { hasSaved, itemCount, type LoadedReport, sectionAt } from "./prompts.js";
import { dropProposal, proposalInput } from "./proposal-step.js";
import { reportInput } from "./report-input.js";
import type { SubmitSession, SubmitStep } from "./session.js";
import { answered, followingMessage } from "./several-messages-step.js";
import { commonInput, save, type Transition } from "./steps.js";
import { afterFigures, beforeTexts } from "./task-step.js";

/** One item (a figure or a text): an answer is saved and echoed, a control moves. */
export async function itemStep(ctx: BotContext, session: SubmitSession, report: LoadedReport, input: Input): Promise<Transition> {
  const step = session.step as Extract<SubmitStep, { kind: "item" | "reading" }>;
  const { context } = report;
  const indicator = context.indicators[step.index];
  const position = `${step.index + 1}/${itemCount(context)}`;
  if (input.kind === "control" && input.control === "back") {
    return step.returnTo === "review"
      ? { kind: "goto", step: { kind: "review" } }
      : step.index === context.indicators.length
        ? { kind: "goto", step: beforeTexts(context) }
        : { kind: "goto", step: { kind: "item", index: Math.max(0, step.index - 1), returnTo: null } };
  }
  if (input.kind === "button" && input.data === "prop:skip") {
    await passItem(ctx, report, step, "skip");
    return advance(report, step);
  }
  if (input.kind === "control" && (input.control === "skip" || input.control === "keep" || input.control === "erase")) {
    await passItem(ctx, report, step, input.control);
    return advance(report, step);
  }
  const proposal = step.kind === "item" ? await proposalInput(ctx, report, step, input) : undefined;
  if (proposal) return proposal;
  const reading = step.kind === "item" ? await reportInput(ctx, session, report, input) : undefined;
  if (reading) return reading;
  if (input.kind === "button" && step.kind === "reading") return readingButton(ctx, report, step, input.data, position);
  // A follow-up's buttons, typed: "đúng" / "ok" takes the value questioned, "nhập lại" asks again.
  const word = input.kind === "text" && step.kind === "reading" ? readChoiceWord(input.text) : undefined;
  if (step.kind === "reading" && step.doubtful && (word === "yes" || word === "confirm")) {
    return readingButton(ctx, report, step, "pick:0", position);
  }
  if (step.kind === "reading" && word === "retype") return readingButton(ctx, report, step, "retype", position);
  if (input.kind === "button") {
    await ctx.reply(ctx.t("submit-stale-button"));
    return { kind: "stay" };
  }
  const common = await commonInput(ctx, input);
  if (common) return common;
  if (input.kind !== "text") return { kind: "stay" };
  const followUp = step.kind === "item" ? await followingMessage(ctx, session, report, step, input) : undefined;
  if (followUp) return followUp;
  if (!indicator) return answered(await textAnswer(ctx, report, step, input.text, position), step.index, input.sentAt);
  if (followUpComment(input.text) !== undefined) {
    // "trong đó 31 nữ" with no figure just before to comment: 31 is not this figure.
    await ctx.reply(ctx.t("submit-comment-without-figure", { name: indicatorName(indicator, ctx.t.bind(ctx)) }));
    return { kind: "stay" };
  }
  const verdict = judgeFigure(ctx, input.text, indicator);
  if (verdict.kind === "refused") {
    await ctx.reply(verdict.reply);
    return { kind: "stay" };
  }
  if (verdict.kind === "ask") {
    return {
      kind: "goto",
      step: {
        kind: "reading",
        index: step.index,
        returnTo: step.returnTo,
        typed: input.text,
        readings: verdict.readings,
        doubtful: verdict.doubtful,
        reason: verdict.reason,
      },
    };
  }
  return answered(await saveFigure(ctx, report, step, verdict.reading, input.text, position), step.index, input.sentAt);
}

/**
 * Moves past an item without a new answer. What is saved stays unless erasing was asked for
 * ("giữ nguyên", and "bỏ qua" too, keep it; "xóa" erases); with nothing saved, the item is
 * recorded as having no figure yet (a text as not given).
 */
async function passItem(
  ctx: BotContext,
  report: LoadedReport,
  step: { index: number; returnTo: "review" | null },
  control: "skip" | "keep" | "erase",
) {
  const t = ctx.t.bind(ctx);
  const indicator = report.context.indicators[step.index];
  const saved = hasSaved(report, step.index);
  if (report.draft.proposed) {
    await save(ctx, report, (draft) =>
      dropProposal(draft, indicator ? { code: indicator.code } : { section: sectionAt(report.context, step.index) }),
    );
  }
  if (indicator) {
    const current = report.draft.values[indicator.code];
    if (saved && current && control !== "erase") {
      await ctx.reply(ctx.t("submit-kept", { name: indicatorName(indicator, t), value: describeAnswer(current, indicator.unit, t) }));
      return;
    }
    await save(ctx, report, (draft) => {
      draft.values[indicator.code] = { value: null, raw: "", hedge: null };
    });
    await ctx.reply(ctx.t(saved ? "submit-erased" : "submit-skipped", { name: indicatorName(indicator, t) }));
    return;
  }
  const section = sectionAt(report.context, step.index);
  const name = ctx.t(`section-${section}`);
  if (saved && control !== "erase") {
    if (step.returnTo !== "review") await ctx.reply(ctx.t("submit-text-kept", { section: name }));
    return;
  }
  await save(ctx, report, (draft) => {
    delete draft.texts[section];
  });
  if (saved) await ctx.reply(ctx.t("submit-text-erased", { section: name }));
  else if (step.returnTo !== "review") await ctx.reply(ctx.t("submit-text-skipped"));
}

async function readingButton(
  ctx: BotContext,
  report: LoadedReport,
  step: Extract<SubmitStep, { kind: "reading" }>,
  data: string,
  position: string,
): Promise<Transition> {
  const indicator = report.context.indicators[step.index];
  const reading = indicator && pickedReading(data, step.readings, indicator);
  if (reading) return saveFigure(ctx, report, step, reading, step.typed, position);
  await ctx.reply(ctx.t("submit-type-again", { name: indicator?.name ?? "" }));
  // The question is still on screen above: only the follow-up is over.
  return { kind: "goto", step: { kind: "item", index: step.index, returnTo: step.returnTo }, quiet: true };
}

async function saveFigure(
  ctx: BotContext,
  report: LoadedReport,
  step: { index: number; returnTo: "review" | null },
  reading: Reading,
  raw: string,
  position: string,
): Promise<Transition> {
  const indicator = report.context.indicators[step.index];
  if (!indicator) throw new Error(`Item ${step.index} is not a figure`);
  await save(ctx, report, (draft) => {
    draft.values[indicator.code] = { value: reading.value.toFixed(), raw, hedge: reading.hedge, comment: reading.comment };
    dropProposal(draft, { code: indicator.code });
  });
  await ctx.reply(echoText(ctx, reading, indicator, position));
  return advance(report, step);
}

/** Saves a typed text as the answer of item `step.index` and says so; one too long is refused. */
export async function textAnswer(
  ctx: BotContext,
  report: LoadedReport,
  step: { index: number; returnTo: "review" | null },
  typed: string,
  position: string,
): Promise<Transition> {
  const text = acceptText(typed);
  if (text === undefined) {
    await ctx.reply(ctx.t("submit-text-too-long", { length: typed.trim().length, limit: MAX_TEXT_LENGTH }));
    return { kind: "stay" };
  }
  const section = sectionAt(report.context, step.index);
  await save(ctx, report, (draft) => {
    draft.texts[section] = text;
    dropProposal(draft, { section });
  });
  if (step.returnTo !== "review") await ctx.reply(ctx.t("submit-text-saved", { position, section: ctx.t(`section-${section}`) }));
  return advance(report, step);
}

/** The step after an answer to item `step.index`: the next item, or the card. */
export function advance(report: LoadedReport, step: { index: number; returnTo: "review" | null }): Transition {
  if (step.returnTo === "review" || step.index + 1 >= itemCount(report.context)) return { kind: "goto", step: { kind: "review" } };
  if (step.index + 1 === report.context.indicators.length) return { kind: "goto", step: afterFigures(report.context) };
  return { kind: "goto", step: { kind: "item", index: step.index + 1, returnTo: null } };
}
