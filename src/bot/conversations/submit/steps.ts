import type { CurrentSubmission } from "../../../db/repositories/submission-repository.js";
import { readChoiceWord } from "../../../domain/submission/controls.js";
import { type Draft, emptyDraft } from "../../../domain/submission/draft.js";
import type { BotContext } from "../../context.js";
import type { Input } from "./input.js";
import { draftKeyboard, itemCount, type LoadedReport, quarterKeyboard, sectionAt } from "./prompts.js";
import { reportInput } from "./report-input.js";
import type { SubmitSession, SubmitStep } from "./session.js";
import { afterFigures, draftTasksFrom, firstUnmarkedTask } from "./task-step.js";

/**
 * What a step decided: go to another step (and show its prompt), stay, show the prompt again, or
 * end. `answered`: the message just taken answered that item (see SubmitSession.lastAnswer);
 * `keepPrompt`: the step changes but the prompt on screen, and its buttons, stay.
 */
export type Transition =
  | {
      kind: "goto";
      step: SubmitStep;
      baseVersion?: number;
      quiet?: boolean;
      answered?: { index: number; sentAt: number };
      keepPrompt?: boolean;
    }
  | { kind: "stay" }
  | { kind: "again" }
  | { kind: "end" };

/** Where a quarter chosen at the picker leads; the flow loads its report. */
export type QuarterChoice = { kind: "quarter"; index: number };

/** Answers what every step answers the same way; undefined when the step must decide. */
export async function commonInput(ctx: BotContext, input: Input): Promise<Transition | undefined> {
  if (input.kind === "repeat") return { kind: "again" };
  if (input.kind === "control" && input.control === "cancel") {
    await ctx.reply(ctx.t("submit-cancelled-kept"), { reply_markup: { remove_keyboard: true } });
    return { kind: "end" };
  }
  const refusal = {
    "stale-button": "submit-stale-button",
    "not-text": "submit-not-text",
    // A report sent at a question that does not take one (a reading's or a task's).
    document: "report-not-now",
    photo: "report-not-now",
    "too-long": "submit-too-long",
    edited: "submit-edited",
  }[input.kind as string];
  if (refusal) {
    await ctx.reply(ctx.t(refusal, { limit: 4096 }));
    return { kind: "stay" };
  }
  return undefined;
}

/** The quarter picker: a button picks, anything else asks again. */
export async function quarterStep(ctx: BotContext, session: SubmitSession, input: Input): Promise<Transition | QuarterChoice> {
  const step = session.step as Extract<SubmitStep, { kind: "quarter" }>;
  if (input.kind === "control" && input.control === "cancel") {
    await ctx.reply(ctx.t("submit-cancelled-nothing"), { reply_markup: { remove_keyboard: true } });
    return { kind: "end" };
  }
  const picked = input.kind === "button" ? /^quarter:(\d+)$/.exec(input.data) : null;
  if (picked && step.options[Number(picked[1])]) return { kind: "quarter", index: Number(picked[1]) };
  const common = await commonInput(ctx, input);
  if (common) return common;
  await ctx.reply(ctx.t("submit-which-quarter-again"), { reply_markup: quarterKeyboard(ctx, session.prompt, step) });
  return { kind: "stay" };
}

/** The draft offer: continue it or start again. */
export async function draftStep(ctx: BotContext, session: SubmitSession, report: LoadedReport, input: Input): Promise<Transition> {
  const { context } = report;
  const word = input.kind === "text" ? readChoiceWord(input.text) : undefined;
  if ((input.kind === "button" && input.data === "continue") || word === "continue") {
    const draft = context.draft;
    return { kind: "goto", step: firstUnanswered(report), ...(draft ? { baseVersion: draft.baseVersion } : {}) };
  }
  if ((input.kind === "button" && input.data === "restart") || word === "restart") {
    await ctx.deps.services.submissions.discardDraft(context);
    report.draft = context.current ? draftFrom(context.current) : emptyDraft();
    return {
      kind: "goto",
      baseVersion: context.current?.version ?? 0,
      step: context.current ? { kind: "review" } : firstStep(context),
    };
  }
  const reading = await reportInput(ctx, session, report, input);
  if (reading) return reading.kind === "goto" && context.draft ? { ...reading, baseVersion: context.draft.baseVersion } : reading;
  const common = await commonInput(ctx, input);
  if (common) return common;
  await ctx.reply(ctx.t("submit-draft-choose"), { reply_markup: draftKeyboard(ctx, session.prompt) });
  return { kind: "stay" };
}

/** Changes the draft and saves it with the update. */
export async function save(ctx: BotContext, report: LoadedReport, change: (draft: Draft) => void): Promise<void> {
  change(report.draft);
  await ctx.deps.services.submissions.saveDraft(report.context, report.baseVersion, report.draft);
}

/** The first item (figures, then texts) the draft has no answer for; all answered: the card. */
export function firstUnanswered(report: LoadedReport): SubmitStep {
  const { context, draft } = report;
  const figure = context.indicators.findIndex((indicator) => !(indicator.code in draft.values));
  if (figure >= 0) return { kind: "item", index: figure, returnTo: null };
  const task = firstUnmarkedTask(report);
  if (task) return task;
  const sections = itemCount(context) - context.indicators.length;
  for (let offset = 0; offset < sections; offset += 1) {
    const index = context.indicators.length + offset;
    if (!(sectionAt(context, index) in draft.texts)) return { kind: "item", index, returnTo: null };
  }
  return { kind: "review" };
}

/** A draft holding a stored version's answers, for corrections and conflicts. */
export function draftFrom(current: CurrentSubmission): Draft {
  return {
    values: Object.fromEntries(
      Object.entries(current.values).map(([code, item]) => [
        code,
        { value: item.value, raw: item.raw ?? "", hedge: item.hedge, comment: item.comment },
      ]),
    ),
    texts: { ...current.texts },
    ...draftTasksFrom(current.tasks?.marks),
  };
}

/** The first question of a new report: the first figure, or, with none asked, what follows the figures. */
export function firstStep(context: LoadedReport["context"]): SubmitStep {
  return context.indicators.length ? { kind: "item", index: 0, returnTo: null } : afterFigures(context);
}
