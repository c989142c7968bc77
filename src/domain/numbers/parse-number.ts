import { Decimal } from "decimal.js";
import { foldText } from "../text/fold.js";
import { formatNumber } from "./format-number.js";
import { MONEY_SCALES, resolveUnit } from "./units.js";

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
export type AmbiguityReason = "separator" | "unit_mismatch" | "scale";

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

const DIGIT_WORDS: Readonly<Record<string, number>> = {
  khong: 0,
  // "ko", chat shorthand for "không".
  ko: 0,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  nham: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};

/** Multipliers people type after a number, words and shorthands: "2 tỷ", "95tr", "500k". */
const SCALE_WORDS: Readonly<Record<string, number>> = { ...MONEY_SCALES, k: 1e3, tr: 1e6, cu: 1e6 };

const CURRENCY_WORDS = new Set(["dong", "d", "vnd"]);

/** Hedge phrases, folded, longest first so "xap xi" wins over shorter words. */
const HEDGES: readonly [string, Hedge][] = [
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

/** Words that may sit next to a number without changing it ("12 người", "không có ai"). */
const FILLER_WORDS = new Set([
  "nguoi",
  "hoi",
  "vien",
  "doan",
  "dang",
  "cuoc",
  "lan",
  "ho",
  "can",
  "nha",
  "co",
  "ai",
  "la",
  "duoc",
  "dat",
  "tong",
  "so",
  "phan",
  "tram",
]);

/** Words that make a number an estimate nobody can total: "vài chục", "hàng trăm", "mấy nghìn". */
const VAGUE_WORDS = new Set(["vai", "may", "hang", "nhieu", "dam"]);

type Token =
  | { kind: "literal"; text: string; glued: boolean }
  | { kind: "digit"; value: number; word: string }
  | { kind: "tens" }
  | { kind: "hundred" }
  | { kind: "odd" }
  | { kind: "half" }
  | { kind: "point" }
  | { kind: "scale"; value: number; word: string }
  | { kind: "currency" }
  | { kind: "percent" }
  | { kind: "word"; word: string }
  | { kind: "symbol"; text: string };

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
  let folded = foldText(text);
  if (/\b(nan|infinity|inf)\b|∞/.test(folded)) return refuse("not_finite");
  if (/\b0x[0-9a-f]+\b/.test(folded)) return refuse("hex");
  if (/\d(?:[.,]\d+)?e[+-]?\d/.test(folded)) return refuse("exponent");
  // The letters o, l and i typed for digits ("3O", "1l0") would otherwise be read as noise.
  if (/\d[oli](?![a-z])|(?<![a-z])[oli]\d/.test(folded)) return refuse("malformed");

  let hedge: Hedge | null = null;
  for (const [pattern, meaning] of HEDGE_PATTERNS) {
    if (pattern.test(folded)) {
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

  const tokens = tokenize(folded.replace(/\bphan tram\b/g, "%"));
  const vague = tokens.some((token) => token.kind === "word" && VAGUE_WORDS.has(token.word));
  if (vague && tokens.some((token) => NUMBER_PARTS.has(token.kind))) return refuse("vague");
  const run = numberRun(tokens);
  if (run === "several") return refuse("several_numbers");
  if (!run) return refuse("not_a_number");
  if (run.onlyZeroWord && !run.fillerOnly) return refuse("not_a_number");
  if (negative && !expectation.allowNegative) return refuse("negative");

  const unit = resolveUnit(expectation.unit);
  const expressions = evaluateAll(run.tokens);
  if (!expressions) return refuse(run.tokens.filter((token) => token.kind === "literal").length > 1 ? "several_numbers" : "malformed");
  const { scaled, currency, percent, fromWords } = describe(run.tokens);
  const mismatch = (currency && unit.kind !== "money") || (percent && unit.kind !== "percent") || (unit.kind === "percent" && scaled);

  let readings = expressions.map((value) => {
    let inUnit = value;
    if (unit.kind === "money" && (scaled || currency)) inUnit = value.dividedBy(unit.dongPerUnit);
    return negative ? inUnit.negated() : inUnit;
  });
  let reason: AmbiguityReason = "separator";
  if (mismatch) {
    reason = "unit_mismatch";
  } else if (unit.kind === "money" && unit.dongPerUnit > 1 && !scaled && !currency && readings.length === 1) {
    // "180.000.000" for an indicator in triệu đồng was almost surely typed in đồng.
    const only = readings[0] as Decimal;
    if (only.abs().greaterThanOrEqualTo(1e6) && only.modulo(unit.dongPerUnit).isZero()) {
      readings = [only, only.dividedBy(unit.dongPerUnit)];
      reason = "scale";
    }
  }
  if (expectation.integer) {
    const whole = readings.filter((reading) => reading.isInteger());
    if (whole.length === 0) {
      const joined = run.literalDigits && !scaled ? [new Decimal(run.literalDigits)] : [];
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
  if (readings.length > 1 || mismatch) return { kind: "ambiguous", readings, reason };
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

/** Splits folded text into number literals, number words, scales and the rest. */
function tokenize(folded: string): Token[] {
  // Spaces between thousands ("1 290", "12 500 000") become dots, the Vietnamese separator.
  const spaced = folded.replace(/(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,])/g, (match) => match.replaceAll(" ", "."));
  const tokens: Token[] = [];
  const pattern = /(\d+(?:[.,]\d+)*)|([a-z]+)|(%)|(\S)/g;
  let previousEnd = -1;
  for (const match of spaced.matchAll(pattern)) {
    const [whole, literal, word, percent, symbol] = match;
    const glued = match.index === previousEnd;
    previousEnd = match.index + whole.length;
    if (literal) tokens.push({ kind: "literal", text: literal, glued });
    else if (percent) tokens.push({ kind: "percent" });
    else if (symbol) tokens.push({ kind: "symbol", text: symbol });
    else if (word) tokens.push(wordToken(word));
  }
  return tokens;
}

function wordToken(word: string): Token {
  const digit = DIGIT_WORDS[word];
  if (digit !== undefined) return { kind: "digit", value: digit, word };
  const scale = SCALE_WORDS[word];
  if (scale !== undefined) return { kind: "scale", value: scale, word };
  if (word === "muoi" || word === "chuc") return { kind: "tens" };
  if (word === "tram") return { kind: "hundred" };
  if (word === "linh" || word === "le") return { kind: "odd" };
  if (word === "ruoi") return { kind: "half" };
  if (word === "phay") return { kind: "point" };
  if (CURRENCY_WORDS.has(word)) return { kind: "currency" };
  return { kind: "word", word };
}

const NUMBER_PARTS = new Set<Token["kind"]>(["literal", "digit", "tens", "hundred", "odd", "half", "point", "scale"]);

interface NumberRun {
  tokens: Token[];
  /** The run is only "không": an answer of zero, accepted only among filler words. */
  onlyZeroWord: boolean;
  fillerOnly: boolean;
  /** The digits of a single literal with its separators removed, the reading of "2.5" as 25. */
  literalDigits: string | undefined;
  unitText: string | null;
}

/** The one contiguous number in the tokens, "several" when there are two, undefined when none. */
function numberRun(tokens: Token[]): NumberRun | "several" | undefined {
  let start = -1;
  let end = -1;
  for (const [index, token] of tokens.entries()) {
    if (!NUMBER_PARTS.has(token.kind)) continue;
    // "hundred" and "tens" alone ("trăm", "phần trăm") are words, not numbers.
    if (start >= 0 && tokens.slice(end + 1, index).some((between) => !isUnitToken(between))) return "several";
    if (start < 0) start = index;
    end = index;
  }
  if (start < 0) return undefined;
  const runTokens = tokens.slice(start, end + 1);
  const trailing = tokens.slice(end + 1);
  const units = [...runTokens, ...trailing].filter(
    (token) => token.kind === "scale" || token.kind === "currency" || token.kind === "percent",
  );
  const hasValue = runTokens.some((token) => token.kind === "literal" || token.kind === "digit" || token.kind === "tens");
  if (!hasValue) return undefined;
  const others = [...tokens.slice(0, start), ...trailing].filter((token) => token.kind === "word" || token.kind === "symbol");
  const single = runTokens.length === 1 && runTokens[0]?.kind === "literal" ? runTokens[0].text : undefined;
  return {
    tokens: [...runTokens, ...trailing.filter((token) => token.kind === "currency" || token.kind === "percent")],
    onlyZeroWord: runTokens.length === 1 && runTokens[0]?.kind === "digit" && runTokens[0].value === 0,
    fillerOnly: others.every((token) => token.kind === "word" && FILLER_WORDS.has(token.word)),
    literalDigits: single?.replace(/[.,]/g, ""),
    unitText: units.length ? units.map(unitWord).join(" ") : null,
  };
}

function unitWord(token: Token): string {
  if (token.kind === "scale") return token.word;
  return token.kind === "percent" ? "%" : "dong";
}

function isUnitToken(token: Token): boolean {
  return token.kind === "currency" || token.kind === "percent";
}

/** What the number was written with, which decides how it converts into the unit. */
function describe(tokens: Token[]) {
  return {
    scaled: tokens.some((token) => token.kind === "scale"),
    currency: tokens.some((token) => token.kind === "currency"),
    percent: tokens.some((token) => token.kind === "percent"),
    fromWords: tokens.some((token) => token.kind === "digit" || token.kind === "tens" || token.kind === "hundred"),
  };
}

/**
 * The values of a number expression, one per reading of its literals (a literal like
 * "100,000" has two). Undefined when the words do not form a number.
 */
function evaluateAll(tokens: Token[]): Decimal[] | undefined {
  const scaled = tokens.some((token) => token.kind === "scale");
  const choices: Decimal[][] = [];
  for (const token of tokens) {
    if (token.kind !== "literal") continue;
    const readings = readLiteral(token.text, scaled);
    if (!readings) return undefined;
    choices.push(readings);
  }
  if (choices.filter((readings) => readings.length > 1).length > 1) return undefined;
  const ambiguousAt = choices.findIndex((readings) => readings.length > 1);
  const variants = ambiguousAt < 0 ? 1 : (choices[ambiguousAt]?.length ?? 1);
  const values: Decimal[] = [];
  for (let variant = 0; variant < variants; variant += 1) {
    const picked = choices.map((readings, index) => (index === ambiguousAt ? readings[variant] : readings[0]) as Decimal);
    const value = evaluate(tokens, picked);
    if (!value) return undefined;
    values.push(value);
  }
  return values;
}

/**
 * The possible values of a typed literal. Vietnamese style: '.' groups thousands, ',' marks
 * decimals; English style is recognised when it cannot be Vietnamese. "2.5" reads as 2,5
 * (people type '.' for the decimal point); "100,000" has two readings.
 */
function readLiteral(text: string, scaled: boolean): Decimal[] | undefined {
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
  const grouped = (body: string, separator: string) => new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(body);
  if (dots === 0 && commas === 0) return [new Decimal(text)];
  if (dots > 0 && commas > 0) {
    const decimalSeparator = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const thousands = decimalSeparator === "," ? "." : ",";
    const cut = text.lastIndexOf(decimalSeparator);
    const whole = text.slice(0, cut);
    const fraction = text.slice(cut + 1);
    if (text.split(decimalSeparator).length - 1 !== 1 || !grouped(whole, thousands)) return undefined;
    return [new Decimal(`${whole.replaceAll(thousands, "")}.${fraction}`)];
  }
  const separator = dots > 0 ? "." : ",";
  const count = dots + commas;
  if (count > 1) return grouped(text, separator) ? [new Decimal(text.replaceAll(separator, ""))] : undefined;
  const [whole = "", fraction = ""] = text.split(separator);
  const asDecimal = new Decimal(`${whole}.${fraction}`);
  const asThousands = new Decimal(`${whole}${fraction}`);
  if (fraction.length !== 3 || whole.length > 3) return [asDecimal];
  if (separator === ".") return [asThousands];
  return scaled ? [asDecimal] : [asThousands, asDecimal];
}

/**
 * Evaluates number words and literals: groups below a thousand ("hai trăm linh năm") times
 * scales ("nghìn", "triệu", "tỷ", and "nghìn tỷ"), with the colloquial shortenings: a lone
 * number after a scale is its next places ("hai tỷ hai" = 2,2 tỷ, "1tr5" = 1,5 triệu,
 * "2 tỷ 500" = 2,5 tỷ), after "trăm" its tens ("một trăm hai" = 120), "hai lăm" is 25, and
 * "rưỡi" is half of what precedes it.
 */
function evaluate(tokens: Token[], literals: Decimal[]): Decimal | undefined {
  // Amounts already multiplied by a scale, with that scale: a larger scale after them
  // multiplies them again ("hai trăm nghìn tỷ" is 200 × 1.000 × 1.000.000.000).
  const scaled: { amount: Decimal; scale: number }[] = [];
  let lastScale: number | undefined;
  let group = new Decimal(0);
  let groupStarted = false;
  let units: Decimal | undefined;
  let unitsFromWord = false;
  let tensDone = false;
  let hundredDone = false;
  let odd = false;
  let literalIndex = 0;
  let fractionDigits: number[] | undefined;

  for (const [index, token] of tokens.entries()) {
    const last = index === tokens.length - 1;
    switch (token.kind) {
      case "literal":
      case "digit": {
        const value = token.kind === "literal" ? (literals[literalIndex++] as Decimal) : new Decimal(token.value);
        if (fractionDigits) {
          if (token.kind !== "digit") return undefined;
          fractionDigits.push(token.value);
          break;
        }
        const digits = token.kind === "digit" ? 1 : /^\d+$/.test(token.text) ? token.text.length : 0;
        if (units !== undefined) {
          // "hai lăm", "ba mốt", "bốn tư": tens and units without "mươi".
          const spokenUnits = token.kind === "digit" && ["lam", "nham", "mot", "tu"].includes(token.word);
          if (!unitsFromWord || !spokenUnits || tensDone || units.isZero()) return undefined;
          group = group.plus(units.times(10));
          tensDone = true;
          units = value;
          break;
        }
        if (last && !groupStarted && lastScale !== undefined && digits > 0 && digits <= 3) {
          group = value.times(lastScale).dividedBy(10 ** digits);
        } else if (last && hundredDone && !tensDone && !odd && digits === 1) {
          group = group.plus(value.times(10));
        } else {
          units = value;
          unitsFromWord = token.kind === "digit";
        }
        groupStarted = true;
        break;
      }
      case "tens": {
        if (tensDone || fractionDigits) return undefined;
        const multiplier = units ?? new Decimal(1);
        if (!multiplier.isInteger() || multiplier.greaterThan(9)) return undefined;
        group = group.plus(multiplier.times(10));
        units = undefined;
        tensDone = true;
        groupStarted = true;
        break;
      }
      case "hundred": {
        if (hundredDone || tensDone || fractionDigits) return undefined;
        group = group.plus((units ?? new Decimal(1)).times(100));
        units = undefined;
        hundredDone = true;
        groupStarted = true;
        break;
      }
      case "odd":
        if (!hundredDone || tensDone || units !== undefined) return undefined;
        odd = true;
        tensDone = true;
        break;
      case "half":
        if (units !== undefined || tensDone) return undefined;
        if (hundredDone) group = group.plus(50);
        else if (!groupStarted && lastScale !== undefined) scaled.push({ amount: new Decimal(lastScale / 2), scale: lastScale });
        else return undefined;
        break;
      case "point":
        if (fractionDigits || units === undefined) return undefined;
        fractionDigits = [];
        break;
      case "scale": {
        if (fractionDigits) {
          if (fractionDigits.length === 0) return undefined;
          units = (units ?? new Decimal(0)).plus(new Decimal(`0.${fractionDigits.join("")}`));
          fractionDigits = undefined;
        }
        if (units !== undefined) group = group.plus(units);
        // A scale alone means one of it ("nghìn" = 1.000); after smaller scales, it multiplies them.
        let amount = groupStarted || units !== undefined || scaled.length > 0 ? group : new Decimal(1);
        while (scaled.length > 0 && (scaled.at(-1) as { scale: number }).scale < token.value) {
          amount = amount.plus((scaled.pop() as { amount: Decimal }).amount);
        }
        scaled.push({ amount: amount.times(token.value), scale: token.value });
        group = new Decimal(0);
        units = undefined;
        groupStarted = false;
        tensDone = false;
        hundredDone = false;
        odd = false;
        lastScale = token.value;
        break;
      }
      case "currency":
      case "percent":
        break;
      default:
        return undefined;
    }
  }
  if (fractionDigits) {
    if (fractionDigits.length === 0) return undefined;
    units = (units ?? new Decimal(0)).plus(new Decimal(`0.${fractionDigits.join("")}`));
  }
  if (units !== undefined) group = group.plus(units);
  return scaled.reduce((sum, entry) => sum.plus(entry.amount), group);
}
