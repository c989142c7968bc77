import { parseNumber } from "../numbers/parse-number.js";
import { findMentions, type NumberMention } from "./figure-mentions.js";
import { type IndicatorWords, LEAST_SCORE, scoreMention } from "./indicator-words.js";
import type { FoundFigure, ReadableIndicator } from "./report-reading.js";

/** A figure found for an indicator, with how strongly its words named the indicator. */
export interface Proposal {
  code: string;
  figure: FoundFigure;
  score: number;
}

/** Scores closer than this are a tie: both indicators are proposed the number, for the person to choose. */
export const TIE = 1e-6;

/** The values of a number in an indicator's unit and the hedge written before it; "no_figure" for an estimate or a date. */
export type ReadValues = { values: string[]; hedge: string | null } | "no_figure";

/**
 * The values a number as written may be in the indicator's unit ("5,1 tỷ đồng" is 5100 triệu
 * đồng): one, or the readings the number reader could not choose between, all proposed.
 * Undefined when it is in another unit, a change, or no number at all.
 */
export function valuesIn(written: string, indicator: ReadableIndicator): ReadValues | undefined {
  const parse = parseNumber(written, { unit: indicator.unit, integer: indicator.integer });
  if (parse.kind === "refused") return parse.reason === "vague" || parse.reason === "date" ? "no_figure" : undefined;
  if (parse.kind === "value") return { values: [parse.value.toFixed()], hedge: parse.hedge };
  if (parse.kind === "ambiguous" && parse.reason !== "unit_mismatch" && parse.reason !== "change") {
    return { values: parse.readings.map((reading) => reading.toFixed()), hedge: null };
  }
  return undefined;
}

/**
 * The figures of one sentence: each number that is not another period's nor a change goes to
 * the indicator its words name most strongly (to every one of them on a tie), in that
 * indicator's unit, with the sentence beside it.
 */
export function sentenceFigures(sentence: string, indicators: readonly IndicatorWords[]): Proposal[] {
  return findMentions(sentence).flatMap((mention) =>
    mention.comparison || mention.change ? [] : mentionFigures(sentence, mention, indicators),
  );
}

function mentionFigures(sentence: string, mention: NumberMention, indicators: readonly IndicatorWords[]): Proposal[] {
  const scored = indicators.flatMap((words) => {
    // The words before it may hedge it ("khoảng 2.000") or make it no figure ("mỗi hộ 5 triệu").
    const hedged = valuesIn(`${mention.prefix}${mention.text}`, words.indicator);
    const read = hedged === undefined ? valuesIn(mention.text, words.indicator) : hedged;
    if (read === undefined || read === "no_figure") return [];
    const score = scoreMention(words, mention);
    return score >= LEAST_SCORE ? [{ words, read, score }] : [];
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  return scored
    .filter((entry) => entry.score >= best - TIE)
    .flatMap(({ words, read, score }) =>
      read.values.map((value) => ({
        code: words.indicator.code,
        score,
        figure: { value, hedge: read.hedge, raw: sentence.slice(mention.start, rawEnd(mention, words)), sentence: sentence.trim() },
      })),
    );
}

/** Words that count things, shown with the number they follow ("03 nhà", "12 cuộc"). */
const COUNTERS = ["nha", "can", "cuoc", "lop", "luot", "nguoi", "ho", "suat", "chiec", "con"].map((word) => [word]);

/** Where the number as written ends: with the indicator's unit or a counting word right after it ("03 nhà"). */
function rawEnd(mention: NumberMention, words: IndicatorWords): number {
  const nouns = [words.unitWords, ...COUNTERS].find(
    (noun) => noun.length > 0 && noun.every((word, index) => mention.right[index]?.word === word && !mention.right[index]?.crossed),
  );
  return nouns ? (mention.right[nouns.length - 1]?.end ?? mention.end) : mention.end;
}
