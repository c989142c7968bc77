import { Decimal } from "decimal.js";
import { foldText } from "../text/fold.js";
import { formatNumber } from "./format-number.js";
import { commentedText, correctedText, joinedText } from "./message-parts.js";
import { findNumberRun, type NumberToken, tokenize, withoutVniDigits } from "./number-tokens.js";
import { type DecimalMark, type Evaluation, evaluateAll, type Separators } from "./number-words.js";
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
      /** How the separators of the figure as typed were read ("1,255": ',' grouped thousands). */
      separators: Separators;
      /** What followed the figure and qualifies it: "tăng 140" of "2.040 người (tăng 140)". */
      comment: string | null;
      /** The message corrected itself ("140 à nhầm 410") and this is the figure it meant. */
      corrected: boolean;
    }
  | { kind: "ambiguous"; readings: Decimal[]; reason: AmbiguityReason }
  | { kind: "refused"; reason: RefusalReason; params?: Record<string, string> };

/**
 * Why a number needs asking about: a separator read two ways; a unit other than the field's;
 * a scale that may be the field's own; a change given for the figure; a count typed with a
 * decimal part (the readings are the whole numbers it may have meant); a figure split by a
 * stray space or dot (the reading joins it).
 */
export type AmbiguityReason = "separator" | "unit_mismatch" | "scale" | "change" | "fraction" | "joined";

/** How the person writes numbers: the decimal mark of their language (',' Vietnamese, '.' English). */
export interface ReadingOptions {
  decimalMark?: DecimalMark;
}

/** Why a number was refused. */
export type RefusalReason =
  | "empty"
  | "too_long"
  | "not_a_number"
  | "several_numbers"
  | "date"
  | "phone"
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

/** Hedge phrases, folded, longest first so "xap xi" wins over shorter words; the English ones too. */
const HEDGES: readonly [string, Hedge][] = [
  ["approximately", "about"],
  ["more than", "over"],
  ["less than", "under"],
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
  ["about", "about"],
  ["around", "about"],
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["over", "over"],
  ["under", "under"],
  ["duoi", "under"],
  ["<", "under"],
];

/** Every hedge phrase in one pattern: a message is scanned once, not once per phrase. */
const HEDGE_PATTERN = new RegExp(`(^|\\s)(${HEDGES.map(([phrase]) => escapeRegExp(phrase)).join("|")})(?=\\s|\\d|$)`, "g");
const HEDGE_RANK = new Map(HEDGES.map(([phrase, meaning], rank) => [phrase, { meaning, rank }]));

/** A phone number: a leading 0 (or +84) and nine or ten digits, however grouped. Never a figure. */
const PHONE = /(?<![\d.,])(?:\+\s?84[\s.-]?|0)[1-9](?:[\s.-]?\d){7,9}(?![\d.,])/;

/**
 * Reads a number as Vietnamese officials type it into the unit of an indicator: "42.489",
 * "1 290", "2,5 tỷ", "1tr5", "hai mươi mốt nghìn", "khoảng 500 người". Never guesses: when
 * the same text can mean two numbers ("100,000", "2 .340") it returns the readings to ask
 * about. A message with a second number is read when a person would read it at once: the
 * figure corrected in it ("140 à nhầm 410"), or the figure with a comment qualifying it
 * ("2.040 người (tăng 140)"). Never throws.
 */
export function parseNumber(input: string, expectation: NumberExpectation, options: ReadingOptions = {}): NumberParse {
  const text = input
    .normalize("NFKC")
    .replace(/\u2212/g, "-")
    .trim();
  if (!text) return refuse("empty");
  if (text.length > MAX_INPUT_LENGTH) return refuse("too_long");
  if (PHONE.test(text)) return refuse("phone");
  const decimalMark = options.decimalMark ?? ",";
  const whole = readFigure(text, expectation, decimalMark);
  if (whole.kind !== "refused" || whole.reason !== "several_numbers") return whole;
  return readParts(text, expectation, decimalMark) ?? whole;
}

/** The figure of a message with several numbers, when a person reads one at once; undefined otherwise. */
function readParts(text: string, expectation: NumberExpectation, decimalMark: DecimalMark): NumberParse | undefined {
  const corrected = correctedText(text);
  const meant = corrected === undefined ? undefined : readFigure(corrected, expectation, decimalMark);
  if (meant?.kind === "value") return { ...meant, corrected: true };
  const joined = joinedText(text);
  const together = joined === undefined ? undefined : readFigure(joined, expectation, decimalMark);
  if (together?.kind === "value") return { kind: "ambiguous", readings: [together.value], reason: "joined" };
  const commented = commentedText(text);
  const head = commented === undefined ? undefined : readFigure(commented.head, expectation, decimalMark);
  if (head?.kind === "value") return { ...head, comment: commented?.comment ?? null };
  return undefined;
}

/** Reads the one figure of a message (or refuses it), every word of it about that figure. */
function readFigure(text: string, expectation: NumberExpectation, decimalMark: DecimalMark): NumberParse {
  // Read with the diacritics, which folding loses: "mỗi xã 2 người" is per commune, not a total;
  // "tầm" (about) is not "tám" (8).
  if (/(^|\P{L})mỗi(?!\p{L})/iu.test(text)) return refuse("vague");
  let folded = withoutVniDigits(foldText(text.replace(/(^|\P{L})tầm(?!\p{L})/giu, "$1khoảng"))).replace(/(^|\s)tam\s*(?=\d)/, "$1khoang ");
  if (/\b(nan|infinity|inf)\b|∞/.test(folded)) return refuse("not_finite");
  if (/\b0x[0-9a-f]+\b/.test(folded)) return refuse("hex");
  if (/\d(?:[.,]\d+)?e[+-]?\d/.test(folded)) return refuse("exponent");
  // The letters o, l and i typed for digits ("3O", "1l0") would otherwise be read as noise.
  if (/\d[oli](?![a-z])|(?<![a-z])[oli]\d/.test(folded)) return refuse("malformed");

  let hedge: Hedge | null = null;
  // A hedge qualifies the number after it: "hơn 12 người", not "12 người ngoài tỉnh".
  const firstDigit = folded.search(/\d/);
  const changeWord = firstDigit > 0 && /(^|\s)(tang|giam)(\s|$)/.test(folded.slice(0, firstDigit));
  // Each phrase once, where it first stands before the number; the one listed first names the hedge.
  const seen = new Set<string>();
  let rank = Number.POSITIVE_INFINITY;
  folded = folded.replace(HEDGE_PATTERN, (whole, _space: string, phrase: string, index: number) => {
    const known = HEDGE_RANK.get(phrase);
    if (!known || seen.has(phrase) || (firstDigit >= 0 && index >= firstDigit)) return whole;
    seen.add(phrase);
    if (known.rank < rank) [rank, hedge] = [known.rank, known.meaning];
    return " ";
  });
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
  if (run === "vague" || run === "malformed" || run === "date") return refuse(run);
  if (run.onlyZeroWord && !run.fillerOnly) return refuse("not_a_number");
  if (negative && !expectation.allowNegative) return refuse("negative");

  const unit = resolveUnit(expectation.unit);
  const expressions = evaluateAll(run.tokens, decimalMark);
  if (!expressions) return refuse(run.tokens.filter((token) => token.kind === "literal").length > 1 ? "several_numbers" : "malformed");
  const typed = describe(run.tokens);
  const { scaled, currency, percent, fromWords } = typed;
  const countedInstead = run.countWords && (unit.kind === "money" || unit.kind === "percent");
  const mismatch =
    (currency && unit.kind !== "money") || (percent && unit.kind !== "percent") || (unit.kind === "percent" && scaled) || countedInstead;

  let readings: Evaluation[] = expressions.map(({ value, separators }) => {
    let inUnit = value;
    if (unit.kind === "money" && (scaled || currency)) inUnit = value.dividedBy(unit.dongPerUnit);
    return { value: negative ? inUnit.negated() : inUnit, separators };
  });
  const [first] = readings as [Evaluation];
  const other =
    mismatch || readings.length > 1 ? undefined : secondReading(first.value, { ...typed, unit, literal: run.literal, changeWord });
  if (other) readings = other.readings.map((value) => ({ value, separators: first.separators }));
  const reason: AmbiguityReason = mismatch ? "unit_mismatch" : (other?.reason ?? "separator");
  if (expectation.integer) {
    const whole = readings.filter((reading) => reading.value.isInteger());
    if (whole.length === 0) return fractionalCount(run.literal, scaled, negative);
    readings = whole;
  }
  readings = readings.filter((reading, index) => readings.findIndex((earlier) => earlier.value.equals(reading.value)) === index);
  for (const reading of readings) {
    if (reading.value.abs().greaterThan(LARGEST)) return refuse("too_large");
  }
  if (readings.length > 1 || mismatch || reason === "change") {
    return { kind: "ambiguous", readings: readings.map((reading) => reading.value), reason };
  }
  const { value, separators } = readings[0] as Evaluation;
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
    separators,
    comment: null,
    corrected: false,
  };
}

/**
 * A count typed with a decimal part ("2.5", "1,5" people): not a number of people, but two
 * whole numbers it may have meant, asked about: the separator typed by mistake (25, 15) and
 * thousands written short (2.500, 1.500). Refused when neither is likely ("1.234,5", words).
 */
function fractionalCount(literal: string | undefined, scaled: boolean, negative: boolean): NumberParse {
  const oneSeparator = literal !== undefined && !scaled && /^\d+[.,]\d+$/.test(literal);
  if (!oneSeparator) return refuse("fraction", literal ? { typed: literal } : {});
  const [whole = "", fraction = ""] = literal.split(/[.,]/);
  const readings = [
    ...(/^0+$/.test(whole) ? [] : [new Decimal(`${whole}${fraction}`)]),
    ...(fraction.length <= 2 ? [new Decimal(`${whole}.${fraction}`).times(1000)] : []),
  ];
  if (readings.length === 0) return refuse("fraction", { typed: literal });
  return { kind: "ambiguous", readings: readings.map((reading) => (negative ? reading.negated() : reading)), reason: "fraction" };
}

function refuse(reason: RefusalReason, params?: Record<string, string>): NumberParse {
  return params ? { kind: "refused", reason, params } : { kind: "refused", reason };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What the number was written with, which decides how it converts into the unit. */
function describe(tokens: NumberToken[]) {
  const scales = tokens.flatMap((token) => (token.kind === "scale" ? [token.value] : []));
  return {
    scaled: scales.length > 0,
    largestScale: Math.max(1, ...scales),
    /** "nghìn" written as a word: a number of the field's units ("hai nghìn" triệu), unlike "k". */
    thousandWord: tokens.some((token) => token.kind === "scale" && token.value === 1e3 && token.word !== "k"),
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
  typed: {
    unit: ResolvedUnit;
    scaled: boolean;
    largestScale: number;
    thousandWord: boolean;
    currency: boolean;
    literal: string | undefined;
    changeWord: boolean;
  },
): { readings: Decimal[]; reason: AmbiguityReason } | undefined {
  const { unit, scaled, currency } = typed;
  if (unit.kind === "money" && unit.dongPerUnit > 1 && !currency) {
    // "180.000.000" or "2.500.000" for an indicator in triệu đồng was probably typed in đồng.
    if (!scaled && only.abs().greaterThanOrEqualTo(1e5) && only.modulo(1000).isZero()) {
      return { readings: [only, only.dividedBy(unit.dongPerUnit)], reason: "scale" };
    }
    // A scale far below the field's: "một nghìn hai trăm" in triệu đồng may be 1.200 triệu
    // ("nghìn" only counts); "1tr5" in tỷ đồng may be 1,5 tỷ ("tr" typed for the field's scale).
    if (scaled && !only.isZero() && only.abs().lessThan(0.01)) {
      const dong = only.times(unit.dongPerUnit);
      const meant = typed.largestScale <= 1e3 && typed.thousandWord ? dong : dong.dividedBy(typed.largestScale);
      return { readings: [meant, only], reason: "scale" };
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
