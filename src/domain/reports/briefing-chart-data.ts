import { Decimal } from "decimal.js";
import { indicatorName } from "../numbers/figure-wording.js";
import { formatPeriod } from "../periods/format-period.js";
import type { Period } from "../periods/period.js";
import { ReportIndex } from "./aggregate.js";
import { trendQuarters } from "./briefing-period.js";
import { reportersOf, sharedIndicators, sortedOrganisations } from "./catalog-view.js";
import type { ReportData, Translate } from "./report-data.js";

/**
 * What the briefing's chart shows, as numbers and labels: the indicators several organisations
 * report (rates left out: they do not add up), each organisation's figure for the period, and
 * the total of the organisations with figures quarter by quarter over the four quarters up to
 * the period's end, oldest first, each quarter with how many organisations it sums.
 */
export interface BriefingChart {
  title: string;
  series: string[];
  organisations: { name: string; values: (number | null)[] }[];
  /** Each quarter's totals, and over how many of the organisations that report the series ("2/5 đơn vị"). */
  trend: { quarter: string; totals: (number | null)[]; coverage: string }[];
  trendTitle: string;
}

/** The chart's data from the reports of the period and of the trend's quarters (`trendQuarters`). */
export function briefingChart(data: ReportData, period: Period, t: Translate): BriefingChart {
  const index = new ReportIndex(data);
  const organisations = sortedOrganisations(data);
  const shared = sharedIndicators(
    data,
    organisations.map((organisation) => organisation.code),
  ).filter((indicator) => indicator.kind !== "rate");
  const value = (code: string, indicator: (typeof shared)[number], over: Period) => {
    const found = index.value(code, indicator.code, indicator.kind, over).value;
    return found === null ? null : new Decimal(found).toNumber();
  };
  const reporting = organisations.filter((organisation) => shared.some((indicator) => reportersOf(indicator).has(organisation.code)));
  return {
    title: t("docs-chart-title", { period: formatPeriod(period, t) }),
    series: shared.map((indicator) => indicatorName(indicator, t)),
    organisations: reporting.map((organisation) => ({
      name: organisation.shortName ?? organisation.name,
      values: shared.map((indicator) =>
        reportersOf(indicator).has(organisation.code) ? value(organisation.code, indicator, period) : null,
      ),
    })),
    trend: trendQuarters(period).map((quarter) => ({
      quarter: formatPeriod(quarter, t),
      // A quarter with fewer organisations in it says so under its name, not passed off as the bloc's.
      coverage: t("docs-chart-coverage", {
        counted: reporting.filter((organisation) =>
          shared.some(
            (indicator) => reportersOf(indicator).has(organisation.code) && value(organisation.code, indicator, quarter) !== null,
          ),
        ).length,
        reporting: reporting.length,
      }),
      totals: shared.map((indicator) => {
        const given = organisations.flatMap((organisation) => {
          const found = reportersOf(indicator).has(organisation.code) ? value(organisation.code, indicator, quarter) : null;
          return found === null ? [] : [found];
        });
        return given.length ? given.reduce((sum, next) => sum + next, 0) : null;
      }),
    })),
    trendTitle: t("docs-chart-trend-title"),
  };
}
