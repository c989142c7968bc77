import { Decimal } from "decimal.js";
import { resolveUnit } from "./units.js";

type NumberLike = Decimal.Value;

/** Digits of a group below one thousand, read aloud. */
const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
/** The names of successive thousands groups; beyond tỷ they repeat ("nghìn tỷ"). */
const GROUP_NAMES = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ", "tỷ tỷ"] as const;

/**
 * A number in Vietnamese style: '.' between thousands, ',' before decimals ("42.489",
 * "24,93", "-1.406"). Exact: no rounding beyond what the value holds.
 */
export function formatNumber(value: NumberLike): string {
  const decimal = new Decimal(value);
  const [whole = "0", fraction] = decimal.abs().toFixed().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${decimal.isNegative() && !decimal.isZero() ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** A number rounded to at most `places` decimals, Vietnamese style ("8,3"). */
function formatRounded(value: NumberLike, places: number): string {
  return formatNumber(new Decimal(new Decimal(value).toFixed(places)));
}

/**
 * A value with its indicator's unit: "18.406 người", "24,93%". Money of a thousand units or
 * more is also given in the next larger unit, as reports write it: "12.750 triệu đồng
 * (12,75 tỷ đồng)".
 */
export function formatQuantity(value: NumberLike, unit: string): string {
  const resolved = resolveUnit(unit);
  if (resolved.kind === "percent") return `${formatNumber(value)}%`;
  const plain = `${formatNumber(value)} ${unit}`;
  if (resolved.kind !== "money") return plain;
  const readable = readableMoney(new Decimal(value).times(resolved.dongPerUnit));
  return readable && readable !== plain ? `${plain} (${readable})` : plain;
}

/** Money in đồng in the largest unit that keeps it at least 1: "2,5 tỷ đồng"; undefined below 1.000 đồng. */
function readableMoney(dong: Decimal): string | undefined {
  const scales: [number, string][] = [
    [1e9, "tỷ đồng"],
    [1e6, "triệu đồng"],
    [1e3, "nghìn đồng"],
  ];
  for (const [scale, name] of scales) {
    if (dong.abs().greaterThanOrEqualTo(scale)) return `${formatRounded(dong.dividedBy(scale), 2)} ${name}`;
  }
  return undefined;
}

/**
 * The change from a previous value, absolute and relative: "+1.406 (+8,3%)", "-96 (-4,1%)".
 * Without a previous value to divide by, only the absolute change.
 */
export function formatChange(current: Decimal, previous: Decimal): string {
  const difference = current.minus(previous);
  const sign = (value: Decimal) => (value.greaterThan(0) ? "+" : "");
  const absolute = `${sign(difference)}${formatNumber(difference)}`;
  if (previous.isZero()) return absolute;
  const percent = difference.dividedBy(previous.abs()).times(100);
  return `${absolute} (${sign(percent)}${formatRounded(percent, 1)}%)`;
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
