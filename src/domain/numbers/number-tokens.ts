import { MONEY_SCALES } from "./units.js";

/** A piece of a folded message, as far as numbers are concerned. */
export type NumberToken =
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

/** Digit words that only mean a digit after tens ("hai mươi lăm", "một trăm lẻ tư"): alone, "làm", "từ". */
const TRAILING_DIGIT_WORDS = new Set(["lam", "nham", "tu"]);

/** Shorthand scales that must follow a number: "tr5" alone is a typo, not 1,5 triệu. */
const SHORTHAND_SCALES = new Set(["k", "tr", "cu"]);

/** Multipliers people type after a number, words and shorthands: "2 tỷ", "95tr", "500k". */
const SCALE_WORDS: Readonly<Record<string, number>> = { ...MONEY_SCALES, k: 1e3, tr: 1e6, cu: 1e6 };

const CURRENCY_WORDS = new Set(["dong", "d", "vnd"]);

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

const NUMBER_PARTS = new Set<NumberToken["kind"]>(["literal", "digit", "tens", "hundred", "odd", "half", "point", "scale"]);

/**
 * Splits folded text into number literals, number words, scales and the rest. Phrases that
 * look like numbers but are not ("tỷ lệ", a rate) are dropped first; "nửa tỷ" becomes "0,5 tỷ"
 * and ".5" becomes "0.5".
 */
export function tokenize(folded: string): NumberToken[] {
  const prepared = folded
    .replace(/\bt[yi] le\b/g, " ")
    .replace(/\bphan tram\b/g, "%")
    .replace(/\bnua (?=(nghin|ngan|trieu|ty|ti)\b)/g, "0,5 ")
    .replace(/(?<![\w.,])[.,](?=\d)/g, "0$&")
    // Spaces between thousands ("1 290", "12 500 000") become dots, the Vietnamese separator.
    .replace(/(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,])/g, (match) => match.replaceAll(" ", "."));
  const tokens: NumberToken[] = [];
  const pattern = /(\d+(?:[.,]\d+)*)|([a-z]+)|(%)|(\S)/g;
  let previousEnd = -1;
  for (const match of prepared.matchAll(pattern)) {
    const [whole, literal, word, percent, symbol] = match;
    const glued = match.index === previousEnd;
    previousEnd = match.index + whole.length;
    if (literal) tokens.push({ kind: "literal", text: literal, glued });
    else if (percent) tokens.push({ kind: "percent" });
    else if (symbol) tokens.push({ kind: "symbol", text: symbol });
    else if (word) tokens.push(wordToken(word, tokens.at(-1)));
  }
  return tokens;
}

function wordToken(word: string, previous: NumberToken | undefined): NumberToken {
  const digit = DIGIT_WORDS[word];
  const afterTens = previous?.kind === "tens" || previous?.kind === "digit" || previous?.kind === "odd";
  if (digit !== undefined && (afterTens || !TRAILING_DIGIT_WORDS.has(word))) return { kind: "digit", value: digit, word };
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

/** The one number found in a message, with what surrounds it. */
export interface NumberRun {
  /** The number's tokens, with a unit written after it ("đồng", "%"). */
  tokens: NumberToken[];
  /** The run is only "không": an answer of zero, accepted only among filler words. */
  onlyZeroWord: boolean;
  fillerOnly: boolean;
  /** The digits of a single literal with its separators removed, the reading of "2.5" as 25. */
  literalDigits: string | undefined;
  /** The scale and currency words written, as the person wrote them ("tr", "ty dong"). */
  unitText: string | null;
}

/** Why a message holds no usable number. */
export type RunProblem = "none" | "several" | "vague" | "malformed";

/** The one contiguous number in the tokens, or why there is none to read. */
export function findNumberRun(tokens: NumberToken[]): NumberRun | RunProblem {
  const vague = tokens.some((token) => token.kind === "word" && VAGUE_WORDS.has(token.word));
  if (vague && tokens.some((token) => NUMBER_PARTS.has(token.kind))) return "vague";
  let start = -1;
  let end = -1;
  for (const [index, token] of tokens.entries()) {
    if (!NUMBER_PARTS.has(token.kind)) continue;
    if (start >= 0 && tokens.slice(end + 1, index).some((between) => !isUnitToken(between))) return "several";
    if (start < 0) start = index;
    end = index;
  }
  if (start < 0) return "none";
  const runTokens = tokens.slice(start, end + 1);
  const first = runTokens[0] as NumberToken;
  if (first.kind === "scale" && SHORTHAND_SCALES.has(first.word)) return "malformed";
  // "hia mươi", "hia trăm": a mistyped digit word before tens or hundreds would silently drop it.
  const before = tokens[start - 1];
  if ((first.kind === "tens" || first.kind === "hundred") && before?.kind === "word" && nearDigitWord(before.word)) return "malformed";
  const trailing = tokens.slice(end + 1);
  const kinds = new Set(runTokens.map((token) => token.kind));
  // "trăm" and "mươi" alone ("phần trăm") are words; "tỷ rưỡi" and "trăm triệu" are numbers.
  const hasValue =
    kinds.has("literal") || kinds.has("digit") || kinds.has("tens") || (kinds.has("scale") && (kinds.has("half") || kinds.has("hundred")));
  if (!hasValue) return "none";
  const units = [...runTokens, ...trailing].filter(
    (token) => token.kind === "scale" || token.kind === "currency" || token.kind === "percent",
  );
  const others = [...tokens.slice(0, start), ...trailing].filter((token) => token.kind === "word" || token.kind === "symbol");
  const single = runTokens.length === 1 && first.kind === "literal" ? first.text : undefined;
  return {
    tokens: [...runTokens, ...trailing.filter(isUnitToken)],
    onlyZeroWord: runTokens.length === 1 && first.kind === "digit" && first.value === 0,
    fillerOnly: others.every((token) => token.kind === "word" && FILLER_WORDS.has(token.word)),
    literalDigits: single?.replace(/[.,]/g, ""),
    unitText: units.length ? units.map(unitWord).join(" ") : null,
  };
}

function unitWord(token: NumberToken): string {
  if (token.kind === "scale") return token.word;
  return token.kind === "percent" ? "%" : "dong";
}

function isUnitToken(token: NumberToken): boolean {
  return token.kind === "currency" || token.kind === "percent";
}

/** One letter changed, added, dropped or two swapped from a digit word of three letters or more. */
function nearDigitWord(word: string): boolean {
  return Object.keys(DIGIT_WORDS).some((digit) => digit.length >= 3 && digit !== word && oneEditApart(word, digit));
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let index = 0;
  while (index < a.length && a[index] === b[index]) index += 1;
  if (a.length === b.length) {
    const swapped = a[index] === b[index + 1] && a[index + 1] === b[index] && a.slice(index + 2) === b.slice(index + 2);
    return swapped || a.slice(index + 1) === b.slice(index + 1);
  }
  return a.length > b.length ? a.slice(index + 1) === b.slice(index) : a.slice(index) === b.slice(index + 1);
}
