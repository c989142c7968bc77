import { Decimal } from "decimal.js";
import { type NumberParse, parseNumber, type ReadingOptions } from "../numbers/parse-number.js";

/** What the judge needs to know of an indicator, with last quarter's value as a yardstick. */
export interface AnswerRule {
  unit: string;
  integer: boolean;
  min: string | null;
  max: string | null;
  /** Last quarter's value, or null when there is none. */
  previous: string | null;
}

/** Why an accepted number deserves an "are you sure?". */
export type Doubt = "much_higher" | "much_lower" | "above_maximum" | "below_minimum";

/** A number the language core understood, with how it was written. */
export type Reading = Extract<NumberParse, { kind: "value" }>;

/** The verdict on one answer to a figure question. */
export type Judgement =
  | { kind: "accepted"; reading: Reading }
  | { kind: "doubtful"; reading: Reading; doubts: Doubt[] }
  | Extract<NumberParse, { kind: "ambiguous" } | { kind: "refused" }>;

/** A value more than this many times last quarter's (or less than its inverse) is questioned. */
const PLAUSIBLE_FACTOR = 5;

/**
 * Judges an answer: the language core reads the number in the indicator's unit, the way the
 * person writes numbers (`options`, from `readingOptions` of answer-wording); a reading that
 * is far from last quarter's or outside the catalog's bounds is doubtful, to be confirmed by
 * the person, never silently stored or silently refused.
 */
export function judgeAnswer(input: string, rule: AnswerRule, options: ReadingOptions = {}): Judgement {
  const expectation = { unit: rule.unit, integer: rule.integer, allowNegative: rule.min !== null && new Decimal(rule.min).isNegative() };
  const parsed = parseNumber(input, expectation, options);
  if (parsed.kind !== "value") return parsed;
  const doubts = doubtsAbout(parsed.value, rule);
  return doubts.length > 0 ? { kind: "doubtful", reading: parsed, doubts } : { kind: "accepted", reading: parsed };
}

/**
 * Judges a value the person picked among the readings offered for an ambiguous answer. The
 * value is taken as it is, never read again from text: "4.075" read again would be asked
 * about again, and 18,406 (an English reading) would come back as 18.406. Only its doubts.
 */
export function judgeChosen(value: Decimal, rule: AnswerRule): Extract<Judgement, { kind: "accepted" | "doubtful" }> {
  const reading: Reading = {
    kind: "value",
    value,
    hedge: null,
    fromWords: false,
    inputUnit: null,
    separators: { thousands: null, decimal: null },
    comment: null,
    corrected: false,
  };
  const doubts = doubtsAbout(value, rule);
  return doubts.length > 0 ? { kind: "doubtful", reading, doubts } : { kind: "accepted", reading };
}

/** The reasons to question a value, from the bounds and last quarter's value. */
export function doubtsAbout(value: Decimal, rule: AnswerRule): Doubt[] {
  const doubts: Doubt[] = [];
  if (rule.max !== null && value.greaterThan(rule.max)) doubts.push("above_maximum");
  if (rule.min !== null && value.lessThan(rule.min)) doubts.push("below_minimum");
  if (rule.previous !== null) {
    const previous = new Decimal(rule.previous);
    if (previous.greaterThan(0)) {
      if (value.greaterThan(previous.times(PLAUSIBLE_FACTOR))) doubts.push("much_higher");
      if (value.lessThan(previous.dividedBy(PLAUSIBLE_FACTOR))) doubts.push("much_lower");
    }
  }
  return doubts;
}
