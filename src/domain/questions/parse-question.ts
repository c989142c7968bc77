import { findPeriods, type PeriodMention } from "../periods/parse-period.js";
import type { Period } from "../periods/period.js";
import { foldText } from "../text/fold.js";
import { findNamesInText, matchName, type NamedCandidate, strongestSpans } from "../text/match-name.js";

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
const HELP = /^(?:\/?help|\/?tro ?giup|huong dan|hoi gi|hoi the nao|\?+|giup|menu)$/;
const PROGRESS = /\b(?:chua nop|da nop|ai nop|tien do|con thieu|nop chua|status|han nop|chua gui|da gui)\b/;
const COMPARE = /\b(?:so sanh|so voi|cung ky|tang giam|tang hay giam|thay doi)\b/;
const SAME_LAST_YEAR = /\bcung ky\b/;
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
  if (COMPARE.test(folded)) {
    return {
      intent: "compare",
      period,
      organisationIds,
      indicatorIds,
      against: comparisonOf(folded, periods),
    };
  }
  if (named || periods.length > 0 || RESULTS.test(folded)) {
    return { intent: "results", period, organisationIds, indicatorIds };
  }
  return { intent: "not_understood", suggestions: suggestionsFor(text, context) };
}

/** The other side of a comparison: "cùng kỳ", a second period, or by default the one before. */
function comparisonOf(folded: string, periods: PeriodMention[]): Period | "previous" | "same_last_year" {
  if (SAME_LAST_YEAR.test(folded)) return "same_last_year";
  const second = periods[1];
  if (!second || second.relative) return "previous";
  return second.period;
}

/** The organisations and indicators a question names, the strongest reading of each phrase. */
function namesIn(text: string, context: QuestionContext) {
  const tagged = [
    ...findNamesInText(text, context.organisations).map((span) => ({
      ...span,
      id: `o:${span.id}`,
    })),
    ...findNamesInText(text, context.indicators).map((span) => ({ ...span, id: `i:${span.id}` })),
  ];
  const kept = strongestSpans(tagged);
  const idsOf = (prefix: string) => [...new Set(kept.filter((span) => span.id.startsWith(prefix)).map((span) => span.id.slice(2)))];
  return { organisationIds: idsOf("o:"), indicatorIds: idsOf("i:") };
}

/** Names close to what was typed, to offer when a question is not understood. */
function suggestionsFor(text: string, context: QuestionContext): string[] {
  const candidates = [...context.organisations, ...context.indicators];
  const match = matchName(text, candidates);
  if (match.kind === "match") return [match.id];
  return match.kind === "ambiguous" ? match.ids : match.suggestions;
}
