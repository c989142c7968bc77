import type { Decimal } from "decimal.js";
import { editDistance } from "../text/match-name.js";
import { evaluateAll } from "./number-words.js";
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

/**
 * Digit words that only mean a digit after another part of a number ("hai mươi lăm", "một trăm
 * lẻ tư", "ba nghìn tư"): alone, they are "làm", "từ".
 */
const TRAILING_DIGIT_WORDS = new Set(["lam", "nham", "tu"]);

/** Shorthand scales that must follow a number: "tr5" alone is a typo, not 1,5 triệu. */
const SHORTHAND_SCALES = new Set(["k", "tr", "cu"]);

/**
 * Multipliers people type after a number, words and shorthands: "2 tỷ", "95tr", "500k"; "ngìn"
 * and "ngin", the commonest slips for nghìn; the English ones ("2.5 thousand").
 */
const SCALE_WORDS: Readonly<Record<string, number>> = {
  ...MONEY_SCALES,
  ngin: 1e3,
  k: 1e3,
  tr: 1e6,
  cu: 1e6,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
};

/** Scale words a slip away from which a word after a number is a mistyped scale, never a word to drop. */
const NEAR_SCALE_WORDS = ["nghin", "ngan", "trieu"];

const CURRENCY_WORDS = new Set(["dong", "d", "vnd"]);

/** Words that may sit next to a number without changing it ("12 người", "không có ai"). */
const FILLER_WORDS = new Set([
  "nguoi",
  "people",
  "persons",
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
  "ca",
  "het",
]);

/** Words that say what was counted: in a money or percentage answer they mean a wrong field. */
const COUNT_UNIT_WORDS = new Set(["nguoi", "can", "ho", "cuoc", "lan", "vien"]);

/**
 * Dates, quarters and years written around a figure ("tính đến 15/12", "quý 4:", "năm nay"):
 * their digits and "năm" are not part of it. A month or a half-year is left in, so such a
 * figure is refused as two numbers rather than taken for the quarter's.
 */
const CONTEXT_PATTERNS: readonly RegExp[] = [
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  /\b(?:ngay|den|tu)\s+\d{1,2}[.-]\d{1,2}(?:[.-]\d{2,4})?\b/g,
  /\b(?:quy|q)\s*\.?\s*(?:iv|i{1,3}|[1-4])\b(?:\s*(?:\/|nam)\s*\d{4})?/g,
  /\b(?:trong\s+)?nam\s+(?:nay|ngoai|truoc|qua|\d{4})\b/g,
  /\btrong\s+nam\b/g,
];

/** Words that make the number next to them a date or a span of time, never a figure: "tháng 9", "15 ngày". */
const DATE_WORDS = new Set(["thang", "ngay", "tuan"]);

/** Words that make a number an estimate nobody can total: "vài chục", "hàng trăm", "mấy nghìn". */
const VAGUE_WORDS = new Set(["vai", "may", "hang", "nhieu", "dam"]);
/** Phrases that do the same: "một số xã" is "some communes". */
const VAGUE_PHRASE = /\bmot so\b/;

/** Digit words and the words of tens, hundreds and scales: what may stand right before "tỷ lẻ". */
const NUMBER_WORDS = ["mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi", "tram", "nghin", "ngan", "trieu"];

/** "tỷ lệ", a rate; after a number, "tỷ lẻ" is a scale and "lẻ" ("2 tỷ lẻ 8 triệu" = 2.008 triệu). */
// The lookahead first: the lookbehind is costly, and only worth trying where "tỷ lệ" stands.
const RATE_WORDS = new RegExp(`\\b(?=t[yi] le\\b)(?<!(?:\\d|\\b(?:${NUMBER_WORDS.join("|")}))\\s*)t[yi] le\\b`, "g");

const NUMBER_PARTS = new Set<NumberToken["kind"]>(["literal", "digit", "tens", "hundred", "odd", "half", "point", "scale"]);

/**
 * Splits folded text into number literals, number words, scales and the rest. Phrases that
 * look like numbers but are not ("tỷ lệ", a rate) are dropped first; "nửa tỷ" becomes "0,5 tỷ"
 * and ".5" becomes "0.5".
 */
export function tokenize(folded: string): NumberToken[] {
  const prepared = CONTEXT_PATTERNS.reduce((text, pattern) => text.replace(pattern, " "), folded)
    // "một số" counts as vague, like "vài".
    .replace(VAGUE_PHRASE, " vai ")
    .replace(RATE_WORDS, " ")
    .replace(/(\d|\b)trd\b/g, "$1 tr d")
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
  return yearWordsApart(tokens);
}

/**
 * VNI tone digits left inside words by a keyboard without its input method ("ba mu7o7i",
 * "tra8m", "nghi2n", "d9o62ng"): removed where the word they leave is a word of numbers, so
 * "tra8m" is trăm, not the figure 8. Digits at a word's end ("5 ty3") are read with the scale.
 */
export function withoutVniDigits(folded: string): string {
  if (!/[a-z][1-9]+[a-z]/.test(folded)) return folded;
  return folded.replace(/[a-z]+(?:[1-9]+[a-z]+)+/g, (typed) => {
    const word = typed.replace(/[1-9]+/g, "");
    return knownWordToken(word, undefined).kind === "word" && !FILLER_WORDS.has(word) ? typed : word;
  });
}

/**
 * "năm" is five, and the year: after a word, apart from any other number word, with a figure
 * elsewhere in the message ("đạt 91,2% kế hoạch năm"), it is the year.
 */
function yearWordsApart(tokens: NumberToken[]): NumberToken[] {
  const isPart = (token: NumberToken | undefined) => token !== undefined && NUMBER_PARTS.has(token.kind);
  const year = (token: NumberToken, index: number) =>
    token.kind === "digit" && token.word === "nam" && tokens[index - 1]?.kind === "word" && !isPart(tokens[index + 1]);
  const years = new Set(tokens.flatMap((token, index) => (year(token, index) ? [index] : [])));
  const figureElsewhere = tokens.some((token, index) => isPart(token) && !years.has(index));
  if (years.size === 0 || !figureElsewhere) return tokens;
  return tokens.map((token, index) => (years.has(index) ? { kind: "word", word: "nam" } : token));
}

function wordToken(typed: string, previous: NumberToken | undefined): NumberToken {
  const token = knownWordToken(typed, previous);
  if (token.kind !== "word") return token;
  // Telex typed without its input method: "tramw", "nghinf", "tyr", "muowif" are trăm, nghìn, tỷ, mười.
  const word = typed
    .replaceAll("w", "")
    .replace(/([aeod])\1/g, "$1")
    .replace(/(?<=[a-z]{2})[sfrxj]$/, "");
  return word === typed ? token : knownWordToken(word, previous);
}

function knownWordToken(word: string, previous: NumberToken | undefined): NumberToken {
  const digit = DIGIT_WORDS[word];
  const inNumber = previous !== undefined && ["tens", "digit", "odd", "hundred", "scale"].includes(previous.kind);
  if (digit !== undefined && (inNumber || !TRAILING_DIGIT_WORDS.has(word))) return { kind: "digit", value: digit, word };
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
  /** Words after it name something counted ("12 người"), which a money or percentage field does not expect. */
  countWords: boolean;
  /** The number as typed when it is one literal ("2.5", "4.075"), to offer its other readings. */
  literal: string | undefined;
  /** The scale and currency words written, as the person wrote them ("tr", "ty dong"). */
  unitText: string | null;
}

/** Why a message holds no usable number: none, several, an estimate, mistyped, or a date ("tháng 9"). */
export type RunProblem = "none" | "several" | "vague" | "malformed" | "date";

/**
 * The one number in the tokens, or why there is none to read. A number restated in other
 * words ("156 (một trăm năm mươi sáu)", "0 (không)") is one number.
 */
export function findNumberRun(tokens: NumberToken[]): NumberRun | RunProblem {
  const vague = tokens.some((token) => token.kind === "word" && VAGUE_WORDS.has(token.word));
  if (vague && tokens.some((token) => NUMBER_PARTS.has(token.kind))) return "vague";
  const bounds = runBounds(tokens);
  const [first] = bounds;
  if (!first) return "none";
  if (bounds.length > 1 && !restatesOneValue(bounds.map(([start, end]) => tokens.slice(start, end + 1)))) return "several";
  const [start, end] = bounds.length > 1 ? [first[0], (bounds.at(-1) as [number, number])[1]] : first;
  const runTokens = tokens.slice(first[0], first[1] + 1);
  const head = runTokens[0] as NumberToken;
  if (head.kind === "scale" && SHORTHAND_SCALES.has(head.word)) return "malformed";
  // "hia mươi", "hia trăm": a mistyped digit word before tens or hundreds would silently drop it.
  const before = tokens[start - 1];
  if ((head.kind === "tens" || head.kind === "hundred") && before?.kind === "word" && nearDigitWord(before.word)) return "malformed";
  const trailing = tokens.slice(end + 1);
  if ([tokens[start - 1], trailing[0]].some((token) => token?.kind === "word" && DATE_WORDS.has(token.word))) return "date";
  // "sáu trăm nghìm": a slip of a scale after the number would silently make it a thousand times smaller.
  const next = trailing[0];
  if (next?.kind === "word" && !FILLER_WORDS.has(next.word) && nearScaleWord(next.word)) return "malformed";
  const kinds = new Set(runTokens.map((token) => token.kind));
  // "trăm" and "mươi" alone ("phần trăm") are words; "tỷ rưỡi", "trăm rưỡi" and "trăm triệu" are numbers.
  const wordsAlone = (kinds.has("hundred") || kinds.has("scale")) && (kinds.has("half") || (kinds.has("hundred") && kinds.has("scale")));
  const hasValue = kinds.has("literal") || kinds.has("digit") || kinds.has("tens") || wordsAlone;
  if (!hasValue) return "none";
  const units = [...runTokens, ...trailing].filter(
    (token) => token.kind === "scale" || token.kind === "currency" || token.kind === "percent",
  );
  const others = [...tokens.slice(0, start), ...trailing].filter((token) => token.kind === "word" || token.kind === "symbol");
  const single = runTokens.length === 1 && head.kind === "literal" ? head.text : undefined;
  return {
    tokens: [...runTokens, ...trailing.filter(isUnitToken)],
    onlyZeroWord: runTokens.length === 1 && head.kind === "digit" && head.value === 0,
    fillerOnly: others.every((token) => token.kind === "word" && FILLER_WORDS.has(token.word)),
    // After the number only: before it, people repeat the indicator's name ("tỷ lệ hộ nghèo: 2,15%").
    countWords: trailing.some((token) => token.kind === "word" && COUNT_UNIT_WORDS.has(token.word)),
    literal: single,
    unitText: units.length ? units.map(unitWord).join(" ") : null,
  };
}

/** Where the runs of number tokens start and end; units between two numbers join them. */
function runBounds(tokens: NumberToken[]): [number, number][] {
  const bounds: [number, number][] = [];
  for (const [index, token] of tokens.entries()) {
    if (!NUMBER_PARTS.has(token.kind)) continue;
    const last = bounds.at(-1);
    if (last && tokens.slice(last[1] + 1, index).every(isUnitToken)) last[1] = index;
    else bounds.push([index, index]);
  }
  return bounds;
}

/** Whether every run reads as one and the same value: the figure, then the figure in words. */
function restatesOneValue(runs: NumberToken[][]): boolean {
  const values = runs.map((run) => evaluateAll(run)?.map((evaluation) => evaluation.value));
  const [first] = values;
  return values.every((value) => value?.length === 1 && first?.length === 1 && value[0]?.equals(first[0] as Decimal));
}

function unitWord(token: NumberToken): string {
  if (token.kind === "scale") return token.word;
  return token.kind === "percent" ? "%" : "dong";
}

function isUnitToken(token: NumberToken): boolean {
  return token.kind === "currency" || token.kind === "percent";
}

/** One letter changed, added, dropped or two swapped from a scale word people write in full. */
function nearScaleWord(word: string): boolean {
  return word.length >= 3 && NEAR_SCALE_WORDS.some((scale) => editDistance(word, scale, 1) <= 1);
}

/** One letter changed, added, dropped or two swapped from a digit word of three letters or more. */
function nearDigitWord(word: string): boolean {
  return Object.keys(DIGIT_WORDS).some((digit) => digit.length >= 3 && digit !== word && editDistance(word, digit, 1) <= 1);
}
