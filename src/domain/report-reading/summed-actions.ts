import type { Proposal } from "./figure-candidates.js";
import type { NumberMention } from "./figure-mentions.js";
import type { IndicatorWords } from "./indicator-words.js";

/** A number of a sentence with the proposals it gave. */
export interface MentionProposals {
  mention: NumberMention;
  found: readonly Proposal[];
}

/**
 * An indicator that counts two actions together ("xây mới, sửa chữa {value} nhà Đại đoàn
 * kết") given one count per action in a sentence ("xây mới 21 nhà … và sửa chữa 9 nhà"): their
 * sum, proposed beside the two counts (best first), read from the words that hold both.
 */
export function summedActions(sentence: string, mentions: readonly MentionProposals[], indicators: readonly IndicatorWords[]): Proposal[] {
  return indicators.flatMap((words) => {
    if (words.actions.length < 2) return [];
    const code = words.indicator.code;
    const counts = words.actions.map((action) =>
      // A part of a total given before it ("215 nhà, trong đó xây mới 180 căn") is summed already.
      mentions.find(
        ({ mention, found }) =>
          !mention.part && !mention.bracketed && follows(mention, action) && found.some((proposal) => proposal.code === code),
      ),
    );
    if (counts.some((count) => count === undefined)) return [];
    const own = counts.map((count) => (count as MentionProposals).found.find((proposal) => proposal.code === code) as Proposal);
    // Only whole counts are summed, exactly; a sum of money keeps its parts for the person.
    if (new Set(counts).size < counts.length || own.some((proposal) => !/^\d+$/.test(proposal.figure.value))) return [];
    const starts = counts.map((count) => (count as MentionProposals).mention.start);
    const from = Math.min(...starts);
    const last = own[starts.indexOf(Math.max(...starts))] as Proposal;
    const to = sentence.indexOf(last.figure.raw, Math.max(...starts)) + last.figure.raw.length;
    const value = own.reduce((sum, proposal) => sum + BigInt(proposal.figure.value), 0n).toString();
    const score = own.reduce((sum, proposal) => sum + proposal.score, 0);
    return [{ code, score, figure: { value, hedge: null, raw: sentence.slice(from, to), sentence: sentence.trim() } }];
  });
}

/** Whether the words right before a number are the action's ("sửa chữa [9] nhà"), within its clause. */
function follows(mention: NumberMention, action: readonly string[]): boolean {
  return (
    action.length > 0 &&
    action.every((word, index) => {
      const near = mention.left[action.length - 1 - index];
      return near !== undefined && near.word === word && !near.crossed;
    })
  );
}
