import { findNonexistentQuarters, findPeriods, type PeriodMention } from "../periods/parse-period.js";
import { currentQuarter, type Period, quartersOf } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";
import { foldText } from "../text/fold.js";
import { matchName, type NamedCandidate } from "../text/match-name.js";
import {
  AGAINST,
  COMPARE,
  courtesyOf,
  FORECAST,
  HELP,
  JOINED,
  PROGRESS,
  RESULTS,
  rankingOrder,
  SAME_LAST_YEAR,
  submitWish,
  TASK_FOLLOW_UP,
  textSectionsIn,
  WHEN_SUBMITTED,
} from "./intent-words.js";
import { type IndicatorCandidate, readNames } from "./read-names.js";

/** Why a question cannot be answered from the stored figures, with what it named. */
export type Unanswerable =
  | { reason: "nonexistent_quarter"; quarter: string }
  | { reason: "future_period"; period: Period }
  | { reason: "forecast" }
  | { reason: "unknown_organisation"; name: string }
  | { reason: "unknown_indicator"; name: string; nearest: string[] };

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
  | {
      intent: "ranking";
      period: Period | null;
      organisationIds: string[];
      indicatorIds: string[];
      /** What to name: the top, the bottom, or the whole order. */
      order: "most" | "least" | "all";
    }
  | { intent: "progress"; period: Period | null; organisationIds: string[] }
  /** How last quarter's tasks were carried out; `period` the quarter whose reports set them. */
  | { intent: "tasks"; period: Period | null; organisationIds: string[] }
  | { intent: "texts"; period: Period | null; organisationIds: string[]; sections: TextSection[] }
  | { intent: "submit"; correction: boolean }
  | { intent: "greeting"; kind: "hello" | "thanks" }
  | ({ intent: "unanswerable" } & Unanswerable)
  | { intent: "help" }
  | { intent: "not_understood"; suggestions: string[] };

/** What a question is parsed against: the time it is asked and the names the bloc knows. */
export interface QuestionContext {
  now: Date;
  timeZone?: string;
  organisations: readonly NamedCandidate<string>[];
  indicators: readonly IndicatorCandidate[];
}

/**
 * Understands a message typed to the bot, with or without diacritics: a question about the
 * figures ("kết quả quý IV", "Hội Nông dân quý 3", "so sánh quý IV với quý III", "đơn vị nào
 * kết nạp nhiều nhất", "ai chưa nộp", "Hội Nông dân nộp lúc nào"), about the texts of the reports
 * ("Hội Nông dân có kiến nghị gì"), a wish to submit or correct ("nộp báo cáo"), a greeting or
 * thanks. What cannot be answered from the stored reports (a forecast, "quý 5", an organisation
 * or a figure the bloc does not have) is said to be so; what it cannot place becomes "not
 * understood" with the names closest to what was typed, never a guess.
 */
export function parseQuestion(text: string, context: QuestionContext): Question {
  const folded = foldText(text);
  if (HELP.test(folded)) return { intent: "help" };
  const courtesy = courtesyOf(folded);
  if (courtesy) return { intent: "greeting", kind: courtesy };
  const nonexistent = findNonexistentQuarters(text)[0];
  if (nonexistent !== undefined) return { intent: "unanswerable", reason: "nonexistent_quarter", quarter: nonexistent };
  const wish = submitWish(folded);
  if (wish) return { intent: "submit", ...wish };

  const periods = findPeriods(text, context.now, context.timeZone);
  const period = periods[0]?.period ?? null;
  const names = readNames(text, context.organisations, context.indicators);
  const { organisationIds, indicatorIds } = names;
  if (names.unknownOrganisation) return { intent: "unanswerable", reason: "unknown_organisation", name: names.unknownOrganisation };
  if (TASK_FOLLOW_UP.test(folded)) return { intent: "tasks", period, organisationIds };
  if (PROGRESS.test(folded) || WHEN_SUBMITTED.test(folded)) return { intent: "progress", period, organisationIds };

  const sections = textSectionsIn(folded, names.indicatorNames);
  const future = periods.find((mention) => startsAfter(mention.period, context));
  if (sections.length > 0) {
    // The next quarter's tasks are written in this quarter's reports: "nhiệm vụ quý tới" reads them.
    if (future && sections.every((section) => section === "next_tasks"))
      return { intent: "texts", period: null, organisationIds, sections };
    if (future) return { intent: "unanswerable", reason: "future_period", period: future.period };
    return { intent: "texts", period, organisationIds, sections };
  }
  if (FORECAST.test(folded)) return { intent: "unanswerable", reason: "forecast" };
  if (future) return { intent: "unanswerable", reason: "future_period", period: future.period };
  if (names.unknownIndicator) return { intent: "unanswerable", reason: "unknown_indicator", ...names.unknownIndicator };

  const order = rankingOrder(folded, organisationIds.length);
  if (order) return { intent: "ranking", period, organisationIds, indicatorIds, order };
  const comparison = comparisonOf(folded, periods);
  if (comparison) return { intent: "compare", ...comparison, organisationIds, indicatorIds };
  if (organisationIds.length > 0 || indicatorIds.length > 0 || periods.length > 0 || RESULTS.test(folded)) {
    return { intent: "results", period, organisationIds, indicatorIds };
  }
  return { intent: "not_understood", suggestions: suggestionsFor(text, context) };
}

/** Whether a period begins after the quarter the question is asked in: nothing can have been reported for it. */
function startsAfter(period: Period, context: QuestionContext): boolean {
  const current = currentQuarter(context.now, context.timeZone);
  const first = quartersOf(period)[0] ?? current;
  return first.year * 4 + first.quarter > current.year * 4 + current.quarter;
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

/** Names close to what was typed, to offer when a question is not understood. */
function suggestionsFor(text: string, context: QuestionContext): string[] {
  const candidates = [...context.organisations, ...context.indicators];
  const match = matchName(text, candidates);
  if (match.kind === "match") return [match.id];
  return match.kind === "ambiguous" ? match.ids : match.suggestions;
}
