import type { Decimal } from "decimal.js";
import { formatPeriod } from "../periods/format-period.js";
import type { Period } from "../periods/period.js";
import { block, italic, type RichText } from "../text/rich-text.js";
import { ReportIndex } from "./aggregate.js";
import { sharedIndicators, sortedOrganisations } from "./catalog-view.js";
import { hedgedQuantity } from "./hedged-quantity.js";
import { coveredValue, quartersOnRecord } from "./period-coverage.js";
import type { ReportData, ReportIndicator, ReportOrganisation, Translate } from "./report-data.js";

/** What a ranking question asks: the indicators to rank by, over which organisations (empty: all that report it). */
export interface RankingQuery {
  period: Period;
  organisationCodes: readonly string[];
  indicatorCodes: readonly string[];
}

/** One organisation's place in a ranking; organisations with equal figures share a place. */
export interface RankedEntry {
  place: number;
  organisation: ReportOrganisation;
  value: Decimal;
  hedge: string | null;
}

/** The organisations ordered by one indicator, largest first, and those without a figure. */
export interface Ranking {
  indicator: ReportIndicator;
  entries: RankedEntry[];
  missing: ReportOrganisation[];
}

/** The answer to a ranking question, before wording. */
export interface RankingModel {
  period: Period;
  rankings: Ranking[];
  /** When no indicator was named: the ones several organisations report, to rank by. */
  choices: ReportIndicator[];
}

/**
 * Ranks the organisations that report each indicator asked for by their figure over the
 * period, largest first; equal figures share a place, and organisations without a figure are
 * listed apart, never ranked as 0.
 */
export function compileRanking(data: ReportData, query: RankingQuery): RankingModel {
  const index = new ReportIndex(data);
  const quarters = quartersOnRecord(index, query.period);
  const organisations = sortedOrganisations(data).filter(
    (org) => query.organisationCodes.length === 0 || query.organisationCodes.includes(org.code),
  );
  const rankings = data.indicators
    .filter((indicator) => query.indicatorCodes.includes(indicator.code))
    .map((indicator): Ranking => {
      const reporting = organisations.filter((org) => indicator.organisationCodes.includes(org.code));
      const valued = reporting.map((organisation) => ({ organisation, ...coveredValue(index, organisation.code, indicator, quarters) }));
      const present = valued
        .filter((entry): entry is typeof entry & { value: Decimal } => entry.value !== null)
        .sort((a, b) => b.value.comparedTo(a.value));
      const entries = present.map((entry) => ({
        place: present.findIndex((other) => other.value.equals(entry.value)) + 1,
        organisation: entry.organisation,
        value: entry.value,
        hedge: entry.hedge,
      }));
      return { indicator, entries, missing: valued.filter((entry) => entry.value === null).map((entry) => entry.organisation) };
    });
  return {
    period: query.period,
    rankings,
    choices: sharedIndicators(
      data,
      organisations.map((org) => org.code),
    ),
  };
}

/**
 * A ranking as rich text: the top or the bottom named first when asked ("Nhiều nhất: Tỉnh
 * đoàn (18.406 người)"), both for a whole order, then every place, hedges kept.
 */
export function renderRanking(model: RankingModel, order: "most" | "least" | "all", t: Translate): RichText {
  const period = formatPeriod(model.period, t);
  if (model.rankings.length === 0) {
    return [block("paragraph", t("reports-ranking-which", { indicators: model.choices.map((indicator) => indicator.name).join("; ") }))];
  }
  return model.rankings.flatMap((ranking) => {
    const title = block("heading", t("reports-ranking-title", { indicator: ranking.indicator.name, period }));
    if (ranking.entries.length === 0) return [title, block("line", t("reports-no-data", { period }))];
    const figure = (entry: RankedEntry) => hedgedQuantity(entry.value, ranking.indicator.unit, entry.hedge, t);
    const named = (place: number) => {
      const at = ranking.entries.filter((entry) => entry.place === place);
      return { names: at.map((entry) => entry.organisation.name).join(", "), value: figure(at[0] as RankedEntry) };
    };
    const last = (ranking.entries.at(-1) as RankedEntry).place;
    const most = order !== "least" ? t("reports-ranking-most", named(1)) : undefined;
    const least = order === "least" || (order === "all" && last !== 1) ? t("reports-ranking-least", named(last)) : undefined;
    const text: RichText = [title, block("paragraph", most, most && least ? " " : undefined, least)];
    text.push(...ranking.entries.map((entry) => block("line", `${entry.place}. ${entry.organisation.name}: ${figure(entry)}`)));
    if (ranking.missing.length > 0) {
      text.push(block("paragraph", italic(t("reports-ranking-missing", { names: ranking.missing.map((org) => org.name).join(", ") }))));
    }
    return text;
  });
}
