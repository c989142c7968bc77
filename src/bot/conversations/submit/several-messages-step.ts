import { indicatorName } from "../../../domain/numbers/figure-wording.js";
import { followUpComment } from "../../../domain/numbers/message-parts.js";
import { readChoiceWord } from "../../../domain/submission/controls.js";
import type { BotContext } from "../../context.js";
import { MAX_TEXT_LENGTH } from "./ask-text.js";
import type { Input } from "./input.js";
import { textAnswer } from "./item-step.js";
import { itemCount, itemName, type LoadedReport, sectionAt } from "./prompts.js";
import type { SubmitSession, SubmitStep } from "./session.js";
import { commonInput, save, type Transition } from "./steps.js";

/**
 * How long after an answer a message is taken as possibly the rest of it: people on phones send
 * one answer as two or three messages, each within a few seconds of the last, and nobody reads
 * the next question and types its answer in under half a minute. A message in this window is
 * never saved as the next answer without asking.
 *
 * Always asked, never joined silently even when the gap is a second: asking costs one tap and
 * shows what happened, while joining on a guess would need an undo that reaches back into an
 * answer already saved.
 */
const FOLLOW_UP_WINDOW_SECONDS = 30;

/** The transition, marked as the answer of item `index` sent at `sentAt` (when known and taken). */
export function answered(transition: Transition, index: number, sentAt: number | undefined): Transition {
  return transition.kind === "goto" && sentAt !== undefined ? { ...transition, answered: { index, sentAt } } : transition;
}

/**
 * A message that belongs to the item answered just before: at a figure, a comment on the figure
 * before ("(tăng 20 so với quý trước)", "trong đó 31 nữ"), attached to it whenever it comes; at a
 * text, a message sent within the window, about which the person is asked. Undefined otherwise.
 */
export async function followingMessage(
  ctx: BotContext,
  session: SubmitSession,
  report: LoadedReport,
  step: Extract<SubmitStep, { kind: "item" }>,
  input: Extract<Input, { kind: "text" }>,
): Promise<Transition | undefined> {
  const last = session.lastAnswer;
  if (step.returnTo !== null || last?.index !== step.index - 1) return undefined;
  const previous = report.context.indicators[last.index];
  const figure = report.context.indicators[step.index];
  // At a figure, a comment is never its answer; at a text ("Tăng cường…" may be highlights) the
  // question below asks, within the window.
  const comment = previous && figure ? followUpComment(input.text) : undefined;
  if (previous && comment !== undefined && report.draft.values[previous.code]?.value) {
    await addToPrevious(ctx, report, last.index, input.text);
    await ctx.reply(ctx.t("submit-comment-added", { name: indicatorName(previous, ctx.t.bind(ctx)), comment }));
    return { kind: "goto", step, answered: { index: last.index, sentAt: input.sentAt ?? last.sentAt } };
  }
  const quick = input.sentAt !== undefined && input.sentAt - last.sentAt < FOLLOW_UP_WINDOW_SECONDS;
  if (!quick || figure) return undefined;
  return { kind: "goto", step: { kind: "follow-up", index: step.index, held: [input.text], sentAt: input.sentAt ?? last.sentAt } };
}

/**
 * Adds a message to the answer of item `index`: a line of a text, or a figure's comment (what
 * was typed kept after what was typed before). False when the text would grow past its limit.
 */
async function addToPrevious(ctx: BotContext, report: LoadedReport, index: number, typed: string): Promise<boolean> {
  const indicator = report.context.indicators[index];
  const added = typed.trim();
  if (indicator) {
    const current = report.draft.values[indicator.code];
    if (!current) return false;
    const comment = followUpComment(added) ?? added;
    await save(ctx, report, (draft) => {
      draft.values[indicator.code] = {
        ...current,
        raw: current.raw ? `${current.raw}\n${added}` : added,
        comment: current.comment ? `${current.comment}; ${comment}` : comment,
      };
    });
    return true;
  }
  const section = sectionAt(report.context, index);
  const before = report.draft.texts[section];
  const text = before ? `${before}\n${added}` : added;
  if (text.length > MAX_TEXT_LENGTH) return false;
  await save(ctx, report, (draft) => {
    draft.texts[section] = text;
  });
  return true;
}

/**
 * The question about a message sent right after an answer: "bổ sung" adds what is held to that
 * answer and asks the current item again; "trả lời" takes it as the current item's answer. A
 * message sent while it is asked is held with the others: nothing is lost, nothing moves on.
 */
export async function followUpStep(ctx: BotContext, session: SubmitSession, report: LoadedReport, input: Input): Promise<Transition> {
  const step = session.step as Extract<SubmitStep, { kind: "follow-up" }>;
  const previous = step.index - 1;
  const word = input.kind === "text" ? readChoiceWord(input.text) : undefined;
  const choice = input.kind === "button" ? input.data : word;
  const item = { kind: "item" as const, index: step.index, returnTo: null };
  // The catalog grew meanwhile and the item is now a figure: its question, afresh.
  if (report.context.indicators[step.index]) return { kind: "goto", step: item };
  if (choice === "join") {
    const held = step.held.join("\n");
    if (!(await addToPrevious(ctx, report, previous, held))) {
      // Still held: the person may take it as the answer instead.
      await ctx.reply(ctx.t("submit-follow-up-too-long", { limit: MAX_TEXT_LENGTH }));
      return { kind: "stay" };
    }
    await ctx.reply(ctx.t("submit-follow-up-added", { item: itemName(ctx, report, previous) }));
    return { kind: "goto", step: item, answered: { index: previous, sentAt: step.sentAt } };
  }
  if (choice === "answer") {
    const position = `${step.index + 1}/${itemCount(report.context)}`;
    return answered(await textAnswer(ctx, report, item, step.held.join("\n"), position), step.index, step.sentAt);
  }
  if (input.kind === "text" && !word) {
    await ctx.reply(ctx.t("submit-follow-up-held", { count: step.held.length + 1 }));
    return { kind: "goto", step: { ...step, held: [...step.held, input.text], sentAt: input.sentAt ?? step.sentAt }, keepPrompt: true };
  }
  const common = await commonInput(ctx, input);
  if (common) return common;
  return { kind: "again" };
}
