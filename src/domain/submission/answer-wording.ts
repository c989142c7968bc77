import { Decimal } from "decimal.js";
import { figureInWords, formatFigure, shareOf, timesOf, unitName, wordComparison } from "../numbers/figure-wording.js";
import type { Separators } from "../numbers/number-words.js";
import type { NumberParse, ReadingOptions } from "../numbers/parse-number.js";
import type { Translate } from "../text/translate.js";
import type { DraftValue } from "./draft.js";
import type { AnswerRule, Doubt, Reading } from "./judge-answer.js";

/**
 * What a representative reads while entering figures, by the one wording rule of
 * figure-wording: the echo of a saved figure, the question about an ambiguous one, why a
 * figure is doubtful, and the change shown on the review card. Pure: the conversation sends it.
 */

/** How the reader writes numbers, from their locale: English readers put '.' before decimals. */
export function readingOptions(t: Translate): ReadingOptions {
  return { decimalMark: t("figure-decimal-separator") === "." ? "." : "," };
}

/** A stored answer as people read it: "khoảng 500 người", or "—" when skipped. */
export function describeAnswer(answer: Pick<DraftValue, "value" | "hedge">, unit: string, t: Translate): string {
  return answer.value === null ? "—" : `${hedgeText(answer.hedge, t)}${formatFigure(answer.value, unit, t)}`;
}

/** The hedge in the reader's language with its trailing space ("khoảng "), or "" for none. */
function hedgeText(hedge: string | null, t: Translate): string {
  return hedge ? t(`hedge-${hedge}`) : "";
}

/**
 * The echo after a figure is saved, naming the item it was saved for ("2/10 Đảng viên mới được
 * kết nạp"), so the person sees what was understood: the value in its unit; typed in words, the words of the
 * value in its unit ("ba trăm triệu đồng", never "ba trăm" alone); how separators were read
 * when that is not the reader's own convention, and always for English readers; that a
 * correction in the message was taken; the comment typed after the figure.
 */
export function savedText(reading: Reading, unit: string, t: Translate, item: { position: string; name: string }): string {
  const value = formatFigure(reading.value, unit, t);
  const hedge = hedgeText(reading.hedge, t);
  const parts = [
    reading.fromWords
      ? t("submit-saved-words", { ...item, value, hedge, words: figureInWords(reading.value, unit) })
      : t("submit-saved", { ...item, value, hedge }),
  ];
  parts.push(...separatorNotes(reading.separators, t));
  if (reading.corrected) parts.push(t("submit-saved-corrected"));
  if (reading.comment) parts.push(t("submit-saved-comment", { comment: reading.comment }));
  return parts.join(" ");
}

/** How the separators of the typed figure were read, when the reader may have meant otherwise. */
function separatorNotes(separators: Separators, t: Translate): string[] {
  const english = readingOptions(t).decimalMark === ".";
  const notes: string[] = [];
  if (separators.thousands && (english || separators.thousands === ","))
    notes.push(t("submit-read-thousands", { mark: separators.thousands }));
  if (separators.decimal && (english || separators.decimal === ".")) notes.push(t("submit-read-decimal", { mark: separators.decimal }));
  return notes;
}

/**
 * The question about a figure read more than one way, its readings in the unit: a count typed
 * with a decimal part ("Số người không có phần lẻ…"), a figure split by a stray space or dot,
 * or a separator, a unit or a scale read two ways.
 */
export function ambiguityText(typed: string, ambiguity: Extract<NumberParse, { kind: "ambiguous" }>, unit: string, t: Translate): string {
  const readings = ambiguity.readings.map((reading) => formatFigure(reading, unit, t)).join(` ${t("word-or")} `);
  if (ambiguity.reason === "fraction") {
    return t("submit-ambiguous-fraction", { typed, readings, unit: unitName(unit, t) });
  }
  if (ambiguity.reason === "joined") return t("submit-ambiguous-joined", { typed, readings });
  return t("submit-ambiguous", { typed, readings });
}

/**
 * Why a figure is questioned, with the factor itself: "gấp 10 lần quý trước (1.002 người)",
 * "chỉ bằng 8% quý trước (1.002 người)", "vượt mức tối đa thường gặp (2.000 căn)".
 */
export function doubtText(doubt: Doubt, value: Decimal, rule: Pick<AnswerRule, "unit" | "previous" | "max" | "min">, t: Translate): string {
  const figure = (amount: string | null) => (amount === null ? "" : formatFigure(amount, rule.unit, t));
  const previous = rule.previous === null ? undefined : new Decimal(rule.previous);
  if (doubt === "much_higher" && previous) {
    return t("doubt-times-previous", { times: timesOf(value, previous, t) ?? "", previous: figure(rule.previous) });
  }
  if (doubt === "much_lower" && previous) {
    return t("doubt-share-of-previous", { share: shareOf(value, previous, t) ?? "", previous: figure(rule.previous) });
  }
  return t(`doubt-${doubt.replaceAll("_", "-")}`, { previous: figure(rule.previous), max: figure(rule.max), min: figure(rule.min) });
}

/**
 * The review card's comparison with last quarter, to follow the figure after "; " (never in
 * parentheses: the figures in it may carry their own): "quý trước: 1.200 người; tăng 300
 * người (25%)", "quý trước: 1.200 người; bằng quý trước".
 */
export function reviewComparison(value: Decimal, previous: Decimal, unit: string, t: Translate): string {
  const label = t("figure-previous-quarter");
  return wordComparison(value, previous, unit, t, { period: label, reference: label });
}
