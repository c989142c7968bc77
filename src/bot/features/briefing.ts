import { Composer, GrammyError, InlineKeyboard } from "grammy";
import { linkedGroupChatId } from "../../app/group-service.js";
import type { BlocRecord } from "../../db/repositories/catalog-repository.js";
import { formatPeriod } from "../../domain/periods/format-period.js";
import { parsePeriod } from "../../domain/periods/parse-period.js";
import { parsePeriodKey, periodKey, type Quarter } from "../../domain/periods/period.js";
import { compileBriefing, renderBriefing } from "../../domain/reports/briefing.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";

/**
 * `/baocao` (`/report`): the quarter's compiled briefing. In a private chat it is a preview
 * with a button to post it to the bloc's group; in the group it is posted there. Each post that
 * reached the group is recorded, so a post after corrections is marked as an updated version.
 */
export const briefingFeature = new Composer<BotContext>();

briefingFeature.command(commandNames("baocao"), requireAccess("baocao"), async (ctx) => {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return;
  const quarter = requestedQuarter(ctx, bloc, ctx.match.trim());
  if (!quarter) {
    await ctx.reply(ctx.t("briefing-usage"));
    return;
  }
  const groupChatId = linkedGroupChatId(bloc, ctx.deps.channel);
  if (ctx.chat.type === "private") {
    const version = (await ctx.deps.services.reports.briefingVersion(bloc, quarter)) + 1;
    const parts = await briefingParts(ctx, bloc, quarter, version);
    for (const part of parts) await ctx.reply(part, { parse_mode: "HTML" });
    await ctx.reply(
      ctx.t(groupChatId ? "briefing-preview" : "briefing-preview-no-group", { period: formatPeriod(quarter, ctx.t.bind(ctx)) }),
      {
        ...(groupChatId ? { reply_markup: new InlineKeyboard().text(ctx.t("briefing-post-button"), `brief:${periodKey(quarter)}`) } : {}),
      },
    );
    return;
  }
  // Only into the group the bloc linked: the group gate already keeps others closed, and the
  // briefing is the one thing here that writes a bloc's figures into a chat.
  if (groupChatId !== String(ctx.chat.id)) {
    await ctx.reply(ctx.t("group-not-linked"));
    return;
  }
  await post(ctx, bloc, quarter, groupChatId);
});

briefingFeature.callbackQuery(/^brief:(\S+)$/, requireAccess("baocao"), async (ctx) => {
  await ctx.answerCallbackQuery();
  const bloc = ctx.actor?.bloc;
  const period = parsePeriodKey(ctx.match[1] ?? "");
  const chatId = linkedGroupChatId(bloc, ctx.deps.channel);
  if (!bloc || period?.kind !== "quarter" || !chatId) {
    await ctx.reply(ctx.t("briefing-no-group"));
    return;
  }
  try {
    const version = await post(ctx, bloc, period, chatId);
    await ctx.reply(ctx.t("briefing-posted", { period: formatPeriod(period, ctx.t.bind(ctx)), version }));
  } catch (error) {
    // Telegram refused the group (the bot was removed, or may not write there): the admin can
    // put that right. Anything else is for the error boundary.
    if (!(error instanceof GrammyError)) throw error;
    ctx.logger.warn({ err: error, chatId }, "could not post the briefing to the group");
    await ctx.reply(ctx.t("briefing-post-refused", { period: formatPeriod(period, ctx.t.bind(ctx)) }));
  }
});

/**
 * Compiles and posts the briefing to a group chat, and records the post once it is there (a
 * failed post is not counted); returns the version posted.
 */
async function post(ctx: BotContext, bloc: BlocRecord, quarter: Quarter, chatId: string): Promise<number> {
  const { reports } = ctx.deps.services;
  const version = (await reports.briefingVersion(bloc, quarter)) + 1;
  for (const part of await briefingParts(ctx, bloc, quarter, version)) {
    await ctx.api.sendMessage(chatId, part, { parse_mode: "HTML" });
  }
  return reports.recordBriefingPosted(bloc, quarter);
}

async function briefingParts(ctx: BotContext, bloc: BlocRecord, quarter: Quarter, version: number): Promise<string[]> {
  const { reports } = ctx.deps.services;
  const data = await reports.data(bloc);
  return renderBriefing(compileBriefing(data, quarter, { version, now: reports.now() }), ctx.t.bind(ctx));
}

/** The quarter named after /baocao, or the one being reported on now. */
function requestedQuarter(ctx: BotContext, bloc: BlocRecord, text: string): Quarter | undefined {
  const now = ctx.deps.services.clock();
  if (text) {
    const parsed = parsePeriod(text, now);
    return parsed?.period.kind === "quarter" ? parsed.period : undefined;
  }
  return ctx.deps.services.submissions.reportingQuarter(bloc);
}
