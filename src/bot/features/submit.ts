import { Composer } from "grammy";
import { formatPeriod } from "../../domain/periods/format-period.js";
import { parsePeriod } from "../../domain/periods/parse-period.js";
import type { Quarter } from "../../domain/periods/period.js";
import { foldText } from "../../domain/text/fold.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { continueSubmission, startSubmission } from "../conversations/submit/flow.js";
import { requireAccess } from "../middlewares/require-access.js";

/**
 * `/nop` (`/submit`) walks a representative through the quarter; `/huy` (`/cancel`) outside a
 * submission says there is nothing to cancel; `/khoa` (`/lock`) locks or unlocks a quarter.
 * The submission's step lives in the database, so a restart loses nothing.
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

submitFeature.command(commandNames("huy"), requireAccess("huy"), async (ctx) => {
  await ctx.reply(ctx.t("submit-nothing-to-cancel"));
});

submitFeature.command(commandNames("khoa"), requireAccess("khoa"), async (ctx) => {
  const actor = ctx.actor;
  if (!actor?.bloc) return;
  const args = ctx.match.trim();
  const unlock = /^(mo|mo khoa|unlock)\b/.test(foldText(args));
  const rest = unlock ? args.replace(/^\S+(\s+khóa|\s+khoa)?/iu, "").trim() : args;
  let quarter: Quarter | undefined;
  if (rest) {
    const parsed = parsePeriod(rest, ctx.deps.services.clock());
    if (parsed?.period.kind === "quarter") quarter = parsed.period;
  } else {
    quarter = (await ctx.deps.services.submissions.openQuarters(actor))[0]?.quarter;
  }
  if (!quarter) {
    await ctx.reply(ctx.t("lock-usage"));
    return;
  }
  await ctx.deps.services.submissions.setLocked(actor, quarter, !unlock);
  await ctx.reply(ctx.t(unlock ? "lock-unlocked" : "lock-locked", { period: formatPeriod(quarter, ctx.t.bind(ctx)) }));
});
