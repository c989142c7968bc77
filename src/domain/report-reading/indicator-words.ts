import { type ResolvedUnit, resolveUnit } from "../numbers/units.js";
import { foldWords } from "../text/match-name.js";
import type { ContextWord, NumberMention } from "./figure-mentions.js";
import type { ReadableIndicator } from "./report-reading.js";

/**
 * An indicator as the report reader looks for it: the pairs of words its name, aliases and
 * phrase are made of, each weighed by how few of the organisation's indicators share it (a
 * pair only one indicator has, "kết nạp" beside "hội viên mới", says most), its unit's words,
 * and the phrase's words either side of the value.
 */
export interface IndicatorWords {
  indicator: ReadableIndicator;
  unit: Readonly<ResolvedUnit>;
  pairs: Map<string, number>;
  unitWords: readonly string[];
  unitWeight: number;
  /** The phrase's words before and after "{value}", folded: "kết nạp" and "hội viên mới". */
  before: readonly string[];
  after: readonly string[];
}

/** A mention scored for an indicator below this names it too weakly to propose. */
export const LEAST_SCORE = 0.75;

/** Words of every unit of a count: they say nothing of which indicator is meant. */
const GENERIC_UNITS = new Set(["nguoi", "luot"]);

/** The words of each indicator, weighed against the others of the same organisation. */
export function indicatorWords(indicators: readonly ReadableIndicator[]): IndicatorWords[] {
  const drafts = indicators.map((indicator) => {
    const [before = "", after = ""] = (indicator.phrase ?? "").split("{value}");
    const names = [indicator.name, ...indicator.aliases, before, after];
    const pairs = new Set(names.flatMap((name) => pairsOf(foldWords(name))));
    return { indicator, pairs, before: foldWords(before), after: foldWords(after), unitWords: foldWords(indicator.unit) };
  });
  const share = new Map<string, number>();
  for (const draft of drafts) for (const pair of draft.pairs) share.set(pair, (share.get(pair) ?? 0) + 1);
  const unitShare = new Map<string, number>();
  for (const draft of drafts) unitShare.set(draft.unitWords.join(" "), (unitShare.get(draft.unitWords.join(" ")) ?? 0) + 1);
  return drafts.map((draft) => {
    const unitKey = draft.unitWords.join(" ");
    return {
      ...draft,
      unit: resolveUnit(draft.indicator.unit),
      pairs: new Map([...draft.pairs].map((pair) => [pair, 1 / (share.get(pair) ?? 1)])),
      unitWeight: GENERIC_UNITS.has(unitKey) ? 0.25 : 1 / (unitShare.get(unitKey) ?? 1),
    };
  });
}

/**
 * How strongly the words around a number name the indicator: its pairs of words found near it
 * (nearer counts more; across a comma, half), one of them around the number, its unit right after it, its phrase's words right
 * beside it. 0 when the number cannot be in its unit: a rate is written with "%", and a
 * percentage is no count.
 */
export function scoreMention(words: IndicatorWords, mention: NumberMention): number {
  const kind = words.unit.kind;
  if ((kind === "percent") !== mention.percent) return 0;
  let score = pairScore(words, [...mention.left].reverse(), "left") + pairScore(words, mention.right, "right");
  // The number written inside the indicator's name: "kết nạp [1.255] hội viên".
  const [before, after] = [mention.left[0], mention.right[0]];
  if (before && after && !before.crossed && !after.crossed) score += words.pairs.get(`${before.word} ${after.word}`) ?? 0;
  const unit = words.unitWords;
  if (unit.length > 0 && unit.every((word, index) => mention.right[index]?.word === word && !mention.right[index]?.crossed)) {
    score += words.unitWeight;
  }
  if (adjacent([...words.before].reverse(), mention.left) || adjacent(words.after, mention.right)) score += 0.5;
  return score;
}

/** How strongly a table cell (or a heading) names the indicator: the share of its pairs found there. */
export function scoreName(words: IndicatorWords, text: string): number {
  const found = new Set(pairsOf(foldWords(text)));
  let score = 0;
  for (const [pair, weight] of words.pairs) if (found.has(pair)) score += weight;
  return score;
}

/** The pairs of words in context words given in the text's order, each once, at its best weight. */
function pairScore(words: IndicatorWords, context: readonly ContextWord[], side: "left" | "right"): number {
  const best = new Map<string, number>();
  for (let index = 0; index + 1 < context.length; index += 1) {
    const [first, second] = [context[index] as ContextWord, context[index + 1] as ContextWord];
    const weight = words.pairs.get(`${first.word} ${second.word}`);
    if (weight === undefined) continue;
    // The word of the pair nearer the number says how near the pair is.
    const near = side === "left" ? second : first;
    const far = side === "left" ? first : second;
    const factor = (far.crossed ? 0.5 : 1) / (1 + 0.15 * near.distance);
    best.set(`${first.word} ${second.word}`, Math.max(best.get(`${first.word} ${second.word}`) ?? 0, weight * factor));
  }
  return [...best.values()].reduce((sum, value) => sum + value, 0);
}

/** Whether the words right beside the number (nearest first) begin with the phrase's words. */
function adjacent(phrase: readonly string[], context: readonly ContextWord[]): boolean {
  const [first] = phrase;
  return first !== undefined && context[0]?.word === first && !context[0].crossed && context[0].distance === 0;
}

function pairsOf(words: readonly string[]): string[] {
  return words.slice(1).map((word, index) => `${words[index]} ${word}`);
}
