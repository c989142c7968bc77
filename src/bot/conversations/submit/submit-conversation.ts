import { InlineKeyboard } from "grammy";
import type { Services } from "../../../app/services.js";
import type { SubmissionContext } from "../../../app/submission-service.js";
import type { CurrentSubmission } from "../../../db/repositories/submission-repository.js";
import { formatDateTime } from "../../../domain/periods/format-date.js";
import { formatPeriod } from "../../../domain/periods/format-period.js";
import type { Quarter } from "../../../domain/periods/period.js";
import { answeredCount, type Draft, emptyDraft, TEXT_SECTIONS } from "../../../domain/submission/draft.js";
import type { Channel } from "../../deps.js";
import { replyInParts } from "../../reply-in-parts.js";
import { askFigure, echoText } from "./ask-figure.js";
import { askText } from "./ask-text.js";
import { editMenu, reviewCard } from "./review-card.js";
import type { ConversationContext, SubmitConversation } from "./types.js";
import { ownButton, waitAnswer } from "./wait-answer.js";

/** The conversation's id, for `ctx.conversation.enter`. */
export const SUBMIT_CONVERSATION_ID = "submit";

/** Bump when the steps change: stored states of another version are discarded, drafts stay. */
export const SUBMIT_CONVERSATION_VERSION = 2;

/** Translates into the bloc's language, for what is posted to the group. */
export type GroupTranslate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Builds the `/nop` conversation: the quarter, one question per indicator then the texts, the
 * review card, confirmation. Every answer is saved to the draft as it is given, and all
 * database work runs in `conversation.external`.
 */
export function createSubmitConversation(services: Services, channel: Channel, groupText: GroupTranslate) {
  return async function submit(conversation: SubmitConversation, ctx: ConversationContext): Promise<void> {
    const open = await conversation.external(async (outer) =>
      outer.actor
        ? (await services.submissions.openQuarters(outer.actor)).map((item) => ({ ...item, deadline: item.deadline.toISOString() }))
        : [],
    );
    if (open.length === 0) {
      await ctx.reply(ctx.t("submit-no-open-quarter"));
      return;
    }
    const chosen = open.length > 1 ? await pickQuarter(conversation, ctx, open) : open[0];
    if (!chosen) {
      await ctx.reply(ctx.t("submit-cancelled-nothing"), { reply_markup: { remove_keyboard: true } });
      return;
    }
    if (chosen.locked) {
      await ctx.reply(ctx.t("submit-locked", { period: formatPeriod(chosen.quarter, ctx.t.bind(ctx)) }));
      return;
    }
    const quarter = chosen.quarter;
    const deadline = new Date(chosen.deadline);
    const context = await conversation.external((outer) =>
      outer.actor ? services.submissions.context(outer.actor, quarter, deadline) : undefined,
    );
    if (!context) {
      await ctx.reply(ctx.t("submit-not-representative"));
      return;
    }
    const period = formatPeriod(context.quarter, ctx.t.bind(ctx));
    if (context.othersDrafting.length) {
      await ctx.reply(ctx.t("submit-others-drafting", { names: context.othersDrafting.join(", ") }));
    }

    let draft: Draft = emptyDraft();
    let baseVersion = context.current?.version ?? 0;
    let start = 0;
    const total = context.indicators.length + TEXT_SECTIONS.length;
    if (context.draft) {
      const choices = new InlineKeyboard()
        .text(ctx.t("submit-draft-continue"), ownButton("draft:continue"))
        .row()
        .text(ctx.t("submit-draft-restart"), ownButton("draft:restart"));
      await ctx.reply(
        ctx.t("submit-draft-found", {
          period,
          count: answeredCount(context.draft.draft),
          saved: formatDateTime(new Date(context.draft.updatedAt)),
        }),
        { reply_markup: choices },
      );
      const pressed = await waitForChoice(conversation, ctx, choices, "submit-draft-choose", (data) => data);
      if (pressed === undefined) {
        await ctx.reply(ctx.t("submit-cancelled-kept"), { reply_markup: { remove_keyboard: true } });
        return;
      }
      if (pressed === "draft:restart") {
        await conversation.external(() => services.submissions.discardDraft(context));
        draft = context.current ? draftFrom(context.current) : emptyDraft();
        start = context.current ? total : 0;
      } else {
        draft = context.draft.draft;
        baseVersion = context.draft.baseVersion;
        start = firstUnanswered(context, draft);
      }
    } else if (context.current) {
      draft = draftFrom(context.current);
      start = total;
      await ctx.reply(
        ctx.t("submit-correcting", {
          period,
          version: context.current.version,
          by: context.current.submittedBy,
          at: formatDateTime(new Date(context.current.submittedAt)),
        }),
      );
    } else {
      await ctx.reply(
        ctx.t("submit-intro", {
          period,
          organisation: context.organisation.name,
          count: context.indicators.length,
          deadline: formatDateTime(deadline),
        }),
      );
    }

    const save = () => conversation.external(() => services.submissions.saveDraft(context, baseVersion, draft));
    /** Asks item `index` (a figure, then the texts); false when the person cancelled. */
    const askItem = async (index: number, returnTo?: "review"): Promise<"next" | "back" | "cancel"> => {
      const position = `${index + 1}/${total}`;
      const indicator = context.indicators[index];
      if (indicator) {
        const outcome = await askFigure(conversation, ctx, indicator, position, draft.values[indicator.code]);
        if (outcome.kind === "back" || outcome.kind === "cancel") return outcome.kind;
        draft.values[indicator.code] = outcome.kind === "skip" ? { value: null, raw: "", hedge: null } : outcome.answer;
        await save();
        await ctx.reply(
          outcome.kind === "skip" ? ctx.t("submit-skipped", { name: indicator.name }) : echoText(ctx, outcome, indicator.unit),
        );
        return "next";
      }
      const section = TEXT_SECTIONS[index - context.indicators.length];
      if (!section) return "next";
      const outcome = await askText(conversation, ctx, section, position, draft.texts[section]);
      if (outcome.kind === "back" || outcome.kind === "cancel") return outcome.kind;
      if (outcome.kind === "skip") delete draft.texts[section];
      else draft.texts[section] = outcome.text;
      await save();
      if (returnTo !== "review") await ctx.reply(ctx.t(outcome.kind === "skip" ? "submit-text-skipped" : "submit-text-saved"));
      return "next";
    };

    let index = start;
    while (index < total) {
      const step = await askItem(index);
      if (step === "cancel") return cancelled(ctx);
      index = step === "back" ? Math.max(0, index - 1) : index + 1;
    }

    for (;;) {
      const card = reviewCard(ctx, context, draft, baseVersion);
      await replyInParts(ctx, `${card.body}\n\n${ctx.t("review-prompt")}`, card.keyboard);
      const { answer } = await waitAnswer(conversation);
      const action = answer.kind === "button" ? answer.data : answer.kind;
      if (action === "cancel" || action === "review:cancel") return cancelled(ctx);
      if (action === "back") {
        if ((await askItem(total - 1, "review")) === "cancel") return cancelled(ctx);
        continue;
      }
      if (action === "review:edit") {
        const menu = editMenu(ctx, context);
        await ctx.reply(menu.text, { reply_markup: menu.keyboard });
        const { answer: pick } = await waitAnswer(conversation);
        const item = pick.kind === "button" ? /^edit:(\d+)$/.exec(pick.data) : null;
        if (item && (await askItem(Number(item[1]), "review")) === "cancel") return cancelled(ctx);
        continue;
      }
      if (action !== "review:confirm") {
        await ctx.reply(ctx.t("review-use-buttons"));
        continue;
      }
      const result = await conversation.external(() => services.submissions.submit(context, baseVersion, draft));
      if (result.kind === "locked") {
        await ctx.reply(ctx.t("submit-locked", { period }), { reply_markup: { remove_keyboard: true } });
        return;
      }
      if (result.kind === "conflict") {
        const current = await conversation.external(() => services.submissions.current(context));
        baseVersion = current?.version ?? result.currentVersion;
        await ctx.reply(
          ctx.t("submit-conflict", {
            by: current?.submittedBy ?? "",
            at: current ? formatDateTime(new Date(current.submittedAt)) : "",
            version: baseVersion,
          }),
        );
        if (current) {
          const theirs = reviewCard(ctx, context, draftFrom(current), baseVersion - 1);
          await replyInParts(ctx, `${ctx.t("submit-conflict-theirs", { version: baseVersion })}\n\n${theirs.body}`);
        }
        continue;
      }
      await ctx.reply(
        ctx.t(result.version === 1 ? "submit-receipt" : "submit-receipt-corrected", {
          organisation: context.organisation.name,
          period,
          version: result.version,
          at: formatDateTime(result.at),
        }),
        { reply_markup: { remove_keyboard: true } },
      );
      await notifyGroup(conversation, context, channel, groupText, result.version, result.submitted, result.total);
      return;
    }
  };
}

/**
 * Asks which of the open quarters the report is for, until a button is pressed; only "hủy" or
 * /huy stops. Undefined when stopped.
 */
async function pickQuarter<T extends { quarter: Quarter }>(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  open: readonly T[],
): Promise<T | undefined> {
  const keyboard = new InlineKeyboard();
  open.forEach((item, index) => {
    keyboard.text(formatPeriod(item.quarter, ctx.t.bind(ctx)), ownButton(`quarter:${index}`));
  });
  await ctx.reply(ctx.t("submit-which-quarter"), { reply_markup: keyboard });
  return waitForChoice(conversation, ctx, keyboard, "submit-which-quarter-again", (data) => {
    const picked = /^quarter:(\d)$/.exec(data);
    return picked ? open[Number(picked[1])] : undefined;
  });
}

/**
 * Waits for a press of one of the buttons just offered, which `accept` turns into what it
 * means; anything else (typed text, another button) is answered with `againKey` and the buttons
 * again, so nothing typed is silently dropped. Undefined when the person cancels.
 */
async function waitForChoice<T>(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  keyboard: InlineKeyboard,
  againKey: string,
  accept: (data: string) => T | undefined,
): Promise<T | undefined> {
  for (;;) {
    const { answer } = await waitAnswer(conversation);
    if (answer.kind === "cancel") return undefined;
    const chosen = answer.kind === "button" ? accept(answer.data) : undefined;
    if (chosen !== undefined) return chosen;
    await ctx.reply(ctx.t(againKey), { reply_markup: keyboard });
  }
}

/** A draft holding a stored version's answers, for corrections and conflicts. */
function draftFrom(current: CurrentSubmission): Draft {
  return {
    values: Object.fromEntries(
      Object.entries(current.values).map(([code, item]) => [code, { value: item.value, raw: item.raw ?? "", hedge: item.hedge }]),
    ),
    texts: { ...current.texts },
  };
}

/** The first item (figures, then texts) the draft has no answer for; all answered: the review. */
function firstUnanswered(context: SubmissionContext, draft: Draft): number {
  const figure = context.indicators.findIndex((indicator) => !(indicator.code in draft.values));
  if (figure >= 0) return figure;
  const text = TEXT_SECTIONS.findIndex((section) => !(section in draft.texts));
  return text >= 0 ? context.indicators.length + text : context.indicators.length + TEXT_SECTIONS.length;
}

async function cancelled(ctx: ConversationContext): Promise<void> {
  await ctx.reply(ctx.t("submit-cancelled-kept"), { reply_markup: { remove_keyboard: true } });
}

/** Posts the progress note to the bloc's group, if one is linked on this channel. */
async function notifyGroup(
  conversation: SubmitConversation,
  context: SubmissionContext,
  channel: Channel,
  groupText: GroupTranslate,
  version: number,
  submitted: number,
  total: number,
): Promise<void> {
  const [groupChannel, chatId] = context.groupChat?.split(":") ?? [];
  if (!chatId || groupChannel !== channel) return;
  const period = formatPeriod(context.quarter, groupText);
  const text =
    version === 1
      ? groupText("group-submitted", { organisation: context.organisation.name, period, submitted, total })
      : groupText("group-corrected", { organisation: context.organisation.name, period, version });
  await conversation.external(async (outer) => {
    await outer.api.sendMessage(chatId, text).catch((error: unknown) => {
      outer.logger.warn({ err: error, chatId }, "could not post the progress note to the group");
    });
  });
}
