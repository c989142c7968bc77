import { findPeriods, type PeriodMention } from "../periods/parse-period.js";
import { type Period, quartersOf } from "../periods/period.js";
import { foldText } from "../text/fold.js";
import {
  bestFitting,
  findNamesInText,
  matchName,
  type NamedCandidate,
  type NameSpan,
  overlaps,
  strongestSpans,
} from "../text/match-name.js";

/** What a question asks, with what it is about. Ids are the candidates' ids (catalog codes). */
export type Question =
  | { intent: "results"; period: Period | null; organisationIds: string[]; indicatorIds: string[] }
  | {
      intent: "compare";
      period: Period | null;
      organisationIds: string[];
      indicatorIds: string[];
      /** The other period: named, the one before, or the same one a year earlier. */
      against: Period | "previous" | "same_last_year";
    }
  | { intent: "progress"; period: Period | null }
  | { intent: "help" }
  | { intent: "not_understood"; suggestions: string[] };

/** What a question is parsed against: the time it is asked and the names the bloc knows. */
export interface QuestionContext {
  now: Date;
  timeZone?: string;
  organisations: readonly NamedCandidate<string>[];
  indicators: readonly NamedCandidate<string>[];
}

// Patterns run on folded text (no diacritics, lower case).
const HELP = /^(?:(?:\/?help(?: me)?|\/?tro ?giup|huong dan|hoi gi|hoi the nao|giup|menu|what can i (?:ask|do))[?!. ]*|\?+)$/;
const PROGRESS =
  /\b(?:chua nop|da nop|ai nop|tien do|con thieu|nop chua|status|han nop|chua gui|da gui|ai chua|nao chua|con ai|chua bao cao|chua nhap|du chua|no bao cao|bao cao chua|(?:ai|nao) da nhap|progress|submitted|missing)\b/;
const COMPARE = /\b(?:so sanh|so voi|cung k[yi]|tang giam|tang hay giam|thay doi|compare|vs|versus)\b/;
/** "Cùng kỳ" (also spelled "cùng kì"): the same period a year earlier. */
const SAME_LAST_YEAR = /\b(?:cung k[yi]|same (?:period|quarter|time) last year)\b/;
/** Words that put the period right after them on the other side of a comparison: "so với quý 3", "và quý 4 năm 2023". */
const AGAINST = /\b(?:so voi|voi|va|and|with|than|vs|versus)\s+$/;
/** Of these, the words that only join two periods ("quý 3 và quý 4"), saying neither is the baseline. */
const JOINED = /\b(?:va|and)\s+$/;
const RESULTS = /\b(?:ket qua|kq|so lieu|bao nhieu|tong hop|tong so|tong|thanh tich|bao cao|chi tieu|results?)\b/;

/**
 * Understands a question typed to the bot ("kết quả quý IV", "ket qua quy 4 nam 2023", "Hội
 * Nông dân quý 3", "kết nạp đảng viên năm 2023", "so sánh quý IV với quý III", "ai chưa nộp"),
 * with or without diacritics. What it cannot place becomes "not understood" with the names
 * closest to what was typed, never a guess.
 */
export function parseQuestion(text: string, context: QuestionContext): Question {
  const folded = foldText(text);
  if (HELP.test(folded)) return { intent: "help" };
  const periods = findPeriods(text, context.now, context.timeZone);
  const period = periods[0]?.period ?? null;
  if (PROGRESS.test(folded)) return { intent: "progress", period };

  const { organisationIds, indicatorIds } = namesIn(text, context);
  const named = organisationIds.length > 0 || indicatorIds.length > 0;
  const comparison = comparisonOf(folded, periods);
  if (comparison) return { intent: "compare", ...comparison, organisationIds, indicatorIds };
  if (named || periods.length > 0 || RESULTS.test(folded)) {
    return { intent: "results", period, organisationIds, indicatorIds };
  }
  return { intent: "not_understood", suggestions: suggestionsFor(text, context) };
}

/**
 * The two sides of a comparison, or undefined when the question compares nothing. The other
 * side is the period right after "với", "và", "with" ("so với quý 3": the default period against
 * quý III), else the second period named, else the one before; "cùng kỳ", or "năm ngoái" against
 * a shorter period, is the same period a year earlier. Without a word of comparison, two periods
 * of the same kind joined by "và" or "với" are compared too; joined by "và", the later against
 * the earlier.
 */
function comparisonOf(
  folded: string,
  periods: PeriodMention[],
): { period: Period | null; against: Period | "previous" | "same_last_year" } | undefined {
  const afterWord = periods.findIndex((mention) => AGAINST.test(folded.slice(0, mention.index)));
  const otherIndex = afterWord >= 0 ? afterWord : periods.length > 1 ? 1 : -1;
  const other = periods[otherIndex];
  const own = periods.find((_, index) => index !== otherIndex);
  const joined = afterWord > 0 && own !== undefined && other?.period.kind === own.period.kind;
  if (!COMPARE.test(folded) && !joined) return undefined;
  const period = own?.period ?? null;
  if (SAME_LAST_YEAR.test(folded)) return { period, against: "same_last_year" };
  if (!other) return { period, against: "previous" };
  // "quý 3 và quý 4": "và" makes neither the baseline, so the later is shown against the earlier.
  if (own && own.period.kind === other.period.kind && JOINED.test(folded.slice(0, other.index))) {
    return endOf(other.period) > endOf(own.period) ? { period: other.period, against: own.period } : { period, against: other.period };
  }
  if (!other.relative) return { period, against: other.period };
  // "năm ngoái" against a quarter means that quarter a year earlier; "quý trước" the one before.
  return { period, against: other.period.kind === "year" && period?.kind !== "year" ? "same_last_year" : "previous" };
}

/** Where a period ends, counted in quarters: the later of two periods ends later. */
function endOf(period: Period): number {
  return Math.max(...quartersOf(period).map((quarter) => quarter.year * 4 + quarter.quarter));
}

/**
 * The organisations and indicators a question names. An organisation keeps the words it names
 * more strongly than any indicator's phrase ("tỉnh đoàn", not the "đoàn" of "đoàn viên"); the
 * indicators are the best-fitting ones on the words left, so "đoàn viên mới" is not also every
 * indicator with "đoàn viên" in its name.
 */
function namesIn(text: string, context: QuestionContext) {
  const organisationSpans = findNamesInText(text, context.organisations);
  const indicatorSpans = findNamesInText(text, context.indicators);
  const isOrganisation = new Set<NameSpan<string>>(organisationSpans);
  const organisations = strongestSpans([...organisationSpans, ...indicatorSpans]).filter((span) => isOrganisation.has(span));
  const indicatorIds = bestFitting(indicatorSpans.filter((span) => !organisations.some((organisation) => overlaps(span, organisation))));
  return { organisationIds: [...new Set(organisations.map((span) => span.id))], indicatorIds };
}

/** Names close to what was typed, to offer when a question is not understood. */
function suggestionsFor(text: string, context: QuestionContext): string[] {
  const candidates = [...context.organisations, ...context.indicators];
  const match = matchName(text, candidates);
  if (match.kind === "match") return [match.id];
  return match.kind === "ambiguous" ? match.ids : match.suggestions;
}
