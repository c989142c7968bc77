import { Composer, InlineKeyboard } from "grammy";
import { linkedGroupChatId } from "../../app/group-service.js";
import type { BlocRecord } from "../../db/repositories/catalog-repository.js";
import { formatPeriod } from "../../domain/periods/format-period.js";
import { parsePeriod } from "../../domain/periods/parse-period.js";
import { parsePeriodKey, periodKey, type Quarter } from "../../domain/periods/period.js";
import { briefingQuarters, compileBriefing, renderBriefing } from "../../domain/reports/briefing.js";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "../../domain/reports/split-message.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";
import type { FollowUps } from "../outbox/outbox-deliverer.js";
import { toTelegramHtml } from "../render/telegram-html.js";
import { withFileButtons, wordFile } from "./briefing-files.js";

/**
 * `/baocao` (`/report`): the quarter's compiled briefing. In a private chat it is a preview
 * with a button to post it to the bloc's group; in the group it is posted there. Each post that
 * reached the group is counted, so a post after corrections is marked as an updated version.
 * The preview's button names the version it previews, so tapping it twice posts once.
 */
export const briefingFeature = new Composer<BotContext>();

briefingFeature.command(commandNames("baocao"), requireAccess("baocao"), async (ctx) => {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return;
  const quarter = await requestedQuarter(ctx, bloc, ctx.match.trim());
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
        reply_markup: withFileButtons(
          ctx,
          quarter,
          groupChatId
            ? new InlineKeyboard().text(ctx.t("briefing-post-button"), `brief:${periodKey(quarter)}:${version}`).row()
            : new InlineKeyboard(),
        ),
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
  const version = await ctx.deps.services.reports.recordBriefingPosted(bloc, quarter);
  if (version !== undefined) await post(ctx, bloc, quarter, groupChatId, version);
});

briefingFeature.callbackQuery(/^brief:([^:]+)(?::(\d+))?$/, requireAccess("baocao"), async (ctx) => {
  await ctx.answerCallbackQuery();
  const bloc = ctx.actor?.bloc;
  const period = parsePeriodKey(ctx.match[1] ?? "");
  const chatId = linkedGroupChatId(bloc, ctx.deps.channel);
  if (!bloc || period?.kind !== "quarter" || !chatId) {
    await ctx.reply(ctx.t("briefing-no-group"));
    return;
  }
  const previewed = Number(ctx.match[2] ?? 0);
  const { reports } = ctx.deps.services;
  const version = await reports.recordBriefingPosted(bloc, period, previewed > 0 ? previewed : undefined);
  const formatted = formatPeriod(period, ctx.t.bind(ctx));
  if (version === undefined) {
    await ctx.reply(ctx.t("briefing-already-posted", { period: formatted, version: await reports.briefingVersion(bloc, period) }));
    return;
  }
  await post(ctx, bloc, period, chatId, version, ctx.chat ? { chatId: ctx.chat.id, period: formatted } : undefined);
});

/** Where to say how a post went: the admin's chat, with the period as they read it. */
interface PostNotice {
  chatId: number;
  period: string;
}

/**
 * Compiles post `version` of the briefing and posts it to a group chat with the update. The
 * post is counted before (recordBriefingPosted) and taken back if the group refuses it (see
 * `briefingFollowUps`), so only posts that arrived are counted; the admin who asked is told
 * either way.
 */
async function post(
  ctx: BotContext,
  bloc: BlocRecord,
  quarter: Quarter,
  chatId: string,
  version: number,
  notice?: PostNotice,
): Promise<void> {
  const parts = await briefingParts(ctx, bloc, quarter, version);
  const series = `briefing:${bloc.id}:${periodKey(quarter)}:${version}`;
  for (const [index, part] of parts.entries()) {
    const purpose = {
      kind: BRIEFING_POST,
      series,
      last: index === parts.length - 1,
      blocId: bloc.id,
      quarter: periodKey(quarter),
      version,
      ...(notice
        ? {
            notifyChatId: notice.chatId,
            postedText: ctx.t("briefing-posted", { period: notice.period, version }),
            refusedText: ctx.t("briefing-post-refused", { period: notice.period }),
          }
        : {}),
    };
    await ctx.outbox.withPurpose(purpose, () => ctx.api.sendMessage(chatId, part, { parse_mode: "HTML" }));
  }
  // The group gets the Word file with the post (Zalo carries no files); it is not part of the
  // post's series, so a refused file does not take back a briefing that arrived.
  if (ctx.deps.channel !== "zalo") {
    const caption = ctx.t("docs-caption-word", { period: formatPeriod(quarter, ctx.t.bind(ctx)) });
    await ctx.api.sendDocument(chatId, await wordFile(ctx, bloc, quarter, version), { caption });
  }
}

const BRIEFING_POST = "briefing-post";

/**
 * After the outbox sent a briefing: the admin is told it is in the group; when the group
 * refused it (the bot was removed, or may not write there), the post is not counted and the
 * admin is told how to put it right.
 */
export const briefingFollowUps: FollowUps = {
  [BRIEFING_POST]: {
    sent: async (purpose) =>
      purpose.last && typeof purpose.notifyChatId === "number"
        ? [{ method: "sendMessage", payload: { chat_id: purpose.notifyChatId, text: purpose.postedText }, purpose: null }]
        : [],
    refused: async (purpose, services) => {
      await services.reports.withdrawBriefingPost(Number(purpose.blocId), String(purpose.quarter), Number(purpose.version));
      return typeof purpose.notifyChatId === "number"
        ? [{ method: "sendMessage", payload: { chat_id: purpose.notifyChatId, text: purpose.refusedText }, purpose: null }]
        : [];
    },
  },
};

/** The briefing as Telegram HTML, in messages under Telegram's limit split between paragraphs. */
async function briefingParts(ctx: BotContext, bloc: BlocRecord, quarter: Quarter, version: number): Promise<string[]> {
  const { reports } = ctx.deps.services;
  const data = await reports.data(bloc, briefingQuarters(quarter));
  const briefing = renderBriefing(compileBriefing(data, quarter, { version, now: reports.now() }), ctx.t.bind(ctx));
  return splitMessage(toTelegramHtml(briefing), TELEGRAM_MESSAGE_LIMIT);
}

/** The quarter named after /baocao, or the one being reported on now. */
async function requestedQuarter(ctx: BotContext, bloc: BlocRecord, text: string): Promise<Quarter | undefined> {
  const now = ctx.deps.services.clock();
  if (text) {
    const parsed = parsePeriod(text, now);
    return parsed?.period.kind === "quarter" ? parsed.period : undefined;
  }
  return ctx.deps.services.submissions.reportingQuarter(bloc);
}
