import type { Decimal } from "decimal.js";
import {
  type Period,
  periodKey,
  previousPeriod,
  previousQuarter,
  type Quarter,
  quarterOf,
  quartersOf,
  samePeriodLastYear,
} from "../periods/period.js";
import type { ReportIndex } from "./aggregate.js";
import type { ReportIndicator, ReportOrganisation } from "./report-data.js";

/**
 * The period a briefing compares with: a quarter with the quarter before, as the quarterly
 * meeting reads it; a half-year, nine months or a year with the same period of the year before
 * ("so với cùng kỳ"), as the six-month and yearly reports do.
 */
export function comparisonPeriod(period: Period): Period {
  return period.kind === "quarter" ? previousQuarter(period) : samePeriodLastYear(period);
}

/** The quarters a briefing reads: the period's own and those of the period it is compared with. */
export function briefingQuarters(period: Period): Quarter[] {
  return [...quartersOf(period), ...quartersOf(comparisonPeriod(period))];
}

/**
 * The period the briefing's "nhiệm vụ trọng tâm" are for: the quarter after the period's last,
 * and after a half-year the next half-year, after a year the next year.
 */
export function followingPeriod(period: Period): Period {
  const last = quartersOf(period).at(-1) as Quarter;
  if (period.kind === "year") return { kind: "year", year: period.year + 1 };
  if (period.kind === "half") return period.half === 1 ? { ...period, half: 2 } : { ...period, year: period.year + 1, half: 1 };
  return quarterOf(last.year, last.quarter + 1);
}

/**
 * The period whose tasks the briefing follows up: a quarter's reports follow up the tasks the
 * quarter before set; over a longer period, the tasks followed up during it.
 */
export function followedUpPeriod(period: Period): Period {
  return period.kind === "quarter" ? previousQuarter(period) : period;
}

/** The period in the name of a briefing's files, ASCII: "2023-q4", "2024-h1", "2023". */
export function periodFileKey(period: Period): string {
  return periodKey(period).toLowerCase();
}

/** The first quarter of a period is after the current one: nothing can have been reported for it. */
export function periodInFuture(period: Period, current: Quarter): boolean {
  const first = quartersOf(period)[0] as Quarter;
  return first.year * 4 + first.quarter > current.year * 4 + current.quarter;
}

/** The periods the spreadsheet has a sheet for: the period and the three of its kind before it, newest first. */
export function sheetPeriods(period: Period): Period[] {
  return [0, 1, 2].reduce((periods) => [...periods, previousPeriod(periods.at(-1) as Period)], [period]);
}

/** The four quarters the chart's trend shows, oldest first: up to the period's last quarter. */
export function trendQuarters(period: Period): Quarter[] {
  const last = quartersOf(period).at(-1) as Quarter;
  return [3, 2, 1, 0].map((back) => quarterOf(last.year, last.quarter - back));
}

/** An organisation that reported some quarters of a period but not others: which ones it lacks. */
export interface PartialCoverage {
  organisation: ReportOrganisation;
  missing: Quarter[];
}

/**
 * Who reported what of a period: the quarters on record (some organisation reported them; a
 * quarter nobody reported, before the bloc began or not yet due, is no one's gap), those of the
 * period nobody reported, and for each organisation the quarters on record it lacks.
 */
export function periodCoverage(
  index: ReportIndex,
  organisations: readonly ReportOrganisation[],
  period: Period,
): { onRecord: Quarter[]; withoutReports: Quarter[]; lacking: (organisation: ReportOrganisation) => Quarter[] } {
  const submitted = new Set(index.data.reports.map((report) => report.periodKey));
  const quarters = quartersOf(period);
  const onRecord = quarters.filter((quarter) => submitted.has(periodKey(quarter)));
  const lacking = new Map(
    organisations.map((organisation) => [
      organisation.code,
      onRecord.filter((quarter) => !index.report(organisation.code, periodKey(quarter))),
    ]),
  );
  return {
    onRecord,
    withoutReports: onRecord.length > 0 ? quarters.filter((quarter) => !onRecord.includes(quarter)) : [],
    lacking: (organisation) => lacking.get(organisation.code) ?? onRecord,
  };
}

/**
 * An organisation's figure over a whole period, for a like-with-like comparison: a flow needs
 * a value in every quarter, a stock or rate its value at the period's end; null otherwise.
 */
export function completeValue(index: ReportIndex, organisationCode: string, indicator: ReportIndicator, period: Period): Decimal | null {
  const quarters = quartersOf(period);
  const needed = indicator.kind === "flow" ? quarters : quarters.slice(-1);
  if (needed.some((quarter) => (index.report(organisationCode, periodKey(quarter))?.values[indicator.code] ?? null) === null)) return null;
  return index.value(organisationCode, indicator.code, indicator.kind, period).value;
}
