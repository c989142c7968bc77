import { Composer, InlineKeyboard } from "grammy";
import { linkedGroupChatId } from "../../app/group-service.js";
import type { BlocRecord } from "../../db/repositories/catalog-repository.js";
import { formatPeriod } from "../../domain/periods/format-period.js";
import { parsePeriod } from "../../domain/periods/parse-period.js";
import { currentQuarter, type Period, parsePeriodKey, periodKey } from "../../domain/periods/period.js";
import { ReportIndex } from "../../domain/reports/aggregate.js";
import { compileBriefing } from "../../domain/reports/briefing.js";
import type { BriefingFraming } from "../../domain/reports/briefing-framing.js";
import { briefingQuarters, periodInFuture } from "../../domain/reports/briefing-period.js";
import { renderBriefing } from "../../domain/reports/briefing-prose.js";
import { quartersOnRecord } from "../../domain/reports/period-coverage.js";
import type { Translate } from "../../domain/text/translate.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";
import type { FollowUps } from "../outbox/outbox-deliverer.js";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "../render/split-html.js";
import { toTelegramHtml } from "../render/telegram-html.js";
import { carriesFiles, withFileButtons, wordFile } from "./briefing-files.js";
import { listVersions, readVersionsRequest, resendVersion } from "./briefing-versions.js";

/**
 * `/baocao` (`/report`): the compiled briefing of the quarter, or of a half-year, nine months or
 * a year (`/baocao năm 2023`). In a private chat it is a preview with buttons to edit its
 * framing (briefing-framing.ts) and to post it to the bloc's group; in the group it is posted
 * there. Each post that reached the group is counted and kept as posted, so a post after
 * corrections is marked as an updated version; `/baocao phienban` lists them and `/baocao
 * phienban 2` sends version 2 again as posted (briefing-versions.ts). The
 * preview's button names the version it previews, so tapping it twice posts once.
 */
export const briefingFeature = new Composer<BotContext>();

briefingFeature.command(commandNames("baocao"), requireAccess("baocao"), async (ctx) => {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return;
  const text = ctx.match.trim();
  const versions = readVersionsRequest(text);
  const period = await requestedPeriod(ctx, bloc, versions?.rest ?? text);
  if (!period) {
    await ctx.reply(ctx.t("briefing-usage"));
    return;
  }
  if (versions) {
    if (versions.version === undefined) await listVersions(ctx, bloc, period);
    else await resendVersion(ctx, bloc, period, versions.version);
    return;
  }
  const refusal = await refusalFor(ctx, bloc, period);
  if (refusal) {
    await ctx.reply(refusal);
    return;
  }
  const groupChatId = linkedGroupChatId(bloc, ctx.deps.channel);
  if (ctx.chat.type === "private") {
    await showPreview(ctx, bloc, period);
    return;
  }
  // Only into the group the bloc linked: the group gate already keeps others closed, and the
  // briefing is the one thing here that writes a bloc's figures into a chat.
  if (groupChatId !== String(ctx.chat.id)) {
    await ctx.reply(ctx.t("group-not-linked"));
    return;
  }
  const version = await ctx.deps.services.reports.recordBriefingPosted(bloc, period);
  if (version !== undefined) await post(ctx, bloc, period, groupChatId, version);
});

/**
 * The preview of the quarter's next version in a private chat: the briefing as it would be
 * posted, then what its framing still lacks, the versions posted so far, and the buttons to
 * edit the assessment, the attendees, the conclusions (and the meeting, when the calendar has
 * none), to post it, and to get it as files.
 */
export async function showPreview(ctx: BotContext, bloc: BlocRecord, period: Period): Promise<void> {
  const { reports, framing } = ctx.deps.services;
  const version = (await reports.briefingVersion(bloc, period)) + 1;
  const view = await framing.framing(bloc, period);
  for (const part of await briefingParts(ctx, ctx.t.bind(ctx), bloc, period, version, view.framing))
    await ctx.reply(part, { parse_mode: "HTML" });
  const groupChatId = linkedGroupChatId(bloc, ctx.deps.channel);
  const formatted = formatPeriod(period, ctx.t.bind(ctx));
  const lines = [ctx.t(groupChatId ? "briefing-preview" : "briefing-preview-no-group", { period: formatted })];
  if (!view.framing.meeting) lines.push(ctx.t(view.attendees ? "framing-no-meeting-attendees" : "framing-no-meeting"));
  lines.push(
    view.framing.conclusions
      ? ctx.t("framing-final", { by: view.framing.conclusions.enteredBy || ctx.t("framing-someone") })
      : ctx.t("framing-not-final"),
  );
  const posts = await framing.posts(bloc, period);
  if (posts.length) lines.push(ctx.t("framing-posted-versions", { count: posts.length }));
  if (!carriesFiles(ctx)) lines.push(ctx.t("docs-no-files-here"));
  const key = periodKey(period);
  const keyboard = new InlineKeyboard()
    .text(ctx.t("framing-button-assessment"), `frame:${key}:assessment`)
    .text(ctx.t("framing-button-attendees"), `frame:${key}:attendees`)
    .row()
    .text(ctx.t("framing-button-conclusions"), `frame:${key}:conclusions`);
  if (!view.meetingInCalendar) keyboard.text(ctx.t("framing-button-meeting"), `frame:${key}:meeting`);
  keyboard.row();
  if (groupChatId) keyboard.text(ctx.t("briefing-post-button"), `brief:${key}:${version}`).row();
  await ctx.reply(lines.join("\n"), { reply_markup: withFileButtons(ctx, period, keyboard) });
}

briefingFeature.callbackQuery(/^brief:([^:]+)(?::(\d+))?$/, requireAccess("baocao"), async (ctx) => {
  await ctx.answerCallbackQuery();
  const bloc = ctx.actor?.bloc;
  const period = parsePeriodKey(ctx.match[1] ?? "");
  const chatId = linkedGroupChatId(bloc, ctx.deps.channel);
  if (!bloc || !period || !chatId) {
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
  period: Period,
  chatId: string,
  version: number,
  notice?: PostNotice,
): Promise<void> {
  const { framing } = await ctx.deps.services.framing.framing(bloc, period);
  // The group reads the bloc's language (Vietnamese), whatever the language of the admin posting.
  const groupText = ctx.textFor(null);
  const parts = await briefingParts(ctx, groupText, bloc, period, version, framing);
  // Kept as posted, with the post's update: the version is forgotten again if the group refuses it.
  await ctx.deps.services.framing.recordPost(
    bloc,
    period,
    { version, text: parts.join("\n\n"), final: framing.conclusions !== undefined },
    ctx.actor,
  );
  const series = `briefing:${bloc.id}:${periodKey(period)}:${version}`;
  for (const [index, part] of parts.entries()) {
    const purpose = {
      kind: BRIEFING_POST,
      series,
      last: index === parts.length - 1,
      blocId: bloc.id,
      // The period's key, under the name outbox rows already queued carry it.
      quarter: periodKey(period),
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
  if (carriesFiles(ctx)) {
    const caption = groupText("docs-caption-word", { period: formatPeriod(period, groupText) });
    await ctx.api.sendDocument(chatId, await wordFile(ctx, bloc, period, version, framing, groupText), { caption });
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
      await services.framing.withdrawPost(Number(purpose.blocId), String(purpose.quarter), Number(purpose.version));
      return typeof purpose.notifyChatId === "number"
        ? [{ method: "sendMessage", payload: { chat_id: purpose.notifyChatId, text: purpose.refusedText }, purpose: null }]
        : [];
    },
  },
};

/** The briefing as Telegram HTML, in messages under Telegram's limit split between paragraphs. */
async function briefingParts(
  ctx: BotContext,
  t: Translate,
  bloc: BlocRecord,
  period: Period,
  version: number,
  framing: BriefingFraming,
): Promise<string[]> {
  const { reports } = ctx.deps.services;
  const data = await reports.data(bloc, briefingQuarters(period));
  const briefing = renderBriefing(compileBriefing(data, period, { version, now: reports.now(), framing }), t);
  return splitMessage(toTelegramHtml(briefing), TELEGRAM_MESSAGE_LIMIT);
}

/** The period named after /baocao (a quarter, "6 tháng đầu năm 2024", "năm 2023"…), or the quarter being reported on now. */
async function requestedPeriod(ctx: BotContext, bloc: BlocRecord, text: string): Promise<Period | undefined> {
  if (text) return parsePeriod(text, ctx.deps.services.clock(), bloc.timezone)?.period;
  return ctx.deps.services.submissions.reportingQuarter(bloc);
}

/**
 * Why a period cannot be briefed, in the reader's language: it has not begun, or (beyond a
 * quarter, whose briefing lists who is missing) nobody reported any of its quarters.
 */
async function refusalFor(ctx: BotContext, bloc: BlocRecord, period: Period): Promise<string | undefined> {
  const formatted = formatPeriod(period, ctx.t.bind(ctx));
  if (periodInFuture(period, currentQuarter(ctx.deps.services.clock(), bloc.timezone))) {
    return ctx.t("briefing-future", { period: formatted });
  }
  if (period.kind === "quarter") return undefined;
  const data = await ctx.deps.services.reports.data(bloc, [period]);
  return quartersOnRecord(new ReportIndex(data), period).length ? undefined : ctx.t("briefing-nothing-reported", { period: formatted });
}
