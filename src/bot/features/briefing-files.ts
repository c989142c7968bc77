import { Composer, type InlineKeyboard, InputFile } from "grammy";
import type { BlocRecord } from "../../db/repositories/catalog-repository.js";
import { formatPeriod } from "../../domain/periods/format-period.js";
import { type Period, parsePeriodKey, periodKey } from "../../domain/periods/period.js";
import { compileBriefing } from "../../domain/reports/briefing.js";
import { briefingChart } from "../../domain/reports/briefing-chart-data.js";
import { briefingDocument, placeName } from "../../domain/reports/briefing-document.js";
import type { BriefingFraming } from "../../domain/reports/briefing-framing.js";
import { briefingQuarters, periodFileKey, sheetPeriods, trendQuarters } from "../../domain/reports/briefing-period.js";
import { briefingSheets } from "../../domain/reports/briefing-sheets.js";
import type { Translate } from "../../domain/text/translate.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";

/** The files a briefing is offered as; each is a button `docs:<period key>:<kind>`. */
const FILE_KINDS = ["word", "excel", "chart"] as const;
type FileKind = (typeof FILE_KINDS)[number];

/**
 * The briefing as files: after the preview of `/baocao` in a private chat the buttons "📄 Word",
 * "📊 Excel" and "📈 Biểu đồ" send the quarter's Word document (Decree 30/2020), spreadsheet
 * and chart, for the quarter or the longer period previewed. They are
 * made when asked, from the reports as they are then; on Zalo, which carries no files, the
 * preview offers none and says where to get them. The file makers are imported when first
 * asked for: their libraries (exceljs, docx, resvg) cost an idle bot about 10 MiB (issue 17).
 */
export const briefingFilesFeature = new Composer<BotContext>();

briefingFilesFeature.callbackQuery(/^docs:([^:]+):(word|excel|chart)$/, requireAccess("baocao"), async (ctx) => {
  await ctx.answerCallbackQuery();
  const bloc = ctx.actor?.bloc;
  const period = parsePeriodKey(ctx.match[1] ?? "");
  if (!bloc || !period || !ctx.chat) return;
  const kind = ctx.match[2] as FileKind;
  const formatted = formatPeriod(period, ctx.t.bind(ctx));
  if (kind === "chart") {
    await ctx.replyWithPhoto(await chartFile(ctx, bloc, period), { caption: ctx.t("docs-caption-chart", { period: formatted }) });
    return;
  }
  const file = kind === "word" ? await wordFile(ctx, bloc, period) : await excelFile(ctx, bloc, period);
  await ctx.replyWithDocument(file, {
    caption: ctx.t(kind === "word" ? "docs-caption-word" : "docs-caption-excel", { period: formatted }),
  });
});

/** Whether the chat's channel delivers files: Zalo's Bot API sends text only, so there the preview says where to get them. */
export function carriesFiles(ctx: BotContext): boolean {
  return ctx.deps.channel !== "zalo";
}

/** `keyboard` with a row of buttons that offer the period's files, for under the preview; unchanged where no file can be sent. */
export function withFileButtons(ctx: BotContext, period: Period, keyboard: InlineKeyboard): InlineKeyboard {
  if (!carriesFiles(ctx)) return keyboard;
  for (const kind of FILE_KINDS) keyboard.text(ctx.t(`docs-button-${kind}`), `docs:${periodKey(period)}:${kind}`);
  return keyboard;
}

/**
 * The period's briefing as the Word document, named for the period, in the reader's language
 * (`t`; the group's, for the file posted with the briefing), with its framing (the one posted with it, else the period's as it is now).
 */
export async function wordFile(
  ctx: BotContext,
  bloc: BlocRecord,
  period: Period,
  version = 1,
  framing?: BriefingFraming,
  t: Translate = ctx.t.bind(ctx),
): Promise<InputFile> {
  const { reports } = ctx.deps.services;
  const data = await reports.data(bloc, briefingQuarters(period));
  const now = reports.now();
  const model = compileBriefing(data, period, {
    version,
    now,
    framing: framing ?? (await ctx.deps.services.framing.framing(bloc, period)).framing,
  });
  const doc = briefingDocument(model, data, { place: placeName(data.areaName), date: now, timeZone: bloc.timezone }, t);
  const { briefingDocx } = await import("../../documents/briefing-docx.js");
  return new InputFile(await briefingDocx(doc), `${doc.fileName}.docx`);
}

/** The organisations' figures for the period and the three of its kind before it, one sheet each. */
async function excelFile(ctx: BotContext, bloc: BlocRecord, period: Period): Promise<InputFile> {
  const data = await ctx.deps.services.reports.data(bloc, sheetPeriods(period));
  const { briefingXlsx } = await import("../../documents/briefing-xlsx.js");
  const bytes = await briefingXlsx(briefingSheets(data, period, ctx.t.bind(ctx)));
  return new InputFile(bytes, `so-lieu-${periodFileKey(period)}.xlsx`);
}

/** The chart of the shared indicators by organisation and by quarter, as a photo. */
async function chartFile(ctx: BotContext, bloc: BlocRecord, period: Period): Promise<InputFile> {
  const data = await ctx.deps.services.reports.data(bloc, [period, ...trendQuarters(period)]);
  const { briefingChartPng } = await import("../../documents/briefing-chart.js");
  return new InputFile(briefingChartPng(briefingChart(data, period, ctx.t.bind(ctx))), `bieu-do-${periodFileKey(period)}.png`);
}
