import { parseNumber } from "../numbers/parse-number.js";
import { findPeriods } from "../periods/parse-period.js";
import { type Period, samePeriod } from "../periods/period.js";
import { foldText } from "../text/fold.js";
import { findMentions, type NumberMention } from "./figure-mentions.js";
import { COUNTERS, type IndicatorWords, LEAST_SCORE, scoreMention } from "./indicator-words.js";
import { PERIOD_WORD } from "./report-periods.js";
import type { FoundFigure, ReadableIndicator } from "./report-reading.js";
import { countedAtPeriodEnd } from "./stock-date.js";
import { type MentionProposals, summedActions } from "./summed-actions.js";

/** A figure found for an indicator, with how strongly its words named the indicator. */
export interface Proposal {
  code: string;
  figure: FoundFigure;
  score: number;
}

/** Scores closer than this are a tie: both indicators are proposed the number, for the person to choose. */
const TIE = 1e-6;

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
 * The figures of one sentence: each number that is not another period's (`period` is the
 * report's), a change, or a part
 * of a figure before it goes to the indicator its words name most strongly (to every one of
 * them on a tie), in that indicator's unit, with the sentence beside it.
 */
export function sentenceFigures(sentence: string, indicators: readonly IndicatorWords[], period: Period | undefined): Proposal[] {
  const proposals: Proposal[] = [];
  const given: MentionProposals[] = [];
  let previous: Proposal[] = [];
  for (const found of findMentions(sentence)) {
    const mention = countedAtPeriodEnd(found.before, period) ? { ...found, total: true } : found;
    if (mention.comparison || mention.change || mention.target || ofOtherPeriod(mention, period)) continue;
    // A running total ("lũy kế 9 tháng", "cả năm") is no quarter's figure.
    if (mention.cumulative && period?.kind === "quarter") continue;
    const figures = mentionFigures(sentence, mention, indicators);
    // "… được trên 3,8 tỷ đồng, nâng tổng nguồn vốn Quỹ lên khoảng 96 tỷ đồng": the total a figure
    // before it grew to is held by that figure's indicator, though its words were said before.
    if (mention.total && figures.length === 0 && given.length > 0) figures.push(...grownTotal(sentence, mention, given, indicators));
    // The digits in brackets after a figure in words ("bốn trăm mười hai (412)") are that figure again.
    if (mention.bracketed && figures.some((proposal) => previous.some((before) => before.figure.value === proposal.figure.value))) continue;
    previous = figures;
    given.push({ mention, found: figures });
    // A part of a figure given before it ("215 nhà, trong đó xây mới 180 căn", "03 nhà (xây mới 02 nhà)") is not that figure.
    const part = mention.part || mention.bracketed;
    proposals.push(...(part ? figures.filter((proposal) => !proposals.some((earlier) => earlier.code === proposal.code)) : figures));
  }
  return [...proposals, ...summedActions(sentence, given, indicators)];
}

/**
 * Whether the clause of a number names a period other than the report's ("9 tháng đầu năm kết
 * nạp 1.236" in a quarter's report, "cả năm 2023 là 4.000"): the nearest one before it, else
 * one right after it. The report's own year named alone ("hè năm 2024") is the report's.
 */
function ofOtherPeriod(mention: NumberMention, period: Period | undefined): boolean {
  if (!period) return false;
  const reference = new Date(Date.UTC(period.year, 11, 15));
  // Most clauses name no period: the period reader is only asked about those with a word of one.
  const named = (text: string) => (PERIOD_WORD.test(text) ? findPeriods(text, reference).filter((found) => !found.relative) : []);
  const before = named(mention.before).at(-1);
  const nearest = before ?? named(mention.after)[0];
  if (!nearest) return false;
  if (samePeriod(nearest.period, period)) return false;
  if (nearest.period.kind !== "year" || nearest.period.year !== period.year) return true;
  // The report's year as the clause's own time ("Năm 2025, …", "cả năm 2025 …") is the whole year.
  const lead = before === undefined ? undefined : foldText(mention.before).slice(0, before.index);
  return lead !== undefined && YEAR_AS_SPAN.test(lead.replace(/[^\p{L}\s]/gu, " "));
}

/** What stands before a year that is the clause's time: nothing, or "cả", "trong", "riêng", "lũy kế". */
const YEAR_AS_SPAN = /(?:^|\b(?:ca|trong|rieng|luy ke|tu dau))\s*(?:nam\s*)?$/;

/** A number's reading for an indicator whose words named it, and how strongly. */
export interface ScoredReading {
  words: IndicatorWords;
  read: { values: string[]; hedge: string | null };
  score: number;
}

/**
 * The proposals of the readings that scored best (all of them on a tie, for the person to
 * choose), one per value, with where each was read (`source`: as written, and its sentence).
 */
export function bestProposals(
  scored: readonly ScoredReading[],
  source: (words: IndicatorWords) => { raw: string; sentence: string },
): Proposal[] {
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  return scored
    .filter((entry) => entry.score >= best - TIE)
    .flatMap(({ words, read, score }) =>
      read.values.map((value) => ({ code: words.indicator.code, score, figure: { value, hedge: read.hedge, ...source(words) } })),
    );
}

/** The words before a number that may hedge it, a chat's "~" right before it read as "khoảng" ("~4.300 lượt"). */
function hedgeBefore(sentence: string, mention: NumberMention): string {
  return /~\s*$/.test(sentence.slice(0, mention.start)) ? "khoảng " : mention.prefix;
}

function mentionFigures(sentence: string, mention: NumberMention, indicators: readonly IndicatorWords[]): Proposal[] {
  const scored = indicators.flatMap((words) => {
    // The words before it may hedge it ("khoảng 2.000") or make it no figure ("mỗi hộ 5 triệu").
    const hedged = valuesIn(`${hedgeBefore(sentence, mention)}${mention.text}`, words.indicator);
    const read = hedged === undefined ? valuesIn(mention.text, words.indicator) : hedged;
    if (read === undefined || read === "no_figure") return [];
    const score = scoreMention(words, mention);
    return score >= LEAST_SCORE ? [{ words, read, score }] : [];
  });
  return bestProposals(scored, (words) => ({ raw: sentence.slice(mention.start, rawEnd(mention, words)), sentence: sentence.trim() }));
}

/** The total after "nâng tổng … lên" read with the words of the figure before it, for that figure's indicators alone. */
function grownTotal(
  sentence: string,
  mention: NumberMention,
  given: readonly MentionProposals[],
  indicators: readonly IndicatorWords[],
): Proposal[] {
  const grown = given.at(-1);
  if (!grown || grown.found.length === 0) return [];
  const codes = new Set(grown.found.map((proposal) => proposal.code));
  const own = indicators.filter((words) => codes.has(words.indicator.code));
  return mentionFigures(sentence, { ...mention, left: [...grown.mention.left, ...mention.left] }, own);
}

/** Where the number as written ends: with the indicator's unit or a counting word right after it ("03 nhà"). */
function rawEnd(mention: NumberMention, words: IndicatorWords): number {
  const nouns = [words.unitWords, ...[...COUNTERS].map((word) => [word])].find(
    (noun) => noun.length > 0 && noun.every((word, index) => mention.right[index]?.word === word && !mention.right[index]?.crossed),
  );
  return nouns ? (mention.right[nouns.length - 1]?.end ?? mention.end) : mention.end;
}
