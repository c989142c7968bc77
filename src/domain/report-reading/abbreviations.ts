import { foldText } from "../text/fold.js";
import { withoutLossCauses } from "./loss-causes.js";

/**
 * The initials short and chat-style reports write for members, bodies and actions ("Kết nạp 14
 * ĐV mới", "KN Đảng 3", "CTTN: 4 CT"), folded, with the folded words they stand for: the reader
 * weighs those words as if written out.
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  dv: ["doan", "vien"],
  hv: ["hoi", "vien"],
  dvtn: ["doan", "vien", "thanh", "nien"],
  dvcd: ["doan", "vien"],
  cdcs: ["cong", "doan", "co", "so"],
  ccb: ["cuu", "chien", "binh"],
  kn: ["ket", "nap"],
  gt: ["gioi", "thieu"],
  cttn: ["cong", "trinh", "thanh", "nien"],
  ct: ["cong", "trinh"],
  htnd: ["ho", "tro", "nong", "dan"],
};

/** Initials a chat writes in lower case too, counted so once a number stands beside one ("27 hv"). */
const LOWER_CASE_BESIDE_NUMBER = new Set(["hv"]);

/** Whether the text writes a lower-case initial right after or before a number ("1.118 hv", "hv: 27"). */
function lowerCaseBesideNumber(text: string): boolean {
  return /\d\s*hv\b|\bhv\s*:?\s*\d/iu.test(text);
}

/**
 * The folded words an abbreviation as written stands for, or undefined. A report's initials
 * count only in capitals ("ĐV", "DV"; "đv" may be "đơn vị"); a catalog's names are ours and
 * count in any case (`anyCase`). A chat's lower-case "hv" counts too; callers ask only where a
 * number stands beside one (`lowerCaseBesideNumber`).
 */
export function abbreviationOf(written: string, anyCase = false): readonly string[] | undefined {
  const folded = foldText(written);
  if (!anyCase && written !== written.toUpperCase() && !LOWER_CASE_BESIDE_NUMBER.has(folded)) return undefined;
  return ABBREVIATIONS[folded];
}

/**
 * The text with its abbreviations written out and a member's organisation after "đoàn viên"
 * left out ("đoàn viên công đoàn mới" is "đoàn viên mới": who is counted, not a union founded).
 */
export function expandAbbreviations(text: string, anyCase = false): string {
  const lower = anyCase || lowerCaseBesideNumber(text);
  const expanded = text.replace(/\p{L}+/gu, (word) => expandedWord(word, anyCase, lower)?.join(" ") ?? word);
  return expanded.replace(MEMBER_OF_UNION, "$1");
}

/** The words an abbreviation stands for, a lower-case chat initial only where `lower` allows it. */
function expandedWord(written: string, anyCase: boolean, lower: boolean): readonly string[] | undefined {
  if (!lower && LOWER_CASE_BESIDE_NUMBER.has(written)) return undefined;
  return abbreviationOf(written, anyCase);
}

/** "đoàn viên công đoàn" (folded or not), unless "cơ sở" follows: the union's member. */
const MEMBER_OF_UNION = /(\b(?:đoàn|doan) (?:viên|vien)) (?:công|cong) (?:đoàn|doan)\b(?! (?:cơ|co) (?:sở|so)\b)/giu;

/** A token of a sentence as the mention finder reads it. */
interface TokenLike {
  text: string;
  start: number;
  end: number;
  kind: string;
}

/**
 * The tokens of a sentence (folded) with its abbreviations written out, each word of one at the
 * abbreviation's place, "đ/c" (đồng chí, a comrade) as "người", and a member's "công đoàn" after
 * "đoàn viên" left out, as in `expandAbbreviations`; a loss's causes left out too (`withoutLossCauses`).
 */
export function expandTokens<T extends TokenLike>(tokens: readonly T[], sentence: string): T[] {
  const expanded: T[] = [];
  const lower = lowerCaseBesideNumber(sentence);
  for (const [index, token] of tokens.entries()) {
    if (isComrade(tokens, index, sentence)) {
      expanded.push({ ...token, text: "nguoi", end: (tokens[index + 2] as T).end });
      continue;
    }
    if (isComrade(tokens, index - 1, sentence) || isComrade(tokens, index - 2, sentence)) continue;
    const words = token.kind === "word" ? expandedWord(sentence.slice(token.start, token.end), false, lower) : undefined;
    if (words) expanded.push(...words.map((text) => ({ ...token, text })));
    else expanded.push(token);
  }
  return withoutLossCauses(expanded.filter((_token, index) => !memberOfUnion(expanded, index)));
}

/** Whether the tokens from `index` are "đ/c" written together: the chat's short form for a person. */
function isComrade(tokens: readonly TokenLike[], index: number, sentence: string): boolean {
  const first = tokens[index];
  const last = tokens[index + 2];
  return first !== undefined && last !== undefined && /^[đĐ]\/[cC]$/u.test(sentence.slice(first.start, last.end));
}

/** Whether the token is "công" or "đoàn" of "đoàn viên công đoàn" not followed by "cơ sở". */
function memberOfUnion(tokens: readonly TokenLike[], index: number): boolean {
  const at = (offset: number) => tokens[index + offset]?.text;
  const union = (from: number) => at(from - 2) === "doan" && at(from - 1) === "vien" && at(from) === "cong" && at(from + 1) === "doan";
  const base = at(0) === "cong" ? 0 : at(0) === "doan" ? -1 : undefined;
  if (base === undefined || !union(base)) return false;
  return !(at(base + 2) === "co" && at(base + 3) === "so");
}
