import { type Period, type Quarter, quarterOf, quartersOf, samePeriod } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";
import { type Proposal, sentenceFigures } from "./figure-candidates.js";
import { type IndicatorWords, indicatorWords } from "./indicator-words.js";
import { readPeriods } from "./report-periods.js";
import type { FoundFigure, ReadableIndicator, ReportReading, ReportText } from "./report-reading.js";
import { readSections } from "./report-sections.js";
import { statedNoneFigures } from "./stated-nones.js";
import { tableFigures } from "./table-figures.js";

/**
 * What the reader may be told besides the text: the day it reads on, for periods named relative
 * to it, and the quarter being submitted, whose own figures a report of several quarters ending
 * with it gives beside its running totals ("9 tháng … 1.027, riêng quý III 436").
 */
export interface ReadingContext {
  now?: Date;
  quarter?: Quarter;
}

const FUTURE_SECTIONS = new Set<TextSection | undefined>(["proposals", "next_tasks"]);

/** A sentence ends at ".", "!" or "?" before a space and a capital, a digit, a bracket or a list mark. */
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}\d“"(\-–•+])/u;

/**
 * Reads an organisation's own report (its text, a paragraph per line, a table row's cells
 * tab-separated) for the figures of its indicators, its text sections and the periods it names.
 * Each figure comes with the sentence or row it was read from; several found for an indicator
 * are all kept, best named first, for the person to choose: nothing is chosen for them. Pure.
 */
export function readReport(text: ReportText, indicators: readonly ReadableIndicator[], context: ReadingContext = {}): ReportReading {
  // Word's non-breaking and narrow spaces are spaces; blank lines between paragraphs (or a table's rows) say nothing.
  const lines = text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .split(/\r\n?|\n/)
    .filter((line) => line.trim() !== "");
  const unlabelled = readSections(lines);
  const periods = readPeriods(lines, unlabelled.firstHeading, context.now);
  // Once the report's quarter is known, a line labelled with the next one opens its tasks ("- Quý 3: …").
  const main = periods[0];
  const { texts, lineSections } = main?.kind === "quarter" ? readSections(lines, quarterOf(main.year, main.quarter + 1)) : unlabelled;
  const words = indicatorWords(indicators);
  const figures = figuresByCode(proposalsFor(lines, lineSections, words, main), indicators);
  // A report of several quarters ending with the one submitted that gives the quarter's own
  // figures beside its running totals ("9 tháng 1.027, riêng quý III 436") is read for the
  // quarter; one that gives none is read for its period (its figures are all the person has).
  const quarter = context.quarter;
  if (main && quarter && main.kind !== "quarter" && samePeriod(quartersOf(main).at(-1) as Quarter, quarter)) {
    const own = figuresByCode(proposalsFor(lines, lineSections, words, quarter), indicators);
    if (Object.keys(own).some((code) => own[code]?.some((figure) => !figures[code]?.some((other) => other.value === figure.value))))
      return { figures: own, texts, periods };
  }
  return { figures, texts, periods };
}

/** The figures the lines propose, read as the figures of `period`. */
function proposalsFor(
  lines: readonly string[],
  lineSections: readonly (TextSection | undefined)[],
  words: readonly IndicatorWords[],
  period: Period | undefined,
): Proposal[] {
  const proposals: Proposal[] = [];
  let table: string[] = [];
  const flushTable = () => {
    if (table.length) proposals.push(...tableFigures(table, words, period));
    table = [];
  };
  for (const [index, line] of lines.entries()) {
    // What is asked for or planned is not what was done: its figures are no results.
    if (FUTURE_SECTIONS.has(lineSections[index])) {
      flushTable();
      continue;
    }
    if (line.includes("\t")) {
      table.push(line);
      continue;
    }
    flushTable();
    for (const sentence of line.split(SENTENCE_END)) {
      if (sentence.trim()) proposals.push(...sentenceFigures(sentence, words, period), ...statedNoneFigures(sentence, words, period));
    }
  }
  flushTable();
  return proposals;
}

/** Each indicator's figures, best named first, one per value (the first sentence that gave it). */
function figuresByCode(proposals: readonly Proposal[], indicators: readonly ReadableIndicator[]): Record<string, FoundFigure[]> {
  const figures: Record<string, FoundFigure[]> = {};
  for (const { code } of indicators) {
    const own = proposals.filter((proposal) => proposal.code === code).sort((a, b) => b.score - a.score);
    figures[code] = own
      .filter((proposal, index) => own.findIndex((other) => other.figure.value === proposal.figure.value) === index)
      .map((proposal) => proposal.figure);
  }
  return figures;
}
