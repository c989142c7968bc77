import { Decimal } from "decimal.js";
import { foldText } from "../text/fold.js";
import type { Translate } from "../text/translate.js";
import {
  type FigureStyle,
  formatAmount,
  formatNumber,
  formatProseAmount,
  formatQuantity,
  formatRounded,
  numberToWords,
} from "./format-number.js";
import { resolveUnit } from "./units.js";

/**
 * One rule for figures in every output (answers, the briefing, the submission's echo and
 * review): the value in its unit, restated only when that adds something ("2.500 triệu đồng
 * (2,5 tỷ đồng)"), changes worded the Vietnamese way with the unit ("tăng 541 người (9%)",
 * "giảm 200 người (8,7%)", "bằng cùng kỳ", "gấp 10 lần"), and never parentheses inside
 * parentheses. The words come from the reader's locale (figures.ftl).
 */

/** A rise to this many times the earlier value or more is said "gấp N lần", not in percent. */
const TIMES_FROM = 2;

/** How the reader's locale writes figures: its separators and its names of units. */
export function figureStyle(t: Translate): FigureStyle {
  return {
    thousands: t("figure-thousands-separator"),
    decimal: t("figure-decimal-separator"),
    unit: (unit, amount) => t("figure-unit", { unit, key: unitKey(unit), count: amount.toNumber() }),
  };
}

/** Each unit's key, made once: a briefing words a unit for every figure. A catalog has a few units. */
const unitKeys = new Map<string, string>();

/** A unit as locale files select on it: folded, words joined by '-' ("triệu đồng" is "trieu-dong"). */
function unitKey(unit: string): string {
  let key = unitKeys.get(unit);
  if (key === undefined) {
    key =
      foldText(unit)
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "none";
    unitKeys.set(unit, key);
  }
  return key;
}

/** A unit's name for the reader, as a list or a question gives it ("người"; "people" in English). */
export function unitName(unit: string, t: Translate): string {
  return figureStyle(t).unit(unit, new Decimal(2));
}

/** A figure in its unit for the reader: "2.500 triệu đồng (2,5 tỷ đồng)"; "2,500 million VND (2.5 billion VND)" in English. */
export function formatFigure(value: Decimal.Value, unit: string, t: Translate): string {
  return formatQuantity(value, unit, figureStyle(t));
}

/**
 * A figure as a catalog phrase's {value} reads in running text ("kết nạp {value} hội viên
 * mới", "giải ngân {value}"): the number with its hedge, the phrase naming what is counted;
 * money and percentages with their unit, which the phrase leaves to the renderer because money
 * is rescaled ("5,1 tỷ đồng"). A phrase without {value} gets the figure after it.
 */
export function phraseFigure(phrase: string, value: Decimal, unit: string, hedge: string | null | undefined, t: Translate): string {
  const style = figureStyle(t);
  const kind = resolveUnit(unit).kind;
  const number = kind === "money" || kind === "percent" ? formatProseAmount(value, unit, style) : formatNumber(value, style);
  const figure = `${hedge ? t(`hedge-${hedge}`) : ""}${number}`;
  return phrase.includes("{value}") ? phrase.replace("{value}", figure) : `${phrase} ${figure}`;
}

/** A figure in its unit, hedged, as running text states it once: "khoảng 42.489 người", "12,75 tỷ đồng". */
export function proseFigure(value: Decimal, unit: string, hedge: string | null | undefined, t: Translate): string {
  return `${hedge ? t(`hedge-${hedge}`) : ""}${formatProseAmount(value, unit, figureStyle(t))}`;
}

/**
 * A figure in Vietnamese words with its unit, to confirm figures typed in words: "ba trăm
 * triệu đồng" for 300 in triệu đồng, "hai mươi phần trăm" for 20%.
 */
export function figureInWords(value: Decimal.Value, unit: string): string {
  const words = numberToWords(value);
  return resolveUnit(unit).kind === "percent" ? `${words} phần trăm` : `${words} ${unit}`;
}

/**
 * How a figure changed from an earlier one, with the unit: "tăng 541 người (9%)", "giảm 200
 * người (8,7%)", "tăng 9.000 người (gấp 10 lần)", "bằng quý trước" (`reference` names the
 * earlier period as the sentence refers to it: "quý trước", "cùng kỳ", "quý III/2023").
 * A percentage changes in points: "tăng 1,5 điểm phần trăm".
 */
export function wordChange(current: Decimal, previous: Decimal, unit: string, t: Translate, reference: string): string {
  const difference = current.minus(previous);
  if (difference.isZero()) return t("figure-change-same", { reference });
  const style = figureStyle(t);
  const up = difference.isPositive();
  const direction = up ? "up" : "down";
  if (resolveUnit(unit).kind === "percent") {
    return t(`figure-change-${direction}-points`, { amount: formatNumber(difference.abs(), style) });
  }
  const amount = formatAmount(difference.abs(), unit, style);
  if (previous.isZero() || previous.isNegative()) return t(`figure-change-${direction}-amount`, { amount });
  const times = current.dividedBy(previous);
  if (up && times.greaterThanOrEqualTo(TIMES_FROM)) return t("figure-change-up-times", { amount, times: formatRounded(times, 1, style) });
  const percent = difference.abs().dividedBy(previous).times(100);
  return t(`figure-change-${direction}`, { amount, percent: formatRounded(percent, 1, style) });
}

/**
 * How a figure changed from another period, naming it, as a sentence goes on after the figure:
 * "tăng 2.489 người (6,2%) so với quý III/2023", "bằng quý III/2023".
 */
export function wordChangeFrom(current: Decimal, previous: Decimal, unit: string, t: Translate, period: string): string {
  if (current.equals(previous)) return t("figure-change-same", { reference: period });
  return t("figure-change-from", { change: wordChange(current, previous, unit, t, period), period });
}

/**
 * A figure set against another period's, for the part of a line after the figure: "quý
 * III/2023: 1.200 triệu đồng (1,2 tỷ đồng); tăng 300 triệu đồng (25%)", or "quý III/2023:
 * chưa có số liệu". Without the current figure, only the other period's.
 */
export function wordComparison(
  current: Decimal | null,
  previous: Decimal | null,
  unit: string,
  t: Translate,
  labels: { period: string; reference: string },
  /** The earlier figure's hedge, worded ("hơn "): an estimate stays one when compared with. */
  previousHedge = "",
): string {
  if (previous === null) return t("figure-compared-missing", { period: labels.period });
  const before = `${previousHedge}${formatFigure(previous, unit, t)}`;
  if (current === null) return t("figure-compared-only", { period: labels.period, previous: before });
  return t("figure-compared", {
    period: labels.period,
    previous: before,
    change: wordChange(current, previous, unit, t, labels.reference),
  });
}

/** An indicator's name for the reader: its English name in English when the catalog has one, else its own name, marked. */
export function indicatorName(indicator: { name: string; nameEn?: string | null | undefined }, t: Translate): string {
  return t("figure-indicator", { name: indicator.name, english: indicator.nameEn ?? "none" });
}

/** How many times an earlier value a figure is, rounded for reading: "10", "2,5"; undefined without an earlier value above zero. */
export function timesOf(current: Decimal, previous: Decimal, t: Translate): string | undefined {
  if (!previous.isPositive()) return undefined;
  return formatRounded(current.dividedBy(previous), 1, figureStyle(t));
}

/** What share of an earlier value a figure is, in percent rounded for reading: "12", "0,5". */
export function shareOf(current: Decimal, previous: Decimal, t: Translate): string | undefined {
  if (!previous.isPositive()) return undefined;
  return formatRounded(current.dividedBy(previous).times(100), 1, figureStyle(t));
}
