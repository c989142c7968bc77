import { foldText } from "../text/fold.js";

/**
 * The parts of a message that holds more than one number but one figure, as people write it:
 * a figure corrected in the same message ("140 à nhầm 410"), a figure with a second number
 * that qualifies it ("2.040 người (tăng 140)"), a figure split by a stray space or dot
 * ("2 .340"). Each finder returns the text to read as the figure, or undefined.
 */

/** Words that say the number before them was a slip: "à nhầm", "xin lỗi", "sửa lại". */
const CORRECTION =
  /(?<=^|[\s,;.(])(?:(?:a|o|oi|ay)\s+)?(?:nham|xin loi|sorry|sua lai|sua thanh|sua la|dinh chinh|go lai|ghi lai|dung ra la)(?=$|[\s,;:.)!])/g;
/** "không phải 140": the number after it is the one taken back. */
const TAKEN_BACK = /(?<=^|[\s,;(])khong phai(?:\s+la)?\s*\d[\d.,]*/;
/** Words around the meant number that are not part of it: "mà là 410", "410 mới đúng", "nhé". */
const AROUND_CORRECTION = [
  CORRECTION,
  /(?<=^|[\s,;(])ma(?:\s+la)?(?=\s|\d)/g,
  /(?<=^|[\s\d,;(])(?:moi|la)?\s*(?:dung|chinh xac)(?=$|[\s,;.)!])/g,
  /(?<=^|[\s\d,;(])(?:nhe|nha|a)(?=$|[\s,;.)!])/g,
  // Punctuation, but not a comma inside a figure ("2,8 tỷ").
  /[();!]|(?<!\d),|,(?!\d)/g,
];

/**
 * Words that open a second number qualifying the figure ("trong đó 31 nữ", "tăng 140", "nâng
 * tổng số lên 40.210", "so với cùng kỳ"), folded, longest first.
 */
const QUALIFIERS = [
  "trong so do",
  "trong do",
  "bao gom",
  "nang tong so",
  "so voi",
  "cao hon",
  "thap hon",
  "nhieu hon",
  "it hon",
  "luy ke",
  "cong don",
  "tong so",
  "tong cong",
  "con lai",
  "gom",
  "tang",
  "giam",
  "nang",
  "vuot",
  "bang",
  "chiem",
  "rieng",
  "dat",
];
const QUALIFIER = new RegExp(`(?:[,;:–—-]\\s*|\\s+)(?:${QUALIFIERS.join("|")})(?=\\s|\\d|$)`);
/** Where a figure begins: a digit or a digit word. */
const FIGURE_START = /\d|(?<![a-z])(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram)(?![a-z])/;

/** A figure split by a stray space or a doubled dot before its thousands: "2 .340", "2..340", "2. 340". */
const STRAY_SEPARATOR = /(\d)(?:\s+\.\s*|\.\s+|\.{2,}\s*)(\d{3})(?!\d)/g;

/**
 * The text folded character by character, so that a position in it is the same position in
 * the original (foldText collapses spaces and would shift them). The report reader finds
 * figures in the folded text and shows them as written.
 */
export function foldInPlace(text: string): string {
  let folded = "";
  for (const char of text) folded += (foldText(char) || " ").slice(0, 1).padEnd(char.length, " ");
  return folded;
}

/** The text with what the patterns find (in its folded form) blanked out. */
function blankOut(text: string, patterns: readonly RegExp[]): string {
  const chars = text.split("");
  const folded = foldInPlace(text);
  for (const pattern of patterns) {
    for (const match of folded.matchAll(new RegExp(pattern.source, "g"))) chars.fill(" ", match.index, match.index + match[0].length);
  }
  return chars.join("").replace(/\s+/g, " ").trim();
}

/**
 * The meant figure of a message that corrects itself: "140 à nhầm 410", "140, xin lỗi, 410
 * mới đúng", "410 (sửa lại, không phải 140)", "không phải 140 mà là 410": each gives "410".
 */
export function correctedText(text: string): string | undefined {
  const folded = foldInPlace(text);
  const takenBack = TAKEN_BACK.exec(folded);
  if (takenBack) {
    const rest = `${text.slice(0, takenBack.index)} ${text.slice(takenBack.index + takenBack[0].length)}`;
    return blankOut(rest, AROUND_CORRECTION);
  }
  const last = [...folded.matchAll(CORRECTION)].at(-1);
  if (!last) return undefined;
  const after = blankOut(text.slice(last.index + last[0].length), AROUND_CORRECTION);
  // "410, xin lỗi": an apology after the figure, not a correction of it.
  return FIGURE_START.test(foldText(after)) ? after : blankOut(text.slice(0, last.index), AROUND_CORRECTION);
}

/**
 * A figure and the second number that qualifies it, split: "2.040 người (tăng 140)" into
 * "2.040 người" and "tăng 140"; "được 88 người, trong đó 31 nữ" into "được 88 người" and
 * "trong đó 31 nữ". The comment must hold words, so "12 (15)" is not split.
 */
export function commentedText(text: string): { head: string; comment: string } | undefined {
  const folded = foldInPlace(text);
  const figure = FIGURE_START.exec(folded);
  if (!figure) return undefined;
  const bracket = folded.indexOf("(", figure.index);
  const qualifier = folded.slice(figure.index + 1).search(QUALIFIER);
  const candidates = [bracket, qualifier < 0 ? -1 : qualifier + figure.index + 1].filter((index) => index >= 0);
  const split = Math.min(...candidates);
  if (!Number.isFinite(split)) return undefined;
  const head = text.slice(0, split).trim();
  const comment = text
    .slice(split)
    .replace(/^[\s(,;:–—-]+/, "")
    .replace(/\)\s*$/, "")
    .trim();
  return head && /\p{L}/u.test(comment) ? { head, comment } : undefined;
}

/** The figure with a stray space or doubled dot before its thousands joined: "2 .340" is "2.340". */
export function joinedText(text: string): string | undefined {
  const joined = text.replace(STRAY_SEPARATOR, "$1.$2");
  return joined === text ? undefined : joined;
}

/**
 * Words that open a message commenting the figure sent just before it ("tăng 20 so với quý
 * trước", "trong đó 31 nữ"), folded. Narrower than QUALIFIERS: "đạt 120", "tổng số 120" and
 * "bằng 120" answer a question as well as they qualify a figure, so they do not open a comment.
 */
const COMMENT_OPENERS = [
  "trong so do",
  "trong do",
  "bao gom",
  "gom",
  "nang tong so",
  "nang",
  "so voi",
  "cao hon",
  "thap hon",
  "nhieu hon",
  "it hon",
  "con lai",
  "tang",
  "giam",
  "vuot",
  "chiem",
  "rieng",
  "including",
  "of which",
  "up",
  "down",
];
const COMMENT_OPENER = new RegExp(`^(?:${COMMENT_OPENERS.join("|")})(?=\\s|\\d|$)`);

/**
 * The comment a message makes on the figure sent before it, or undefined when it is not one:
 * a message in brackets with words in it ("(tăng 20 so với quý trước)", "(tạm tính)") or one
 * opening with a qualifying word and holding a number ("tăng 20 so với quý trước", "trong đó 31
 * nữ"). Such a message
 * never answers the next figure: its number (20, 31) is not that figure.
 */
export function followUpComment(text: string): string | undefined {
  const trimmed = text.trim();
  const bracketed = /^\((.*)\)$/su.exec(trimmed);
  if (bracketed) {
    const inner = (bracketed[1] ?? "").trim();
    return /\p{L}/u.test(inner) ? inner : undefined;
  }
  // Unbracketed, it carries the number it qualifies the figure with: "tăng cường tuyên truyền" does not.
  return COMMENT_OPENER.test(foldText(trimmed)) && /\d/.test(trimmed) ? trimmed : undefined;
}
