import { formatDateTime } from "../../../domain/periods/format-date.js";
import { formatPeriod } from "../../../domain/periods/format-period.js";
import { parsePeriodKey, periodKey, type Quarter } from "../../../domain/periods/period.js";
import { emptyDraft } from "../../../domain/submission/draft.js";
import type { BotContext } from "../../context.js";
import { readInput } from "./input.js";
import { itemStep } from "./item-step.js";
import { namesOrganisation, organisationChoice, organisationNamed, organisationStep } from "./on-behalf.js";
import { itemCount, type LoadedReport, showPrompt } from "./prompts.js";
import { editStep, reviewStep } from "./review-step.js";
import { endSession, readSession, type SubmitSession, type SubmitStep, writeSession } from "./session.js";
import { followUpStep } from "./several-messages-step.js";
import { commonInput, draftFrom, draftStep, firstStep, quarterStep, type Transition } from "./steps.js";
import { taskCount, taskStep } from "./task-step.js";

/** A submission left alone this long ends; the draft stays and /nop offers to continue it. */
const IDLE_LIMIT_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * `/nop`: opens a submission in a private chat. Every update of the submission runs in one
 * transaction (the bot's unit of work): the answer, the draft, the new step and the replies
 * commit together, so the step stored is always the question the person was shown.
 */
export async function startSubmission(ctx: BotContext): Promise<void> {
  const actor = ctx.actor;
  const open = actor ? await ctx.deps.services.submissions.openQuarters(actor) : [];
  const first = open[0];
  if (!first) {
    await ctx.reply(ctx.t("submit-no-open-quarter"));
    return;
  }
  // The secretariat may name an organisation to enter its report for it, or be asked which.
  const named = await organisationNamed(ctx, typeof ctx.match === "string" ? ctx.match.trim() : "");
  if (named === "replied") return;
  if (named === "ask") {
    const step = await organisationChoice(ctx, first.quarter);
    await apply(ctx, { step, prompt: 0, shownAt: "" }, undefined, { kind: "goto", step });
    return;
  }
  await openQuarter(ctx, open, 0, named);
}

/** Opens the report of the only open quarter, or asks which one when several are open. */
async function openQuarter(
  ctx: BotContext,
  open: Awaited<ReturnType<BotContext["deps"]["services"]["submissions"]["openQuarters"]>>,
  prompt: number,
  onBehalfOf: number | undefined,
): Promise<void> {
  const options = open.map((item) => ({ key: periodKey(item.quarter), deadline: item.deadline.toISOString(), locked: item.locked }));
  if (options.length > 1) {
    const step: SubmitStep = { kind: "quarter", options, ...(onBehalfOf === undefined ? {} : { onBehalfOf }) };
    await apply(ctx, { step, prompt, shownAt: "" }, undefined, { kind: "goto", step });
    return;
  }
  await chooseQuarter(ctx, open[0] as (typeof open)[number], prompt, onBehalfOf);
}

/**
 * Takes the update as the answer to the chat's open submission, if there is one and the update
 * is for it; otherwise passes it on (another command, another feature's button).
 */
export async function continueSubmission(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const chatId = ctx.chat?.id;
  if (ctx.chat?.type !== "private" || chatId === undefined) return next();
  const session = await readSession(ctx.deps.services, chatId);
  if (!session) return next();
  const input = readInput(ctx, session.prompt);
  if (input.kind === "elsewhere") return next();
  if (input.kind === "repeat" && namesOrganisation(ctx)) {
    // The draft stays; the command handler opens the organisation named.
    await endSession(ctx.deps.services, chatId);
    return next();
  }
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  if (ctx.deps.services.clock().getTime() - new Date(session.shownAt).getTime() >= IDLE_LIMIT_MS) {
    // Days later the person may not have the question in mind: what came is not an answer. A
    // late /nop starts afresh (and offers the draft).
    await endSession(ctx.deps.services, chatId);
    if (input.kind === "repeat") return next();
    await ctx.reply(ctx.t("submit-idle-ended"), { reply_markup: { remove_keyboard: true } });
    return;
  }
  if (session.step.kind === "organisation") {
    const choice = await organisationStep(ctx, session, input);
    if (choice.kind !== "organisation") return apply(ctx, session, undefined, choice);
    const open = ctx.actor ? await ctx.deps.services.submissions.openQuarters(ctx.actor) : [];
    if (open.length === 0) {
      await ctx.reply(ctx.t("submit-no-open-quarter"));
      return endSession(ctx.deps.services, chatId);
    }
    return openQuarter(ctx, open, session.prompt, choice.id);
  }
  if (session.step.kind === "quarter") {
    const choice = await quarterStep(ctx, session, input);
    if (choice.kind !== "quarter") return apply(ctx, session, undefined, choice);
    const option = session.step.options[choice.index];
    const quarter = option && parsePeriodKey(option.key);
    if (!option || quarter?.kind !== "quarter") return apply(ctx, session, undefined, { kind: "end" });
    const { onBehalfOf } = session.step;
    return chooseQuarter(ctx, { quarter, deadline: new Date(option.deadline), locked: option.locked }, session.prompt, onBehalfOf);
  }
  const report = await loadReport(ctx, session);
  if (!report) {
    // The person is no longer the organisation's representative: nothing to continue.
    const quarter = session.report && parsePeriodKey(session.report.quarter);
    const period = quarter ? formatPeriod(quarter, ctx.t.bind(ctx)) : "";
    await ctx.reply(ctx.t("submit-no-longer-representative", { period }), { reply_markup: { remove_keyboard: true } });
    return endSession(ctx.deps.services, chatId);
  }
  return apply(ctx, session, report, await stepFor(ctx, session, report, input));
}

function stepFor(ctx: BotContext, session: SubmitSession, report: LoadedReport, input: ReturnType<typeof readInput>): Promise<Transition> {
  switch (session.step.kind) {
    case "draft":
      return draftStep(ctx, session, report, input);
    case "item":
    case "reading":
      return itemStep(ctx, session, report, input);
    case "follow-up":
      return followUpStep(ctx, session, report, input);
    case "review":
      return reviewStep(ctx, session, report, input);
    case "edit":
      return editStep(ctx, report, input);
    case "task":
    case "task-note":
      return taskStep(ctx, session, report, input).then(
        async (transition) => transition ?? (await commonInput(ctx, input)) ?? { kind: "stay" },
      );
    default:
      return commonInput(ctx, input).then((transition) => transition ?? { kind: "stay" });
  }
}

/** Opens the report of the quarter chosen: the draft offer, the correction, or the first question. */
async function chooseQuarter(
  ctx: BotContext,
  option: { quarter: Quarter; deadline: Date; locked: boolean },
  prompt: number,
  onBehalfOf?: number,
): Promise<void> {
  const period = formatPeriod(option.quarter, ctx.t.bind(ctx));
  const end = async (key: string) => {
    await ctx.reply(ctx.t(key, { period }), { reply_markup: { remove_keyboard: true } });
    if (ctx.chat) await endSession(ctx.deps.services, ctx.chat.id);
  };
  // After the lock only the secretariat corrects, and always for an organisation it names.
  if (option.locked && onBehalfOf === undefined) return end(ctx.actor?.roles.has("admin") ? "submit-locked-admin" : "submit-locked");
  if (ctx.deps.services.clock() > option.deadline) {
    // Locked, "you can submit until the lock" would be wrong: say only that it counts as late.
    await ctx.reply(ctx.t(option.locked ? "submit-late-locked" : "submit-late", { deadline: formatDateTime(option.deadline) }));
  }
  const context = ctx.actor
    ? await ctx.deps.services.submissions.context(ctx.actor, option.quarter, option.deadline, onBehalfOf)
    : undefined;
  if (!context) return end("submit-not-representative");
  if (context.onBehalf) {
    // After the lock, the first entry for an organisation that never reported corrects nothing.
    const key = !option.locked ? "submit-on-behalf" : context.current ? "submit-on-behalf-after-lock" : "submit-on-behalf-after-lock-new";
    await ctx.reply(ctx.t(key, { organisation: context.organisation.name, period }));
  }
  if (context.othersDrafting.length) await ctx.reply(ctx.t("submit-others-drafting", { names: context.othersDrafting.join(", ") }));
  const baseVersion = context.draft?.baseVersion ?? context.current?.version ?? 0;
  const report: LoadedReport = {
    context,
    baseVersion,
    draft: context.draft?.draft ?? (context.current ? draftFrom(context.current) : emptyDraft()),
  };
  let step: SubmitStep;
  if (context.draft) {
    step = { kind: "draft" };
  } else if (context.current) {
    step = { kind: "review" };
    await ctx.reply(
      ctx.t("submit-correcting", {
        period,
        version: context.current.version,
        by: context.current.enteredOnBehalf ? ctx.t("version-on-behalf", { by: context.current.submittedBy }) : context.current.submittedBy,
        at: formatDateTime(new Date(context.current.submittedAt)),
      }),
    );
  } else {
    step = firstStep(context);
    await ctx.reply(
      ctx.t("submit-intro", {
        period,
        organisation: context.organisation.name,
        count: context.indicators.length,
        deadline: formatDateTime(option.deadline),
      }),
    );
  }
  const session: SubmitSession = {
    report: {
      quarter: context.periodKey,
      deadline: option.deadline.toISOString(),
      baseVersion,
      ...(onBehalfOf === undefined ? {} : { onBehalfOf }),
    },
    step,
    prompt,
    shownAt: "",
  };
  await apply(ctx, session, report, { kind: "goto", step, baseVersion });
}

/** The session's report, read again from the database: the draft as stored, the catalog as it is now. */
async function loadReport(ctx: BotContext, session: SubmitSession): Promise<LoadedReport | undefined> {
  const stored = session.report;
  const quarter = stored && parsePeriodKey(stored.quarter);
  if (!stored || quarter?.kind !== "quarter" || !ctx.actor) return undefined;
  const context = await ctx.deps.services.submissions.context(ctx.actor, quarter, new Date(stored.deadline), stored.onBehalfOf);
  if (!context) return undefined;
  const draft =
    context.draft?.draft ?? (context.current && stored.baseVersion === context.current.version ? draftFrom(context.current) : emptyDraft());
  return { context, baseVersion: stored.baseVersion, draft };
}

/** Carries out a step's decision: stores the new step with the update and shows its prompt. */
async function apply(ctx: BotContext, session: SubmitSession, report: LoadedReport | undefined, transition: Transition): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined || transition.kind === "stay") return;
  const { services } = ctx.deps;
  if (transition.kind === "end") return endSession(services, chatId);
  if (transition.kind === "again") return showPrompt(ctx, session, report);
  const { lastAnswer: _previousAnswer, ...rest } = session;
  const next: SubmitSession = {
    ...rest,
    ...(session.report && transition.baseVersion !== undefined
      ? { report: { ...session.report, baseVersion: transition.baseVersion } }
      : {}),
    step: clampStep(transition.step, report),
    // A step that keeps its prompt keeps the number its buttons carry.
    prompt: transition.keepPrompt ? session.prompt : session.prompt + 1,
    shownAt: transition.keepPrompt ? session.shownAt : services.clock().toISOString(),
    // Only the message just taken counts as the answer before: any other move forgets it.
    ...(transition.answered ? { lastAnswer: transition.answered } : {}),
  };
  const shown = report && transition.baseVersion !== undefined ? { ...report, baseVersion: transition.baseVersion } : report;
  if (!transition.quiet && !transition.keepPrompt) await showPrompt(ctx, next, shown);
  await writeSession(services, chatId, next);
}

/** An item past the end (the catalog shrank) is the card. */
function clampStep(step: SubmitStep, report: LoadedReport | undefined): SubmitStep {
  if ((step.kind === "item" || step.kind === "reading" || step.kind === "follow-up") && report && step.index >= itemCount(report.context))
    return { kind: "review" };
  if ((step.kind === "task" || step.kind === "task-note") && report && step.index >= taskCount(report.context)) return { kind: "review" };
  return step;
}
