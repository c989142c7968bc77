/**
 * What the words before a number in its sentence say of the span or kind of figure it is,
 * beyond the words that name its indicator: a running total of a longer span ("lũy kế 9
 * tháng", "cả năm 41 căn"), a target ("phấn đấu kết nạp 2.000"), a total held rather than a
 * count of what happened ("nâng tổng số hội viên lên 186.905"), a detail in brackets of a
 * figure before it ("03 nhà (xây mới 02 nhà, sửa chữa 01 nhà)").
 */
export interface MentionScope {
  /** Counted over a longer span than the quarter: the year so far, the whole year, the term. */
  cumulative: boolean;
  /** Aimed at, not done. */
  target: boolean;
  /** A total held at a day, not a count of new or lost ones. */
  total: boolean;
  /** Inside brackets opened after an earlier figure of the sentence: that figure's detail or restatement. */
  bracketed: boolean;
}

/** Words that open a running total, and the words that bring the clause back to the quarter itself. */
const CUMULATIVE = /\b(?:luy ke|ca nam|tu dau nam|tu dau nhiem ky|tinh tu dau)\b/g;
const OWN_SPAN = /\b(?:trong quy|rieng quy|quy nay|trong ky)\b/g;
const TARGET = /\bphan dau\b|\b(?:chi tieu|ke hoach|muc tieu)(?:\s+(?:nam|giao|de ra))?\s*(?:la\s*)?:?\s*$/;
/** A total held: unless what follows the word names new or lost ones ("tổng số hội viên mới"). */
const TOTAL = /\b(?:tong so|hien co|nang tong|dua tong|nang so|dua so)\b(?![^;]*\b(?:moi|giam)\b)/;

const lastIndex = (text: string, pattern: RegExp) => Math.max(-1, ...[...text.matchAll(pattern)].map((match) => match.index));

/**
 * The scope of a number from the folded text of its sentence before it, given where the number
 * before it and the sentence's first number end (-1: none), as `findMentions` knows them.
 */
export function scopeOf(before: string, previousEnd: number, firstEnd: number): MentionScope {
  // The clause runs from the last ";"; a bracket already closed in it speaks of its own figure.
  const clause = before.slice(before.lastIndexOf(";") + 1).replace(/\([^()]*\)/g, " ");
  const open = before.lastIndexOf("(");
  return {
    cumulative: lastIndex(clause, CUMULATIVE) > lastIndex(clause, OWN_SPAN),
    target: TARGET.test(clause),
    total: TOTAL.test(before.slice(Math.max(0, previousEnd))),
    bracketed: open > before.lastIndexOf(")") && firstEnd >= 0 && firstEnd <= open,
  };
}
