import { Decimal } from "decimal.js";
import type { NumberToken } from "./number-tokens.js";

/**
 * Scale words that carry a tone mark, with the digits VNI typing leaves after them for it:
 * "ty3" (hỏi), "nghin2" (huyền), "trieu5"/"trieu6" (nặng, ê).
 */
const VNI_TONE_DIGITS: Readonly<Record<string, string>> = { ty: "3", ti: "3", nghin: "2", ngan: "2", trieu: "56" };

/**
 * The values a number expression can mean, one per reading (a literal like "100,000" has two,
 * "2 tỷ 50" has two). Undefined when the words do not form a number.
 */
export function evaluateAll(tokens: NumberToken[]): Decimal[] | undefined {
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
    const readings = evaluate(tokens, picked);
    if (!readings) return undefined;
    values.push(...readings);
  }
  return values;
}

/**
 * The possible values of a typed literal. Vietnamese style: '.' groups thousands, ',' marks
 * decimals; English style is recognised when it cannot be Vietnamese. "2.5" reads as 2,5
 * (people type '.' for the decimal point); "100,000" has two readings; "0.500" is a half.
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
  if (fraction.length !== 3 || whole.length > 3 || /^0+$/.test(whole)) return [asDecimal];
  if (separator === ".") return [asThousands];
  return scaled ? [asDecimal] : [asThousands, asDecimal];
}

/**
 * Evaluates number words and literals: groups below a thousand ("hai trăm linh năm") times
 * scales ("nghìn", "triệu", "tỷ", and "nghìn tỷ"), with the colloquial shortenings: after a
 * scale, a lone digit is its next place ("hai tỷ hai" = 2,2 tỷ, "1tr5" = 1,5 triệu), three
 * digits or a group in words count in the next scale down ("2 tỷ 500" and "hai tỷ năm trăm"
 * = 2 tỷ 500 triệu), and two digits apart mean either ("2 tỷ 50": 2,5 or 2,05 tỷ, so both
 * are returned); after "trăm" a lone digit is its tens ("một trăm hai" = 120); "hai lăm" is 25;
 * "linh"/"lẻ" keeps the next number exact ("một nghìn linh năm" = 1.005); "rưỡi" is half of
 * what precedes it.
 */
function evaluate(tokens: NumberToken[], literals: Decimal[]): Decimal[] | undefined {
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
  // The words after "phẩy", read once the fraction ends: "hai phẩy năm", "không phẩy bảy mươi lăm".
  let fraction: NumberToken[] | undefined;
  // The other reading of digits after a scale: two digits in the next scale down, a tone digit as nothing.
  let otherGroup: Decimal | undefined;

  const closeFraction = (): boolean => {
    if (!fraction) return true;
    const text = fractionText(fraction);
    if (text === undefined) return false;
    units = (units ?? new Decimal(0)).plus(new Decimal(`0.${text}`));
    fraction = undefined;
    return true;
  };

  for (const [index, token] of tokens.entries()) {
    const last = index === tokens.length - 1;
    const typedDigits = token.kind === "literal" && /^\d+$/.test(token.text);
    if (fraction && (typedDigits || token.kind === "digit" || token.kind === "tens" || token.kind === "hundred" || token.kind === "odd")) {
      if (token.kind === "literal") literalIndex += 1;
      fraction.push(token);
      continue;
    }
    if (fraction && token.kind !== "scale" && token.kind !== "currency" && token.kind !== "percent") return undefined;
    switch (token.kind) {
      case "literal":
      case "digit": {
        const value = token.kind === "literal" ? (literals[literalIndex++] as Decimal) : new Decimal(token.value);
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
          // Glued ("1tr25") or with a leading zero ("2 tỷ 05"), the digits are decimal places only.
          const placesOnly = token.kind === "literal" && (token.glued || token.text.startsWith("0"));
          if (digits === 2 && !placesOnly) otherGroup = value.times(lastScale).dividedBy(1000);
          // "5 ty3": VNI typing leaves a tone digit after "tỷ"; it may be no digit at all.
          const previous = tokens[index - 1];
          const toneDigit =
            token.kind === "literal" &&
            token.glued &&
            digits === 1 &&
            previous?.kind === "scale" &&
            (VNI_TONE_DIGITS[previous.word]?.includes(token.text) ?? false);
          if (toneDigit) otherGroup = new Decimal(0);
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
        if (tensDone) return undefined;
        const multiplier = units ?? new Decimal(1);
        if (!multiplier.isInteger() || multiplier.greaterThan(9)) return undefined;
        group = group.plus(multiplier.times(10));
        units = undefined;
        tensDone = true;
        groupStarted = true;
        break;
      }
      case "hundred": {
        if (hundredDone || tensDone) return undefined;
        group = group.plus((units ?? new Decimal(1)).times(100));
        units = undefined;
        hundredDone = true;
        groupStarted = true;
        break;
      }
      case "odd": {
        // After "trăm", no tens ("một trăm linh năm"); right after a scale, no hundreds
        // ("một nghìn linh năm", "ba nghìn lẻ hai mươi").
        const afterScale = !groupStarted && lastScale !== undefined;
        if (!(hundredDone || afterScale) || tensDone || units !== undefined) return undefined;
        odd = true;
        if (afterScale) hundredDone = true;
        else tensDone = true;
        groupStarted = true;
        break;
      }
      case "half":
        if (units !== undefined || tensDone) return undefined;
        if (hundredDone) group = group.plus(50);
        else if (!groupStarted && lastScale !== undefined) scaled.push({ amount: new Decimal(lastScale / 2), scale: lastScale });
        else return undefined;
        break;
      case "point":
        if (units === undefined && !groupStarted) return undefined;
        fraction = [];
        break;
      case "scale": {
        if (!closeFraction()) return undefined;
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
  if (!closeFraction()) return undefined;
  if (units !== undefined) group = group.plus(units);
  // "hai tỷ năm trăm", "3 triệu 2 trăm": a group in words after a large scale counts in the next scale down.
  if (lastScale !== undefined && lastScale >= 1e6 && (hundredDone || tensDone) && !odd) group = group.times(lastScale / 1000);
  const total = scaled.reduce((sum, entry) => sum.plus(entry.amount), new Decimal(0));
  return otherGroup !== undefined ? [total.plus(group), total.plus(otherGroup)] : [total.plus(group)];
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
  const rest = evaluate(parts.slice(zeros), []);
  const value = rest?.length === 1 ? rest[0] : undefined;
  if (!value?.isInteger()) return undefined;
  return `${"0".repeat(zeros)}${value.toFixed()}`;
}
