import { linkedGroupChatId } from "../../../app/group-service.js";
import { formatDateTime } from "../../../domain/periods/format-date.js";
import { formatPeriod } from "../../../domain/periods/format-period.js";
import { readChoiceWord } from "../../../domain/submission/controls.js";
import type { BotContext } from "../../context.js";
import { replyInParts } from "../../reply-in-parts.js";
import type { Input } from "./input.js";
import { tellRepresentatives } from "./on-behalf.js";
import { itemCount, type LoadedReport } from "./prompts.js";
import { pendingProposals, takeAllProposals } from "./proposal-step.js";
import { reportInput } from "./report-input.js";
import { reviewCard, reviewKeyboard } from "./review-card.js";
import type { SubmitSession } from "./session.js";
import { commonInput, draftFrom, type Transition } from "./steps.js";
import { editedTask } from "./task-step.js";

/** The review card: confirm stores the report, edit opens the menu, back goes to the last item. */
export async function reviewStep(ctx: BotContext, session: SubmitSession, report: LoadedReport, input: Input): Promise<Transition> {
  // The card's buttons, typed: "xác nhận" / "ok" / "đồng ý", "sửa".
  const word = input.kind === "text" ? readChoiceWord(input.text) : undefined;
  const { pending } = pendingProposals(report.draft);
  if (input.kind === "button" && input.data === "accept-all") {
    await ctx.reply(ctx.t("review-accepted-all", { count: await takeAllProposals(ctx, report) }));
    return { kind: "goto", step: { kind: "review" } };
  }
  if (((input.kind === "button" && input.data === "confirm") || word === "confirm") && pending > 0) {
    // Never stored unseen: what the report proposed is confirmed first, here or item by item.
    await ctx.reply(ctx.t("review-proposals-pending", { count: pending }), {
      reply_markup: reviewKeyboard(ctx, session.prompt, report.draft),
    });
    return { kind: "stay" };
  }
  if ((input.kind === "button" && input.data === "confirm") || word === "confirm") return confirm(ctx, report);
  if ((input.kind === "button" && input.data === "edit") || word === "edit") return { kind: "goto", step: { kind: "edit" } };
  if (input.kind === "button" && input.data === "cancel")
    return (await commonInput(ctx, { kind: "control", control: "cancel" })) ?? { kind: "end" };
  if (input.kind === "control" && input.control === "back") {
    return { kind: "goto", step: { kind: "item", index: itemCount(report.context) - 1, returnTo: "review" } };
  }
  const reading = await reportInput(ctx, session, report, input);
  if (reading) return reading;
  const common = await commonInput(ctx, input);
  if (common) return common;
  // The card's buttons again under the hint: in the console a number answers the latest
  // message's buttons, and the card is no longer the latest.
  await ctx.reply(ctx.t("review-use-buttons"), { reply_markup: reviewKeyboard(ctx, session.prompt, report.draft) });
  return { kind: "stay" };
}

/** The edit menu: an item's button opens it; anything else goes back to the card. */
export async function editStep(ctx: BotContext, report: LoadedReport, input: Input): Promise<Transition> {
  const item = input.kind === "button" ? /^item:(\d+)$/.exec(input.data) : null;
  if (item && Number(item[1]) < itemCount(report.context)) {
    return { kind: "goto", step: { kind: "item", index: Number(item[1]), returnTo: "review" } };
  }
  const task = input.kind === "button" ? editedTask(report.context, input.data) : undefined;
  if (task) return { kind: "goto", step: task };
  if (input.kind === "control" && input.control === "cancel") return (await commonInput(ctx, input)) ?? { kind: "end" };
  return { kind: "goto", step: { kind: "review" } };
}

/** Stores the reviewed draft: a receipt and the group's note, or why it could not be stored. */
async function confirm(ctx: BotContext, report: LoadedReport): Promise<Transition> {
  const { context } = report;
  const { submissions } = ctx.deps.services;
  const period = formatPeriod(context.quarter, ctx.t.bind(ctx));
  const result = await submissions.submit(context, report.baseVersion, report.draft);
  if (result.kind === "locked" || result.kind === "not-representative") {
    const key = { locked: "submit-locked", "not-representative": "submit-no-longer-representative" }[result.kind];
    await ctx.reply(ctx.t(key, { period }), { reply_markup: { remove_keyboard: true } });
    return { kind: "end" };
  }
  if (result.kind === "conflict") {
    const current = await submissions.current(context);
    const version = current?.version ?? result.currentVersion;
    if (current?.submittedById === context.personId) {
      // The same confirm, pressed twice (two devices, two instances): it is stored already.
      await ctx.reply(ctx.t("submit-already-stored", { period, version, at: formatDateTime(new Date(current.submittedAt)) }), {
        reply_markup: { remove_keyboard: true },
      });
      return { kind: "end" };
    }
    await ctx.reply(
      ctx.t("submit-conflict", {
        by: current?.submittedBy ?? "",
        at: current ? formatDateTime(new Date(current.submittedAt)) : "",
        version,
      }),
    );
    if (current) {
      const theirs = reviewCard(ctx, 0, context, draftFrom(current), version - 1);
      await replyInParts(ctx, `${ctx.t("submit-conflict-theirs", { version })}\n\n${theirs.body}`);
    }
    return { kind: "goto", step: { kind: "review" }, baseVersion: version };
  }
  ctx.deps.metrics.submissionStored();
  const receipt = ctx.t(result.version === 1 ? "submit-receipt" : "submit-receipt-corrected", {
    organisation: context.organisation.name,
    period,
    version: result.version,
    at: formatDateTime(result.at),
  });
  // The secretariat's receipt says whose report it entered, and that its representatives were told.
  const onBehalf = context.onBehalf ? `\n${ctx.t("submit-receipt-on-behalf", { organisation: context.organisation.name })}` : "";
  const late = result.late ? `\n${ctx.t("submit-receipt-late")}` : "";
  await ctx.reply(`${receipt}${late}${onBehalf}`, { reply_markup: { remove_keyboard: true } });
  if (context.onBehalf) await tellRepresentatives(ctx, context, result.version);
  await notifyGroup(ctx, report, result.version, result.submitted, result.total);
  return { kind: "end" };
}

/** Posts the progress note to the bloc's group, if one is linked on this channel, in the bloc's language. */
async function notifyGroup(ctx: BotContext, report: LoadedReport, version: number, submitted: number, total: number): Promise<void> {
  const { context } = report;
  const chatId = linkedGroupChatId(context, ctx.deps.channel);
  if (!chatId) return;
  const groupText = ctx.groupText;
  const period = formatPeriod(context.quarter, groupText);
  const text =
    version === 1
      ? groupText("group-submitted", { organisation: context.organisation.name, period, submitted, total })
      : groupText("group-corrected", { organisation: context.organisation.name, period, version });
  await ctx.api.sendMessage(chatId, text);
}
