import { Decimal } from "decimal.js";
import { foldText } from "../text/fold.js";
import { formatNumber } from "./format-number.js";
import { findNumberRun, type NumberToken, tokenize } from "./number-tokens.js";
import { evaluateAll } from "./number-words.js";
import { type ResolvedUnit, resolveUnit } from "./units.js";

/** How a person qualified a number: "khoảng 500", "hơn 500", "dưới 500", "gần 500". */
export type Hedge = "about" | "over" | "under" | "nearly";

/** What the indicator expects, so a typed number can be read in its unit and checked. */
export interface NumberExpectation {
  /** The indicator's unit as the catalog writes it: "người", "triệu đồng", "%". */
  unit: string;
  /** Whether only whole numbers make sense (people, meetings). */
  integer: boolean;
  min?: Decimal.Value;
  max?: Decimal.Value;
  allowNegative?: boolean;
}

/**
 * The reading of a typed number: one value; several possible values to ask about; or a refusal
 * with a reason (a key the bot turns into a sentence, with its parameters).
 */
export type NumberParse =
  | {
      kind: "value";
      value: Decimal;
      hedge: Hedge | null;
      fromWords: boolean;
      inputUnit: string | null;
    }
  | { kind: "ambiguous"; readings: Decimal[]; reason: AmbiguityReason }
  | { kind: "refused"; reason: RefusalReason; params?: Record<string, string> };

/** Why a number needs asking about. */
export type AmbiguityReason = "separator" | "unit_mismatch" | "scale" | "change";

/** Why a number was refused. */
export type RefusalReason =
  | "empty"
  | "too_long"
  | "not_a_number"
  | "several_numbers"
  | "vague"
  | "malformed"
  | "negative"
  | "not_finite"
  | "exponent"
  | "hex"
  | "fraction"
  | "too_large"
  | "above_maximum"
  | "below_minimum";

/** Longer messages are not a number someone typed. */
const MAX_INPUT_LENGTH = 200;
/** No indicator counts beyond this; larger inputs are typos. */
const LARGEST = new Decimal("1e15");

/** Hedge phrases, folded, longest first so "xap xi" wins over shorter words. */
const HEDGES: readonly [string, Hedge][] = [
  ["tren duoi", "about"],
  ["xap xi", "about"],
  ["uoc tinh", "about"],
  ["tam tinh", "about"],
  ["chua den", "under"],
  ["chua toi", "under"],
  ["it hon", "under"],
  ["nhieu hon", "over"],
  ["khoang", "about"],
  ["chung", "about"],
  ["uoc", "about"],
  ["~", "about"],
  ["≈", "about"],
  ["hon", "over"],
  ["tren", "over"],
  ["ngoai", "over"],
  [">", "over"],
  ["gan", "nearly"],
  ["duoi", "under"],
  ["<", "under"],
];

const HEDGE_PATTERNS = HEDGES.map(([phrase, meaning]) => [new RegExp(`(^|\\s)${escapeRegExp(phrase)}(?=\\s|\\d|$)`), meaning] as const);

/**
 * Reads a number as Vietnamese officials type it into the unit of an indicator: "42.489",
 * "1 290", "2,5 tỷ", "1tr5", "hai mươi mốt nghìn", "khoảng 500 người". Never guesses: when
 * the same text can mean two numbers ("2.5" people, "100,000") it returns the readings to ask
 * about. Never throws.
 */
export function parseNumber(input: string, expectation: NumberExpectation): NumberParse {
  const text = input
    .normalize("NFKC")
    .replace(/\u2212/g, "-")
    .trim();
  if (!text) return refuse("empty");
  if (text.length > MAX_INPUT_LENGTH) return refuse("too_long");
  // Read with the diacritics, which folding loses: "mỗi xã 2 người" is per commune, not a total;
  // "tầm" (about) is not "tám" (8).
  if (/(^|\P{L})mỗi(?!\p{L})/iu.test(text)) return refuse("vague");
  let folded = foldText(text.replace(/(^|\P{L})tầm(?!\p{L})/giu, "$1khoảng")).replace(/(^|\s)tam\s*(?=\d)/, "$1khoang ");
  if (/\b(nan|infinity|inf)\b|∞/.test(folded)) return refuse("not_finite");
  if (/\b0x[0-9a-f]+\b/.test(folded)) return refuse("hex");
  if (/\d(?:[.,]\d+)?e[+-]?\d/.test(folded)) return refuse("exponent");
  // The letters o, l and i typed for digits ("3O", "1l0") would otherwise be read as noise.
  if (/\d[oli](?![a-z])|(?<![a-z])[oli]\d/.test(folded)) return refuse("malformed");

  let hedge: Hedge | null = null;
  // A hedge qualifies the number after it: "hơn 12 người", not "12 người ngoài tỉnh".
  const firstDigit = folded.search(/\d/);
  const changeWord = firstDigit > 0 && /(^|\s)(tang|giam)(\s|$)/.test(folded.slice(0, firstDigit));
  for (const [pattern, meaning] of HEDGE_PATTERNS) {
    const found = pattern.exec(folded);
    if (found && (firstDigit < 0 || found.index < firstDigit)) {
      hedge ??= meaning;
      folded = folded.replace(pattern, " ");
    }
  }
  if (/\d\s*\+$/.test(folded)) {
    hedge ??= "over";
    folded = folded.replace(/\+$/, "");
  }
  let negative = false;
  const sign = /^\s*(-|am\s)/.exec(folded);
  if (sign) {
    negative = true;
    folded = folded.slice(sign[0].length);
  }

  const run = findNumberRun(tokenize(folded));
  if (run === "several") return refuse("several_numbers");
  if (run === "none") return refuse("not_a_number");
  if (run === "vague" || run === "malformed") return refuse(run);
  if (run.onlyZeroWord && !run.fillerOnly) return refuse("not_a_number");
  if (negative && !expectation.allowNegative) return refuse("negative");

  const unit = resolveUnit(expectation.unit);
  const expressions = evaluateAll(run.tokens);
  if (!expressions) return refuse(run.tokens.filter((token) => token.kind === "literal").length > 1 ? "several_numbers" : "malformed");
  const { scaled, currency, percent, fromWords } = describe(run.tokens);
  const countedInstead = run.countWords && (unit.kind === "money" || unit.kind === "percent");
  const mismatch =
    (currency && unit.kind !== "money") || (percent && unit.kind !== "percent") || (unit.kind === "percent" && scaled) || countedInstead;

  let readings = expressions.map((value) => {
    let inUnit = value;
    if (unit.kind === "money" && (scaled || currency)) inUnit = value.dividedBy(unit.dongPerUnit);
    return negative ? inUnit.negated() : inUnit;
  });
  const other =
    mismatch || readings.length > 1
      ? undefined
      : secondReading(readings[0] as Decimal, { unit, scaled, currency, literal: run.literal, changeWord });
  if (other) readings = other.readings;
  const reason: AmbiguityReason = mismatch ? "unit_mismatch" : (other?.reason ?? "separator");
  if (expectation.integer) {
    const whole = readings.filter((reading) => reading.isInteger());
    if (whole.length === 0) {
      // "2.5" people: the dot may group thousands typed short, so ask about 25.
      const joined = run.literal && !scaled ? [new Decimal(run.literal.replace(/[.,]/g, ""))] : [];
      if (joined.length === 0) return refuse("fraction");
      return {
        kind: "ambiguous",
        readings: joined.map((value) => (negative ? value.negated() : value)),
        reason: "separator",
      };
    }
    readings = whole;
  }
  readings = uniqueValues(readings);
  for (const reading of readings) {
    if (reading.abs().greaterThan(LARGEST)) return refuse("too_large");
  }
  if (readings.length > 1 || mismatch || reason === "change") return { kind: "ambiguous", readings, reason };
  const value = readings[0] as Decimal;
  if (expectation.max !== undefined && value.greaterThan(expectation.max)) {
    return refuse("above_maximum", { max: formatNumber(expectation.max) });
  }
  if (expectation.min !== undefined && value.lessThan(expectation.min)) {
    return refuse("below_minimum", { min: formatNumber(expectation.min) });
  }
  return {
    kind: "value",
    value: value.isZero() ? new Decimal(0) : value,
    hedge,
    fromWords,
    inputUnit: run.unitText,
  };
}

function refuse(reason: RefusalReason, params?: Record<string, string>): NumberParse {
  return params ? { kind: "refused", reason, params } : { kind: "refused", reason };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function uniqueValues(values: Decimal[]): Decimal[] {
  return values.filter((value, index) => values.findIndex((other) => other.equals(value)) === index);
}

/** What the number was written with, which decides how it converts into the unit. */
function describe(tokens: NumberToken[]) {
  return {
    scaled: tokens.some((token) => token.kind === "scale"),
    currency: tokens.some((token) => token.kind === "currency"),
    percent: tokens.some((token) => token.kind === "percent"),
    fromWords: tokens.some((token) => token.kind === "digit" || token.kind === "tens" || token.kind === "hundred"),
  };
}

/**
 * For a number that reads one way, the other reading worth asking about, and why: đồng typed
 * for triệu ("2.500.000"), "nghìn" typed for triệu ("một nghìn hai trăm"), a dot grouping
 * thousands where that is rarely meant ("4.075" %, "2.750" tỷ), or a change given for the
 * figure ("tăng 0,3%"). Undefined when the reading stands.
 */
function secondReading(
  only: Decimal,
  typed: { unit: ResolvedUnit; scaled: boolean; currency: boolean; literal: string | undefined; changeWord: boolean },
): { readings: Decimal[]; reason: AmbiguityReason } | undefined {
  const { unit, scaled, currency } = typed;
  if (unit.kind === "money" && unit.dongPerUnit > 1 && !currency) {
    // "180.000.000" or "2.500.000" for an indicator in triệu đồng was probably typed in đồng.
    if (!scaled && only.abs().greaterThanOrEqualTo(1e5) && only.modulo(1000).isZero()) {
      return { readings: [only, only.dividedBy(unit.dongPerUnit)], reason: "scale" };
    }
    // "một nghìn hai trăm" for an indicator in triệu đồng: 1.200 triệu, or 1.200 đồng?
    if (scaled && !only.isZero() && only.abs().lessThan(0.01)) {
      return { readings: [only.times(unit.dongPerUnit), only], reason: "scale" };
    }
  }
  // "4.075" for a rate or "2.750" in tỷ đồng: the dot groups thousands by the convention, but
  // 4.075 % or 2.750 tỷ is rarely meant; 4,075 and 2,75 are, typed with a dot.
  const dotThousands = typed.literal !== undefined && /^\d{1,3}\.\d{3}$/.test(typed.literal);
  const implausible = (unit.kind === "percent" && only.abs().greaterThan(100)) || (unit.kind === "money" && unit.dongPerUnit >= 1e9);
  if (dotThousands && implausible) return { readings: [only, only.dividedBy(1000)], reason: "separator" };
  // "tăng 0,3%", "giảm 45": a change from last quarter, which a person may give for the figure.
  if (typed.changeWord) return { readings: [only], reason: "change" };
  return undefined;
}
