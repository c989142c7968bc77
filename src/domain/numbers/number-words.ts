import { Decimal } from "decimal.js";
import type { NumberToken } from "./number-tokens.js";

/**
 * Scale words that carry a tone mark, with the digits VNI typing leaves after them for it:
 * "ty3" (hỏi), "nghin2" (huyền), "trieu5"/"trieu6" (nặng, ê).
 */
const VNI_TONE_DIGITS: Readonly<Record<string, string>> = { ty: "3", ti: "3", nghin: "2", ngan: "2", trieu: "56" };

/** A decimal mark: ',' in Vietnamese, '.' in English. */
export type DecimalMark = "," | ".";

/** How the separators of typed figures were read: which one grouped thousands, which marked decimals. */
export interface Separators {
  thousands: DecimalMark | null;
  decimal: DecimalMark | null;
}

/** One value a number expression can mean, with how its separators were read. */
export interface Evaluation {
  value: Decimal;
  separators: Separators;
}

const NO_SEPARATORS: Separators = { thousands: null, decimal: null };

/**
 * The values a number expression can mean, one per reading (a literal like "100,000" has two,
 * "2 tỷ 50" has two), for a person whose decimal mark is `decimalMark`. Undefined when the
 * words do not form a number.
 */
export function evaluateAll(tokens: NumberToken[], decimalMark: DecimalMark = ","): Evaluation[] | undefined {
  const scaled = tokens.some((token) => token.kind === "scale");
  const choices: Evaluation[][] = [];
  for (const token of tokens) {
    if (token.kind !== "literal") continue;
    const readings = readLiteral(token.text, scaled, decimalMark);
    if (!readings) return undefined;
    choices.push(readings);
  }
  if (choices.filter((readings) => readings.length > 1).length > 1) return undefined;
  const ambiguousAt = choices.findIndex((readings) => readings.length > 1);
  const variants = ambiguousAt < 0 ? 1 : (choices[ambiguousAt]?.length ?? 1);
  const evaluations: Evaluation[] = [];
  for (let variant = 0; variant < variants; variant += 1) {
    const picked = choices.map((readings, index) => (index === ambiguousAt ? readings[variant] : readings[0]) as Evaluation);
    const values = evaluate(
      tokens,
      picked.map((reading) => reading.value),
    );
    if (!values) return undefined;
    const separators = picked.find((reading) => reading.separators !== NO_SEPARATORS)?.separators ?? NO_SEPARATORS;
    evaluations.push(...values.map((value) => ({ value, separators })));
  }
  return evaluations;
}

/**
 * The possible values of a typed literal. Vietnamese style: '.' groups thousands, ',' marks
 * decimals; English style is recognised when it cannot be Vietnamese. "2.5" reads as 2,5
 * (people type '.' for the decimal point); "100,000" has two readings; "0.500" is a half.
 * For a person who writes '.' for decimals (English), "1,255" is 1.255 and "18.406" may be
 * 18,406 or, typed the Vietnamese way, 18.406.
 */
function readLiteral(text: string, scaled: boolean, decimalMark: DecimalMark): Evaluation[] | undefined {
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
  const grouped = (body: string, separator: string) => new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(body);
  if (dots === 0 && commas === 0) return [{ value: new Decimal(text), separators: NO_SEPARATORS }];
  if (dots > 0 && commas > 0) {
    const decimalSeparator = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const thousands = decimalSeparator === "," ? "." : ",";
    const cut = text.lastIndexOf(decimalSeparator);
    const whole = text.slice(0, cut);
    const fraction = text.slice(cut + 1);
    if (text.split(decimalSeparator).length - 1 !== 1 || !grouped(whole, thousands)) return undefined;
    return [{ value: new Decimal(`${whole.replaceAll(thousands, "")}.${fraction}`), separators: { thousands, decimal: decimalSeparator } }];
  }
  const separator: DecimalMark = dots > 0 ? "." : ",";
  const count = dots + commas;
  if (count > 1) {
    return grouped(text, separator)
      ? [{ value: new Decimal(text.replaceAll(separator, "")), separators: { thousands: separator, decimal: null } }]
      : undefined;
  }
  const [whole = "", fraction = ""] = text.split(separator);
  const asDecimal = { value: new Decimal(`${whole}.${fraction}`), separators: { thousands: null, decimal: separator } };
  const asThousands = { value: new Decimal(`${whole}${fraction}`), separators: { thousands: separator, decimal: null } };
  if (fraction.length !== 3 || whole.length > 3 || /^0+$/.test(whole)) return [asDecimal];
  if (separator === ".") return decimalMark === "." ? [asDecimal, asThousands] : [asThousands];
  if (decimalMark === ".") return [asThousands];
  return scaled ? [asDecimal] : [asThousands, asDecimal];
}

/** The group below a thousand being read ("hai trăm linh năm"), and which of its parts it has had. */
interface Group {
  value: Decimal;
  /** Any part of the group was read, so a scale after it multiplies it. */
  started: boolean;
  /** A units digit not yet placed: "hai" before "mươi" is tens, before "nghìn" a multiplier. */
  units: Decimal | undefined;
  /** The units were a digit word, so a second digit word makes them tens ("hai lăm"). */
  unitsSpoken: boolean;
  tens: boolean;
  hundred: boolean;
  /** "linh"/"lẻ" was read: the next digit stays in its place. */
  odd: boolean;
}

/** An amount already multiplied by a scale, with that scale. */
interface Scaled {
  amount: Decimal;
  scale: number;
}

/** A number expression read so far. */
interface Expression {
  /** Amounts already multiplied by a scale: a larger scale after them multiplies them again ("hai trăm nghìn tỷ"). */
  scaled: Scaled[];
  lastScale: number | undefined;
  group: Group;
  /** The words after "phẩy", read once the fraction ends: "hai phẩy năm", "không phẩy bảy mươi lăm". */
  fraction: NumberToken[] | undefined;
  /** The other reading of digits after a scale: two digits in the next scale down, a tone digit as nothing. */
  other: Decimal | undefined;
}

/** One token read: the expression with it, or the words do not form a number. */
type Step = { kind: "read"; expression: Expression } | { kind: "invalid" };

/** Where a token stands: the last of the expression, what came before it, a literal's chosen value. */
interface Position {
  last: boolean;
  previous: NumberToken | undefined;
  literal: Decimal | undefined;
}

const INVALID: Step = { kind: "invalid" };
const EMPTY_GROUP: Group = {
  value: new Decimal(0),
  started: false,
  units: undefined,
  unitsSpoken: false,
  tens: false,
  hundred: false,
  odd: false,
};

/**
 * Evaluates number words and literals: groups below a thousand ("hai trăm linh năm") times
 * scales ("nghìn", "triệu", "tỷ", and "nghìn tỷ"), with the colloquial shortenings: after a
 * scale, a lone digit is its next place ("hai tỷ hai" = 2,2 tỷ, "1tr5" = 1,5 triệu), three
 * digits or a group in words count in the next scale down ("2 tỷ 500" and "hai tỷ năm trăm"
 * = 2 tỷ 500 triệu), and two digits apart mean either ("2 tỷ 50": 2,5 or 2,05 tỷ, so both
 * are returned); after "trăm" a lone digit is its tens ("một trăm hai" = 120); "hai lăm" is 25;
 * "linh"/"lẻ" keeps the next number exact ("một nghìn linh năm" = 1.005); "rưỡi" is half of
 * what precedes it. Each token is one step on the expression read so far.
 */
function evaluate(tokens: NumberToken[], literals: Decimal[]): Decimal[] | undefined {
  let expression: Expression = { scaled: [], lastScale: undefined, group: EMPTY_GROUP, fraction: undefined, other: undefined };
  let literalIndex = 0;
  for (const [index, token] of tokens.entries()) {
    const literal = token.kind === "literal" ? literals[literalIndex++] : undefined;
    const step = readToken(expression, token, { last: index === tokens.length - 1, previous: tokens[index - 1], literal });
    if (step.kind === "invalid") return undefined;
    expression = step.expression;
  }
  return finish(expression);
}

function read(expression: Expression): Step {
  return { kind: "read", expression };
}

/** The expression with its group changed. */
function withGroup(expression: Expression, changes: Partial<Group>): Step {
  return read({ ...expression, group: { ...expression.group, ...changes } });
}

function readToken(expression: Expression, token: NumberToken, at: Position): Step {
  if (expression.fraction) {
    if (isFractionPart(token)) return read({ ...expression, fraction: [...expression.fraction, token] });
    if (token.kind !== "scale" && token.kind !== "currency" && token.kind !== "percent") return INVALID;
  }
  switch (token.kind) {
    case "literal":
    case "digit":
      return readDigits(expression, token, at);
    case "tens":
      return readTens(expression.group, expression);
    case "hundred":
      return readHundred(expression.group, expression);
    case "odd":
      return readOdd(expression);
    case "half":
      return readHalf(expression);
    case "point":
      return expression.group.units === undefined && !expression.group.started ? INVALID : read({ ...expression, fraction: [] });
    case "scale":
      return readScale(expression, token.value);
    case "currency":
    case "percent":
      return read(expression);
    default:
      return INVALID;
  }
}

/** Digits after "phẩy": typed digits, digit words, and words of a number ("bảy mươi lăm"). */
function isFractionPart(token: NumberToken): boolean {
  if (token.kind === "literal") return /^\d+$/.test(token.text);
  return token.kind === "digit" || token.kind === "tens" || token.kind === "hundred" || token.kind === "odd";
}

/** A typed literal or a digit word: units, tens of spoken units, or the places after a scale or "trăm". */
function readDigits(expression: Expression, token: Extract<NumberToken, { kind: "literal" | "digit" }>, at: Position): Step {
  const value = token.kind === "literal" ? (at.literal as Decimal) : new Decimal(token.value);
  const digits = token.kind === "digit" ? 1 : /^\d+$/.test(token.text) ? token.text.length : 0;
  const { group, lastScale } = expression;
  if (group.units !== undefined) return readSpokenUnits(expression, token, value);
  if (at.last && !group.started && lastScale !== undefined && digits > 0 && digits <= 3) {
    return readPlacesAfterScale(expression, token, value, { digits, scale: lastScale, previous: at.previous });
  }
  if (at.last && group.hundred && !group.tens && !group.odd && digits === 1) {
    return withGroup(expression, { value: group.value.plus(value.times(10)), started: true });
  }
  return withGroup(expression, { units: value, unitsSpoken: token.kind === "digit", started: true });
}

/** "hai lăm", "ba mốt", "bốn tư": tens and units without "mươi". */
function readSpokenUnits(expression: Expression, token: NumberToken, value: Decimal): Step {
  const { group } = expression;
  const spoken = token.kind === "digit" && ["lam", "nham", "mot", "tu"].includes(token.word);
  if (!group.unitsSpoken || !spoken || group.tens || !group.units || group.units.isZero()) return INVALID;
  return withGroup(expression, { value: group.value.plus(group.units.times(10)), tens: true, units: value });
}

/**
 * The last digits right after a scale are its next places ("1tr5" = 1,5 triệu); two of them
 * may also be the next scale down ("2 tỷ 50"), and a VNI tone digit no digit at all ("5 ty3").
 */
function readPlacesAfterScale(
  expression: Expression,
  token: Extract<NumberToken, { kind: "literal" | "digit" }>,
  value: Decimal,
  at: { digits: number; scale: number; previous: NumberToken | undefined },
): Step {
  const places = value.times(at.scale).dividedBy(10 ** at.digits);
  // Glued ("1tr25") or with a leading zero ("2 tỷ 05"), the digits are decimal places only.
  const placesOnly = token.kind === "literal" && (token.glued || token.text.startsWith("0"));
  const toneDigit =
    token.kind === "literal" &&
    token.glued &&
    at.digits === 1 &&
    at.previous?.kind === "scale" &&
    (VNI_TONE_DIGITS[at.previous.word]?.includes(token.text) ?? false);
  let other = expression.other;
  if (at.digits === 2 && !placesOnly) other = value.times(at.scale).dividedBy(1000);
  if (toneDigit) other = new Decimal(0);
  return read({ ...expression, other, group: { ...expression.group, value: places, started: true } });
}

function readTens(group: Group, expression: Expression): Step {
  if (group.tens) return INVALID;
  const multiplier = group.units ?? new Decimal(1);
  if (!multiplier.isInteger() || multiplier.greaterThan(9)) return INVALID;
  return withGroup(expression, { value: group.value.plus(multiplier.times(10)), units: undefined, tens: true, started: true });
}

function readHundred(group: Group, expression: Expression): Step {
  if (group.hundred || group.tens) return INVALID;
  const value = group.value.plus((group.units ?? new Decimal(1)).times(100));
  return withGroup(expression, { value, units: undefined, hundred: true, started: true });
}

/**
 * "linh"/"lẻ": after "trăm", no tens ("một trăm linh năm"); right after a scale, no hundreds
 * ("một nghìn linh năm", "ba nghìn lẻ hai mươi").
 */
function readOdd(expression: Expression): Step {
  const { group } = expression;
  const afterScale = !group.started && expression.lastScale !== undefined;
  if (!(group.hundred || afterScale) || group.tens || group.units !== undefined) return INVALID;
  return withGroup(expression, afterScale ? { odd: true, hundred: true, started: true } : { odd: true, tens: true, started: true });
}

/** "rưỡi": half a hundred after "trăm", half the scale right after one ("tỷ rưỡi"). */
function readHalf(expression: Expression): Step {
  const { group, lastScale } = expression;
  if (group.units !== undefined || group.tens) return INVALID;
  if (group.hundred) return withGroup(expression, { value: group.value.plus(50) });
  if (group.started || lastScale === undefined) return INVALID;
  return read({ ...expression, scaled: [...expression.scaled, { amount: new Decimal(lastScale / 2), scale: lastScale }] });
}

/** A scale multiplies the group before it, and the smaller scales before that ("hai trăm nghìn tỷ"). */
function readScale(open: Expression, scale: number): Step {
  const expression = closeFraction(open);
  if (!expression) return INVALID;
  const { group } = expression;
  const groupValue = group.units === undefined ? group.value : group.value.plus(group.units);
  // A scale alone means one of it ("nghìn" = 1.000); after smaller scales, it multiplies them.
  let amount = group.started || group.units !== undefined || expression.scaled.length > 0 ? groupValue : new Decimal(1);
  const scaled = [...expression.scaled];
  while (scaled.length > 0 && (scaled.at(-1) as Scaled).scale < scale) amount = amount.plus((scaled.pop() as Scaled).amount);
  scaled.push({ amount: amount.times(scale), scale });
  return read({ ...expression, scaled, group: EMPTY_GROUP, lastScale: scale });
}

/** The fraction after "phẩy" added to the units, once its digits end. Undefined when they do not form one. */
function closeFraction(expression: Expression): Expression | undefined {
  if (!expression.fraction) return expression;
  const text = fractionText(expression.fraction);
  if (text === undefined) return undefined;
  const units = (expression.group.units ?? new Decimal(0)).plus(new Decimal(`0.${text}`));
  return { ...expression, fraction: undefined, group: { ...expression.group, units } };
}

/** The values of the whole expression: the scaled amounts plus the last group, and its other reading. */
function finish(open: Expression): Decimal[] | undefined {
  const expression = closeFraction(open);
  if (!expression) return undefined;
  const { group, lastScale } = expression;
  let groupValue = group.units === undefined ? group.value : group.value.plus(group.units);
  // "hai tỷ năm trăm", "3 triệu 2 trăm": a group in words after a large scale counts in the next scale down.
  if (lastScale !== undefined && lastScale >= 1e6 && (group.hundred || group.tens) && !group.odd)
    groupValue = groupValue.times(lastScale / 1000);
  const total = expression.scaled.reduce((sum, entry) => sum.plus(entry.amount), new Decimal(0));
  return expression.other === undefined ? [total.plus(groupValue)] : [total.plus(groupValue), total.plus(expression.other)];
}

/**
 * The digits after "phẩy": typed ("6 phẩy 5"), digit by digit ("năm sáu" = 56), or leading
 * zeros then a number in words ("bảy mươi lăm" = 75, "không năm" = 05), as this bot writes
 * decimals in words.
 */
function fractionText(parts: NumberToken[]): string | undefined {
  if (parts.length === 0) return undefined;
  const digitsOf = (part: NumberToken) => (part.kind === "digit" ? String(part.value) : part.kind === "literal" ? part.text : undefined);
  const digits = parts.map(digitsOf);
  if (digits.every((text) => text !== undefined)) return digits.join("");
  const zeros = parts.findIndex((part) => !(part.kind === "digit" && part.value === 0));
  const words = parts.slice(zeros);
  // The fraction's literals are plain digits ("phẩy 5 mươi"): each has one reading.
  const literals = words.flatMap((part) => (part.kind === "literal" ? [new Decimal(part.text)] : []));
  const rest = evaluate(words, literals);
  const value = rest?.length === 1 ? rest[0] : undefined;
  if (!value?.isInteger()) return undefined;
  return `${"0".repeat(zeros)}${value.toFixed()}`;
}
