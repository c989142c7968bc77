import { GrammyError } from "grammy";
import { DocxError, readDocx } from "../../../documents/read-docx.js";
import { formatRounded } from "../../../domain/numbers/format-number.js";
import { formatPeriod } from "../../../domain/periods/format-period.js";
import { periodKey, quartersOf } from "../../../domain/periods/period.js";
import { isOnlyANumber } from "../../../domain/report-reading/only-a-number.js";
import { readReport } from "../../../domain/report-reading/read-report.js";
import { readableIndicator } from "../../../domain/report-reading/readable-indicator.js";
import type { ReportReading, ReportSource, ReportText } from "../../../domain/report-reading/report-reading.js";
import type { BotContext } from "../../context.js";
import { controlsKeyboard } from "./ask-figure.js";
import { MAX_TEXT_LENGTH } from "./ask-text.js";
import type { Input } from "./input.js";
import type { LoadedReport } from "./prompts.js";
import { firstToCheck } from "./proposal-step.js";
import type { SubmitSession } from "./session.js";
import { save, type Transition } from "./steps.js";

/** The largest report file downloaded when the configuration names none (REPORT_FILE_MAX_MB). */
export const DEFAULT_REPORT_FILE_LIMIT = 5 * 1024 * 1024;

/**
 * How long after a pasted report a message is read as more of it: Telegram splits a paste over
 * 4.096 characters into several messages sent within a second or two, Zalo sooner.
 */
const PASTE_WINDOW_SECONDS = 30;

/** The shortest message taken as more of a paste (Telegram's parts of a long one are a few thousand characters). */
const CONTINUED_PASTE = 100;

/** A pasted message at a figure question this long, with two numbers or more, is a report even when few figures are recognised. */
const LONG_PASTE = 300;

/**
 * The organisation's own report sent at a step that takes it (a figure or text question, the
 * review card, the draft offer), read into proposals the person then confirms: a Word file
 * sent as a document, or pasted text the paste rule takes as a report (see `pastedReport`).
 * Every source ends as ReportText for the one reader, so a photo read by OCR would only add a
 * branch here. Undefined when the input is not a report (the step handles it as usual).
 */
export async function reportInput(
  ctx: BotContext,
  session: SubmitSession,
  report: LoadedReport,
  input: Input,
): Promise<Transition | undefined> {
  if (input.kind === "photo") {
    await ctx.reply(ctx.t("report-photo"));
    return { kind: "stay" };
  }
  if (input.kind === "document") {
    const text = await documentText(ctx, input);
    if (text === undefined) return { kind: "stay" };
    return applyReading(ctx, report, text, { kind: "document", fileName: input.fileName });
  }
  if (input.kind !== "text") return undefined;
  const proposed = report.draft.proposed;
  const sinceLastPaste = input.sentAt !== undefined && proposed?.pastedAt !== undefined ? input.sentAt - proposed.pastedAt : undefined;
  // A short message sent quickly after the paste is an answer to the question it put up, not more of it.
  const more = input.text.length >= CONTINUED_PASTE || input.text.includes("\n");
  if (proposed?.pasted !== undefined && more && sinceLastPaste !== undefined && sinceLastPaste < PASTE_WINDOW_SECONDS) {
    return applyReading(ctx, report, `${proposed.pasted}\n${input.text}`, { kind: "pasted" }, input.sentAt, true);
  }
  if (!pastedReport(ctx, report, session, input.text)) return undefined;
  return applyReading(ctx, report, input.text, { kind: "pasted" }, input.sentAt);
}

/**
 * The paste rule: a message is taken as the report's text, and read, when at a figure question
 * or on the card the reader finds figures for two indicators or more in it, or it is long
 * (300 characters) with two numbers or more; at a text question, when it holds two of the
 * report's sections, or is longer than a text answer may be. A shorter message stays an answer,
 * and a number alone is one without reading it.
 */
function pastedReport(ctx: BotContext, report: LoadedReport, session: SubmitSession, text: string): boolean {
  if (isOnlyANumber(text)) return false;
  const step = session.step;
  const reading = read(ctx, report, text);
  const figures = Object.values(reading.figures).filter((found) => found.length > 0).length;
  const sections = Object.keys(reading.texts).length;
  const atText = step.kind === "item" && step.index >= report.context.indicators.length;
  if (atText) return sections >= 2 || (text.trim().length > MAX_TEXT_LENGTH && figures + sections > 0);
  const numbers = text.match(/\d[\d.,]*/g)?.length ?? 0;
  return figures >= 2 || (text.trim().length >= LONG_PASTE && numbers >= 2);
}

/** The text of a Word report sent as a document, or undefined when it was refused (the person told why). */
async function documentText(ctx: BotContext, input: Extract<Input, { kind: "document" }>): Promise<ReportText | undefined> {
  const file = input.fileName || "?";
  const extension = /\.([a-z0-9]+)$/i.exec(input.fileName)?.[1]?.toLowerCase();
  if (extension !== "docx") {
    const key = extension === "pdf" ? "report-not-docx-pdf" : extension === "doc" ? "report-not-docx-doc" : "report-not-docx-other";
    await ctx.reply(ctx.t(key, { file }));
    return undefined;
  }
  const limit = ctx.deps.reportFileMaxBytes ?? DEFAULT_REPORT_FILE_LIMIT;
  const tooBig = (bytes: number) => ctx.reply(ctx.t("report-too-big", { file, size: megabytes(bytes), limit: megabytes(limit) }));
  // Checked before downloading: the size Telegram gives with the document.
  if (input.fileSize !== undefined && input.fileSize > limit) {
    await tooBig(input.fileSize);
    return undefined;
  }
  let bytes: Uint8Array;
  try {
    bytes = await ctx.downloadFile(input.fileId);
  } catch (error) {
    ctx.logger.warn({ err: error, file: input.fileName }, "could not download a report file");
    // Telegram gives bots no file over 20 MB; a document sent without its size may be one.
    if (error instanceof GrammyError && /file is too big/i.test(error.description))
      await ctx.reply(ctx.t("report-too-big-unsized", { file, limit: megabytes(limit) }));
    else await ctx.reply(ctx.t("report-download-failed", { file }));
    return undefined;
  }
  if (bytes.length > limit) {
    await tooBig(bytes.length);
    return undefined;
  }
  try {
    return await readDocx(bytes);
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
    ctx.logger.info({ reason: error.reason, detail: error.message, file: input.fileName }, "a report file is not a readable .docx");
    await ctx.reply(ctx.t("report-broken", { file }));
    return undefined;
  }
}

/** Megabytes as the refusals say them, one decimal ("5,2"; "5" for 5,0). */
function megabytes(bytes: number): string {
  return formatRounded(bytes / 1024 / 1024, 1);
}

/** The report read against the organisation's indicators as the catalog names them. */
function read(ctx: BotContext, report: LoadedReport, text: ReportText): ReportReading {
  const indicators = report.context.indicators.map(readableIndicator);
  return readReport(text, indicators, { now: ctx.deps.services.clock(), quarter: report.context.quarter });
}

/**
 * Keeps what the reader found as proposals of the draft (never as its values: the person
 * confirms each), with where the report came from, says what was found, and goes to the first
 * item to check (see firstToCheck). A report in which nothing was found changes nothing.
 */
async function applyReading(
  ctx: BotContext,
  report: LoadedReport,
  text: ReportText,
  source: ReportSource,
  sentAt?: number,
  more = false,
): Promise<Transition> {
  const { context } = report;
  const reading = read(ctx, report, text);
  const figures = Object.fromEntries(
    context.indicators.flatMap((indicator) => {
      const found = reading.figures[indicator.code] ?? [];
      return found.length ? [[indicator.code, found]] : [];
    }),
  );
  const texts = reading.texts;
  const counts = { figures: Object.keys(figures).length, indicators: context.indicators.length, texts: Object.keys(texts).length };
  const named = source.kind === "document" ? ctx.t("report-source-document", { file: source.fileName }) : ctx.t("report-source-pasted");
  if (counts.figures + counts.texts === 0) {
    await ctx.reply(ctx.t("report-nothing-found", { source: named, organisation: context.organisation.name }));
    return { kind: "stay" };
  }
  await save(ctx, report, (draft) => {
    draft.proposed = {
      figures,
      texts,
      ...(source.kind === "pasted" ? { pasted: text, ...(sentAt === undefined ? {} : { pastedAt: sentAt }) } : {}),
    };
    draft.source = { ...source, readAt: ctx.deps.services.clock().toISOString() };
  });
  await ctx.reply(ctx.t(more ? "report-read-more" : "report-read", { source: named, ...counts }), {
    reply_markup: controlsKeyboard(ctx, false),
  });
  const [period] = reading.periods;
  if (period && !quartersOf(period).some((quarter) => periodKey(quarter) === context.periodKey)) {
    const t = ctx.t.bind(ctx);
    await ctx.reply(ctx.t("report-other-period", { found: formatPeriod(period, t), period: formatPeriod(context.quarter, t) }));
  }
  const first = firstToCheck(report);
  return { kind: "goto", step: first === undefined ? { kind: "review" } : { kind: "item", index: first, returnTo: null } };
}
