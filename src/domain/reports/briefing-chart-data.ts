import { Decimal } from "decimal.js";
import { indicatorName } from "../numbers/figure-wording.js";
import { formatPeriod } from "../periods/format-period.js";
import type { Quarter } from "../periods/period.js";
import { ReportIndex } from "./aggregate.js";
import { sheetQuarters } from "./briefing-sheets.js";
import { reportersOf, sharedIndicators, sortedOrganisations } from "./catalog-view.js";
import type { ReportData, Translate } from "./report-data.js";

/**
 * What the briefing's chart shows, as numbers and labels: the indicators several organisations
 * report (rates left out: they do not add up), each organisation's figure for the quarter, and
 * the bloc's total of each quarter by quarter, oldest first.
 */
export interface BriefingChart {
  title: string;
  series: string[];
  organisations: { name: string; values: (number | null)[] }[];
  trend: { quarter: string; totals: (number | null)[] }[];
  trendTitle: string;
}

/** The chart's data from the reports of the quarter and the three before it. */
export function briefingChart(data: ReportData, quarter: Quarter, t: Translate): BriefingChart {
  const index = new ReportIndex(data);
  const organisations = sortedOrganisations(data);
  const shared = sharedIndicators(
    data,
    organisations.map((organisation) => organisation.code),
  ).filter((indicator) => indicator.kind !== "rate");
  const value = (code: string, indicator: (typeof shared)[number], period: Quarter) => {
    const found = index.value(code, indicator.code, indicator.kind, period).value;
    return found === null ? null : new Decimal(found).toNumber();
  };
  return {
    title: t("docs-chart-title", { period: formatPeriod(quarter, t) }),
    series: shared.map((indicator) => indicatorName(indicator, t)),
    organisations: organisations
      .filter((organisation) => shared.some((indicator) => reportersOf(indicator).has(organisation.code)))
      .map((organisation) => ({
        name: organisation.shortName ?? organisation.name,
        values: shared.map((indicator) =>
          reportersOf(indicator).has(organisation.code) ? value(organisation.code, indicator, quarter) : null,
        ),
      })),
    trend: [...sheetQuarters(quarter)].reverse().map((period) => ({
      quarter: formatPeriod(period, t),
      totals: shared.map((indicator) => {
        const given = organisations.flatMap((organisation) => {
          const found = reportersOf(indicator).has(organisation.code) ? value(organisation.code, indicator, period) : null;
          return found === null ? [] : [found];
        });
        return given.length ? given.reduce((sum, next) => sum + next, 0) : null;
      }),
    })),
    trendTitle: t("docs-chart-trend-title"),
  };
}
