import { foldInPlace } from "../numbers/message-parts.js";
import { expandTokens } from "./abbreviations.js";
import { beginsCountedNoun } from "./counted-nouns.js";
import { COUNTERS } from "./indicator-words.js";
import { type MentionScope, scopeOf } from "./mention-scope.js";
import { restatedEnd } from "./restated-figures.js";

/** A word near a number in a report's sentence, folded, with how far from the number it stands. */
export interface ContextWord {
  word: string;
  /** Words between it and the number: 0 for the word right beside it. */
  distance: number;
  /** A comma, a colon or "và" stands between it and the number: it more likely speaks of another figure. */
  crossed: boolean;
  /** Where the word ends in the sentence, to show a count with its noun ("03 nhà"). */
  end: number;
}

/**
 * A number written in a sentence of a report, as the reader finds it before knowing what it
 * counts: where it stands, the words either side (nearest first), and whether it compares with
 * another period or gives a change, which are never proposed as a figure.
 */
export interface NumberMention extends MentionScope {
  /** The number with its scale and currency or percent words, as written ("5,1 tỷ đồng"). */
  text: string;
  start: number;
  end: number;
  /** The words right before it, as written, that may qualify it ("khoảng"), for the number reader. */
  prefix: string;
  left: ContextWord[];
  right: ContextWord[];
  percent: boolean;
  /** Written with a scale or a currency ("5,1 tỷ", "50 triệu đồng"): a sum of money, or a large count. */
  scaled: boolean;
  /** "so với cùng kỳ là 900", "(quý trước: 850)": a figure of another period. */
  comparison: boolean;
  /** "tăng 5 so với cùng kỳ", "(giảm 12)": a change, not the figure. */
  change: boolean;
  /** After "trong đó", "bao gồm" in its clause: a part of a figure before it. */
  part: boolean;
  /** The sentence's text from the end of its clause before the number, and after it to a comma: where a period it is of is named. */
  before: string;
  after: string;
  /** The label its line opens with before a colon ("Hiến máu tình nguyện: …"): what all its figures are of. */
  topic: string;
}

/**
 * What is no figure however it looks: dates, periods and spans of time, years and terms, the
 * numbers of documents and articles, ordinals, phone numbers. Blanked (folded) before numbers
 * are looked for, keeping positions.
 */
const NOT_FIGURES: readonly RegExp[] = [
  /\b\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?\b/g,
  /\b\d{1,2}[.-]\d{1,2}[.-]\d{4}\b/g,
  /\bngay\s+\d{1,2}(?:\s+thang\s+\d{1,2})?(?:\s+nam\s+\d{4})?\b/g,
  /\bthang\s+\d{1,2}(?:\s*(?:\/|nam)\s*\d{2,4})?\b/g,
  /\b(?:quy|qui|q)\s*\.?\s*(?:iv|iii|ii|i|0?[1-4])\b(?:\s*(?:\/|-|nam)\s*\d{2,4})?/g,
  /\b(?:\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:thang|ngay|tuan|nam|quy)\b/g,
  /\b(?:nam|nhiem ky|giai doan|khoa)\s+\d{4}(?:\s*[-–]\s*\d{2,4})?\b/g,
  /(?<![\d.,])(?:19[5-9]\d|20[0-9]\d)(?:\s*[-–]\s*(?:19|20)\d{2})?(?![\d.,])/g,
  /\b\d+\s*[/-]\s*[a-z]{1,8}\b(?:[/-][a-z0-9]+)*/g,
  /(?<!\btong\s)\b(?:so|nghi quyet|chi thi|quyet dinh|ke hoach|cong van|ket luan|thong bao|thong tri|huong dan|quy dinh|dieu|khoan|muc|phu luc|bieu|mau|lan thu|thu|khoa|dai hoi|phan thu)\s+(?:so\s+)?\d[\d./-]*/g,
  /(?<![\d.,])(?:\+84|0)\d{9,10}(?![\d.,])/g,
];

/** Numbering at the start of a line: "I.", "2.", "2.1.", "2.1 ", "a)", "-", "+"; never a figure ("1.255 hội viên"). */
const NUMBERING = /^\s*(?:(?:[ivxlc]+|\d{1,2}(?:\.\d{1,2})*|[a-z])\s*[.)](?!\d)|\d{1,2}(?:\.\d{1,2})+(?=\s)|[-+•*–])\s*/;

const DIGIT_WORDS = new Set(["khong", "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi", "chuc", "tram"]);
/** Digit words that begin no number alone ("đầu tư", "làm"). */
const NOT_FIRST = new Set(["tu", "lam", "khong", "chuc"]);
const JOINING_WORDS = new Set(["linh", "le", "ruoi", "phay"]);
const SCALES = new Set(["nghin", "ngan", "ngin", "trieu", "ty", "ti", "tr", "k"]);
const CURRENCY = new Set(["dong", "d", "vnd"]);
/** Words after "đồng" that make it no currency: "đồng chí", "đồng bào", "đồng đội". */
const NOT_CURRENCY = new Set(["chi", "bao", "doi", "hanh", "thoi", "y", "tinh", "long", "nghiep", "thuan", "deu", "bo"]);
const NUMBER_WORDS = [DIGIT_WORDS, JOINING_WORDS, SCALES, CURRENCY];
/** Words that turn a number after them into another period's figure. */
const COMPARISONS = ["cung ky", "so voi", "quy truoc", "ky truoc", "nam truoc", "nam ngoai", "cung thoi diem"];
/** "trong đó", "bao gồm" opening the parts of a figure, up to the clause's end. */
const PART = /\b(?:trong (?:so )?do|bao gom|gom co)\b[^;]*$/;
/** Words between a change word and the figure it came to: "giảm còn", "tăng lên", "giảm xuống". */
const REACHED = new Set(["con", "len", "xuong", "dat"]);
const CHANGE_WORDS = new Set(["tang", "giam", "vuot"]);
/** Clause separators: the words across them more likely belong to another figure. */
const SOFT_SEPARATORS = new Set([",", ":", "va", "(", ")", "–", "-"]);
const HARD_SEPARATORS = new Set([";"]);
const CONTEXT_WORDS = 8;

interface Token {
  text: string;
  start: number;
  end: number;
  kind: "literal" | "word" | "percent" | "separator" | "other";
}

/** The numbers of one sentence (or table cell) of a report, with what surrounds them. */
export function findMentions(sentence: string): NumberMention[] {
  const plain = foldInPlace(sentence);
  const folded = blankNotFigures(plain);
  const tokens = expandTokens(tokensOf(folded), sentence);
  const runs = numberRuns(tokens);
  const firstEnd = runs[0] ? (tokens[runs[0][1]] as Token).end : -1;
  const label = /^[^:\d]{1,60}:/.exec(folded)?.[0] ?? "";
  return runs.map(([first, last], index) => {
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    // The words either side reach the numbers before and after it, no further.
    const previousEnd = index > 0 ? (runs[index - 1] as [number, number])[1] : -1;
    const nextStart = index + 1 < runs.length ? (runs[index + 1] as [number, number])[0] : tokens.length;
    const left = contextWords(tokens, first - 1, previousEnd, -1);
    const right = contextWords(tokens, last + 1, nextStart, 1);
    const own = tokens.slice(first, last + 1);
    const percent = own.some((token) => token.kind === "percent");
    const scaled = own.some((token) => isWord(token, SCALES) || isWord(token, CURRENCY));
    const { comparison, change, changeWord } = qualified(left, right, percent, sentence.slice(0, start));
    // Only words the number reader cannot take for part of the number ("giải ngân" is not "nghìn").
    const clean = left.findIndex((word) => word.crossed || NUMBER_WORDS.some((words) => words.has(word.word)));
    const prefixWords = left.slice(0, Math.min(2, clean < 0 ? 2 : clean));
    const prefixStart = prefixWords.length ? wordStart(tokens, first, prefixWords.length) : start;
    const clauseStart = Math.max(previousEnd >= 0 ? (tokens[previousEnd] as Token).end : 0, folded.lastIndexOf(";", start) + 1);
    const nextAt = nextStart < tokens.length ? (tokens[nextStart] as Token).start : sentence.length;
    const clauseEnd = /[,;(]/.exec(folded.slice(end, nextAt));
    const previousAt = previousEnd >= 0 ? (tokens[previousEnd] as Token).end : -1;
    return {
      ...scopeOf(plain.slice(0, start), previousAt, index > 0 ? firstEnd : -1),
      text: sentence.slice(start, end),
      start,
      end,
      prefix: changeWord ? "" : sentence.slice(prefixStart, start),
      left,
      right,
      percent,
      scaled,
      comparison,
      change,
      part: PART.test(folded.slice(0, start)),
      before: sentence.slice(clauseStart, start),
      after: sentence.slice(end, clauseEnd ? end + clauseEnd.index : nextAt),
      topic: start > label.length ? sentence.slice(0, label.length) : "",
    };
  });
}

/**
 * Whether a number compares with another period ("so với cùng kỳ là 900", a percentage "so
 * với kế hoạch") or gives a change: a change word right before it ("tăng 5", not "giảm còn
 * 0,9%") with a comparison after it, in brackets, or as a percentage.
 */
function qualified(left: readonly ContextWord[], right: readonly ContextWord[], percent: boolean, textBefore: string) {
  const clause = left.filter((word) => !word.crossed);
  const comparison = hasPhrase(clause, COMPARISONS, "left") || (percent && hasPhrase(right.slice(0, 3), ["so voi", "ke hoach"], "right"));
  const changeWord = left.slice(0, 2).some((word) => !word.crossed && CHANGE_WORDS.has(word.word)) && !REACHED.has(left[0]?.word ?? "");
  const bracketed = /\([^)]*$/.test(textBefore);
  const compared = hasPhrase(right.slice(0, 6), ["so voi", "so cung", "so quy", "so ky", "so nam"], "right");
  return { comparison, changeWord, change: changeWord && (percent || bracketed || compared) };
}

function blankNotFigures(folded: string): string {
  const blank = (match: string) => " ".repeat(match.length);
  const numbering = NUMBERING.exec(folded)?.[0] ?? "";
  const text = blank(numbering) + folded.slice(numbering.length);
  return NOT_FIGURES.reduce((rest, pattern) => rest.replace(pattern, blank), text);
}

function tokensOf(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.matchAll(/\d+(?:[.,]\d+)*|\p{L}+|%|[,;:()–-]|\S/gu)) {
    const text = match[0];
    const kind = /^\d/.test(text)
      ? "literal"
      : /^\p{L}/u.test(text)
        ? "word"
        : text === "%"
          ? "percent"
          : /^[,;:()–-]$/.test(text)
            ? "separator"
            : "other";
    tokens.push({ text, start: match.index, end: match.index + text.length, kind });
  }
  return joinSpacedThousands(tokens, folded);
}

/** "1 290", "12 500 000": thousands written apart are one literal, as the number reader takes them. */
function joinSpacedThousands(tokens: Token[], folded: string): Token[] {
  const joined: Token[] = [];
  for (const token of tokens) {
    const last = joined.at(-1);
    const apart = last?.kind === "literal" && token.kind === "literal" && folded.slice(last.end, token.start) === " ";
    if (apart && /^\d{1,3}(?: \d{3})*$/.test(folded.slice(last.start, last.end)) && /^\d{3}$/.test(token.text)) {
      joined[joined.length - 1] = { ...last, text: `${last.text}.${token.text}`, end: token.end };
    } else joined.push(token);
  }
  return joined;
}

const isWord = (token: Token | undefined, words: ReadonlySet<string>) => token?.kind === "word" && words.has(token.text);

/** Where each number stands in the tokens: a literal or number words, with scales, currency and percent. */
function numberRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    let last = -1;
    if (token.kind === "literal") last = literalRun(tokens, index);
    else if (isWord(token, DIGIT_WORDS) && !NOT_FIRST.has(token.text)) {
      last = wordRun(tokens, index);
      if (last >= 0) last = restatedEnd(tokens, last);
    }
    // "Hội viên giảm: không.": zero in words after a label.
    else if (token.text === "khong" && tokens[index - 1]?.text === ":" && !["word", "literal"].includes(tokens[index + 1]?.kind ?? ""))
      last = index;
    if (last < 0) {
      index += 1;
      continue;
    }
    last = unitsAfter(tokens, last);
    runs.push([index, last]);
    index = last + 1;
  }
  return runs;
}

/** "5,1 tỷ", "2 tỷ 500 triệu", "1tr5": a literal and the scales and places after it. */
function literalRun(tokens: Token[], first: number): number {
  let last = first;
  while (isWord(tokens[last + 1], SCALES)) {
    last += 1;
    const next = tokens[last + 1];
    if (next?.kind === "literal" || isWord(next, new Set(["ruoi"]))) last += 1;
  }
  return last;
}

/** "ba trăm", "hai mươi lăm nghìn": number words with a tens, hundreds or scale word among them. */
function wordRun(tokens: Token[], first: number): number {
  let last = first;
  while (isWord(tokens[last + 1], DIGIT_WORDS) || isWord(tokens[last + 1], JOINING_WORDS) || isWord(tokens[last + 1], SCALES)) last += 1;
  const words = tokens.slice(first, last + 1).map((token) => token.text);
  const counted = words.some((word) => ["muoi", "tram", "ruoi"].includes(word) || SCALES.has(word));
  if (counted) return SCALES.has(words[0] ?? "") ? -1 : last;
  // One digit word alone ("năm", "ba") is a number only before what it counts: "năm hội viên mới".
  return last === first && countsNext(tokens, last + 1) ? last : -1;
}

/** A counting word ("nhà", "lớp") or a counted noun ("hội viên", "công đoàn cơ sở") at `index`. */
function countsNext(tokens: Token[], index: number): boolean {
  if (tokens[index]?.kind !== "word") return false;
  return COUNTERS.has(tokens[index].text) || beginsCountedNoun(tokens.slice(index, index + 4).map((token) => token.text));
}

/** The currency and percent words written after a number: "đồng", "%", "phần trăm". */
function unitsAfter(tokens: Token[], last: number): number {
  let end = last;
  if (isWord(tokens[end + 1], CURRENCY) && !isWord(tokens[end + 2], NOT_CURRENCY)) end += 1;
  if (tokens[end + 1]?.kind === "percent") end += 1;
  else if (tokens[end + 1]?.text === "phan" && tokens[end + 2]?.text === "tram") end += 2;
  return end;
}

/** The words from `from` towards `stop` (exclusive), nearest first, up to a hard separator. */
function contextWords(tokens: Token[], from: number, stop: number, step: 1 | -1): ContextWord[] {
  const words: ContextWord[] = [];
  let crossed = false;
  for (let index = from; index !== stop && index >= 0 && index < tokens.length; index += step) {
    const token = tokens[index] as Token;
    if (HARD_SEPARATORS.has(token.text) || token.kind === "literal") break;
    // "Hội viên giảm trong quý: 1.957 người": a label before a colon names the number after it.
    if (token.text === ":" && step < 0) continue;
    if (token.kind === "separator" || SOFT_SEPARATORS.has(token.text)) {
      crossed = true;
      if (token.kind === "separator") continue;
    }
    if (token.kind !== "word") continue;
    words.push({ word: token.text, distance: words.length, crossed, end: token.end });
    if (words.length >= CONTEXT_WORDS) break;
  }
  return words;
}

/** Where the `count` words before token `first` begin. */
function wordStart(tokens: Token[], first: number, count: number): number {
  let seen = 0;
  for (let index = first - 1; index >= 0; index -= 1) {
    const token = tokens[index] as Token;
    if (token.kind === "word") seen += 1;
    if (seen === count) return token.start;
  }
  return (tokens[first] as Token).start;
}

/** Whether the words hold one of the phrases, read in the text's order (left words come nearest first). */
function hasPhrase(words: readonly ContextWord[], phrases: readonly string[], side: "left" | "right"): boolean {
  const inOrder = side === "left" ? [...words].reverse() : words;
  // "cơ sở với" folds like "so với": a grassroots body, no comparison ("52 chi hội cơ sở với 3.200 hội viên").
  const text = ` ${inOrder.map((word) => word.word).join(" ")} `.replaceAll(" co so ", " co_so ");
  return phrases.some((phrase) => text.includes(` ${phrase} `));
}
