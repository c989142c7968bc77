import { Composer } from "grammy";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { continueSubmission, startSubmission } from "../conversations/submit/flow.js";
import { requireAccess } from "../middlewares/require-access.js";

/**
 * `/nop` (`/submit`) walks a representative through the quarter; `/huy` (`/cancel`) outside a
 * submission says there is nothing to cancel (locking is in locking.ts). The submission's step lives in the database, so a restart loses nothing.
 */
export const submitFeature = new Composer<BotContext>();

// First: while a submission is open, the chat's answers belong to it.
submitFeature.use(continueSubmission);

submitFeature.command(commandNames("nop"), requireAccess("nop"), startSubmission);

// The "Nộp báo cáo" button under a reminder: the same as typing /nop.
submitFeature.callbackQuery(/^rem:nop:/, requireAccess("nop"), async (ctx) => {
  await ctx.answerCallbackQuery();
  await startSubmission(ctx);
});

// A report file sent with no submission open opens one, as /nop, and reads the file at its
// first question; where /nop asks something first (which quarter, which organisation, the
// draft found) the file waits for the person to send it again at a question.
submitFeature.chatType("private").on("message:document", requireAccess("nop"), async (ctx) => {
  await startSubmission(ctx);
  await continueSubmission(ctx, async () => {
    await ctx.reply(ctx.t("report-start-first"));
  });
});

submitFeature.command(commandNames("huy"), requireAccess("huy"), async (ctx) => {
  await ctx.reply(ctx.t("submit-nothing-to-cancel"));
});
