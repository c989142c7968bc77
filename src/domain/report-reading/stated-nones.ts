import { foldInPlace } from "../numbers/message-parts.js";
import type { Period } from "../periods/period.js";
import { type Proposal, sentenceFigures } from "./figure-candidates.js";
import type { IndicatorWords } from "./indicator-words.js";

/** "không có hội viên nào được kết nạp", "chưa có nhà nào được khởi công": a count stated as none. Folded. */
const STATED_NONE = /\b(?:khong|chua) co ((?:\p{L}+ ){1,4})nao\b/gu;

/**
 * The figures of 0 a sentence states as none ("trong quý không có hội viên nào được kết nạp
 * Đảng" is 0 admitted), read as if "0 hội viên …" were written, each shown with the words that
 * say it and the sentence as written, for the person to confirm like any other.
 */
export function statedNoneFigures(sentence: string, indicators: readonly IndicatorWords[], period: Period | undefined): Proposal[] {
  const proposals: Proposal[] = [];
  for (const match of foldInPlace(sentence).matchAll(STATED_NONE)) {
    const [start, end] = [match.index, match.index + match[0].length];
    const noun = sentence.slice(start + match[0].indexOf(" co ") + 4, end - 4);
    const rewritten = `${sentence.slice(0, start)}0 ${noun}${sentence.slice(end)}`;
    const raw = sentence.slice(start, end);
    for (const proposal of sentenceFigures(rewritten, indicators, period)) {
      if (proposal.figure.value !== "0" || !proposal.figure.raw.startsWith("0")) continue;
      proposals.push({ ...proposal, figure: { ...proposal.figure, raw, sentence: sentence.trim() } });
    }
  }
  return proposals;
}
