import { Decimal } from "decimal.js";
import { resolveUnit } from "./units.js";

type NumberLike = Decimal.Value;

/** Digits of a group below one thousand, read aloud. */
const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
/** The names of successive thousands groups; beyond tỷ they repeat ("nghìn tỷ"). */
const GROUP_NAMES = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ", "tỷ tỷ"] as const;

/**
 * How figures are written for one reader: the separators, and the name of a unit for an
 * amount of it. Vietnamese by default; `figureStyle` in figure-wording gives the reader's.
 */
export interface FigureStyle {
  thousands: string;
  decimal: string;
  unit(unit: string, amount: Decimal): string;
}

/** Figures as Vietnamese reports write them: "42.489 người", "2,5 tỷ đồng". */
export const VIETNAMESE_FIGURES: FigureStyle = { thousands: ".", decimal: ",", unit: (unit) => unit };

/**
 * A number in Vietnamese style: '.' between thousands, ',' before decimals ("42.489",
 * "24,93", "-1.406"), or in another reader's style. Exact: no rounding beyond what the value holds.
 */
export function formatNumber(value: NumberLike, style: Pick<FigureStyle, "thousands" | "decimal"> = VIETNAMESE_FIGURES): string {
  const decimal = new Decimal(value);
  const [whole = "0", fraction] = decimal.abs().toFixed().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
  return `${decimal.isNegative() && !decimal.isZero() ? "-" : ""}${grouped}${fraction ? `${style.decimal}${fraction}` : ""}`;
}

/** A number rounded to at most `places` decimals ("8,3"). */
export function formatRounded(
  value: NumberLike,
  places: number,
  style: Pick<FigureStyle, "thousands" | "decimal"> = VIETNAMESE_FIGURES,
): string {
  return formatNumber(new Decimal(new Decimal(value).toFixed(places)), style);
}

/**
 * A value with its indicator's unit: "18.406 người", "24,93%". Money is also given in the
 * larger unit a reader takes in at once, when that is another unit: "12.750 triệu đồng (12,75
 * tỷ đồng)", "0,5 tỷ đồng (500 triệu đồng)"; never restated in its own unit, rounded
 * ("471,294 triệu đồng", not "(471,29 triệu đồng)" after it).
 */
export function formatQuantity(value: NumberLike, unit: string, style: FigureStyle = VIETNAMESE_FIGURES): string {
  const amount = new Decimal(value);
  const resolved = resolveUnit(unit);
  const plain = formatAmount(amount, unit, style);
  if (resolved.kind !== "money") return plain;
  const readable = readableMoney(amount.times(resolved.dongPerUnit), style);
  return readable && readable.dongPerUnit !== resolved.dongPerUnit ? `${plain} (${readable.text})` : plain;
}

/** A value in its unit and nothing more, as a change or a list gives it: "11.550 triệu đồng", "24,93%". */
export function formatAmount(value: NumberLike, unit: string, style: FigureStyle = VIETNAMESE_FIGURES): string {
  const amount = new Decimal(value);
  if (resolveUnit(unit).kind === "percent") return `${formatNumber(amount, style)}%`;
  return `${formatNumber(amount, style)} ${style.unit(unit, amount)}`;
}

/**
 * A value as running text writes it, once: money in the larger unit when that loses nothing
 * ("12,75 tỷ đồng" for 12.750 triệu đồng), else in its own ("471,294 triệu đồng"); other units
 * as `formatAmount`. Prose states a figure once, so no restatement in parentheses.
 */
export function formatProseAmount(value: NumberLike, unit: string, style: FigureStyle = VIETNAMESE_FIGURES): string {
  const amount = new Decimal(value);
  const resolved = resolveUnit(unit);
  if (resolved.kind !== "money") return formatAmount(amount, unit, style);
  const dong = amount.times(resolved.dongPerUnit);
  const readable = readableMoney(dong, style);
  return readable?.amount.times(readable.dongPerUnit).equals(dong) ? readable.text : formatAmount(amount, unit, style);
}

/** Money in đồng in the largest unit that keeps it at least 1: "2,5 tỷ đồng"; undefined below 1.000 đồng. */
function readableMoney(dong: Decimal, style: FigureStyle): { text: string; amount: Decimal; dongPerUnit: number } | undefined {
  const scales: [number, string][] = [
    [1e9, "tỷ đồng"],
    [1e6, "triệu đồng"],
    [1e3, "nghìn đồng"],
  ];
  for (const [scale, name] of scales) {
    if (!dong.abs().greaterThanOrEqualTo(scale)) continue;
    const amount = new Decimal(dong.dividedBy(scale).toFixed(2));
    return { text: `${formatNumber(amount, style)} ${style.unit(name, amount)}`, amount, dongPerUnit: scale };
  }
  return undefined;
}

/** Reads a group below one thousand; `full` when a higher group precedes it ("không trăm linh năm"). */
function groupToWords(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor((group % 100) / 10);
  const units = group % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds] as string, "trăm");
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push("linh");
  } else if (tens === 1) {
    words.push("mười");
  } else {
    words.push(DIGITS[tens] as string, "mươi");
  }
  if (units > 0) {
    if (units === 1 && tens >= 2) words.push("mốt");
    else if (units === 4 && tens >= 2) words.push("tư");
    else if (units === 5 && tens >= 1) words.push("lăm");
    else words.push(DIGITS[units] as string);
  }
  return words;
}

/**
 * A number in Vietnamese words, for confirming what was understood: 42489 → "bốn mươi hai
 * nghìn bốn trăm tám mươi chín"; decimals after "phẩy" ("hai phẩy năm").
 */
export function numberToWords(value: NumberLike): string {
  const decimal = new Decimal(value);
  const [whole = "0", fraction] = decimal.abs().toFixed().split(".");
  const groups: number[] = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(Number(whole.slice(Math.max(0, end - 3), end)));
  const words: string[] = [];
  groups.forEach((group, index) => {
    const name = GROUP_NAMES[groups.length - 1 - index] ?? "";
    // "hai triệu không nghìn năm trăm": said without "không nghìn", 2.000.500 sounds like 2,5 triệu.
    if (group === 0) {
      if (words.length > 0 && name && groups.slice(index + 1).some((later) => later > 0)) words.push("không", name);
      return;
    }
    words.push(...groupToWords(group, words.length > 0), name);
  });
  if (words.length === 0) words.push("không");
  if (fraction) {
    const zeros = /^0*/.exec(fraction)?.[0].length ?? 0;
    words.push("phẩy", ...Array<string>(zeros).fill("không"), numberToWords(fraction.slice(zeros)));
  }
  const text = words.filter(Boolean).join(" ");
  return decimal.isNegative() && !decimal.isZero() ? `âm ${text}` : text;
}
