import { Decimal } from "decimal.js";
import { type Period, periodKey, type Quarter, quartersOf } from "../periods/period.js";
import type { ReportIndex } from "./aggregate.js";
import type { ReportIndicator } from "./report-data.js";

/** One organisation's figure over the quarters of a period that are on record, and how complete it is. */
export interface CoveredValue {
  /** Null when none of those quarters has a value: missing, never zero. */
  value: Decimal | null;
  /** The hedge the value keeps ("about" for "khoảng"), null when it is exact. */
  hedge: string | null;
  /** Quarters on record without a value: a flow summed without them is partial. */
  missingQuarters: number;
  /** For a stock or a rate taken from an earlier quarter than the last on record: that quarter. */
  asOf?: Quarter;
}

/**
 * The quarters of a period for which some organisation has submitted a report. A quarter nobody
 * reported (before the bloc began, or not yet due) is not a gap in anyone's figures.
 */
export function quartersOnRecord(index: ReportIndex, period: Period): Quarter[] {
  const submitted = new Set(index.data.reports.map((report) => report.periodKey));
  return quartersOf(period).filter((quarter) => submitted.has(periodKey(quarter)));
}

/**
 * An organisation's figure over some quarters by the indicator's kind: flows add up, and lack the
 * quarters without a value; stocks and rates are the latest value, and need only that one.
 */
export function coveredValue(
  index: ReportIndex,
  organisationCode: string,
  indicator: ReportIndicator,
  quarters: readonly Quarter[],
): CoveredValue {
  const quarterly = quarters.map((quarter) => {
    const report = index.report(organisationCode, periodKey(quarter));
    return { quarter, value: report?.values[indicator.code] ?? null, hedge: report?.hedges?.[indicator.code] ?? null };
  });
  const present = quarterly.filter((entry): entry is typeof entry & { value: Decimal } => entry.value !== null);
  if (present.length === 0) return { value: null, hedge: null, missingQuarters: quarters.length };
  if (indicator.kind === "flow") {
    return {
      value: present.reduce((sum, entry) => sum.plus(entry.value), new Decimal(0)),
      hedge: combinedHedge(present.map((entry) => entry.hedge)),
      missingQuarters: quarters.length - present.length,
    };
  }
  const latest = present.at(-1) as (typeof present)[number];
  return {
    value: latest.value,
    hedge: latest.hedge,
    missingQuarters: 0,
    ...(latest.quarter === quarterly.at(-1)?.quarter ? {} : { asOf: latest.quarter }),
  };
}

/**
 * The hedge of a sum: the one every hedged part shares ("hơn 500" and 300 is "hơn 800"), "about"
 * when they differ, none when every part is exact.
 */
export function combinedHedge(hedges: readonly (string | null)[]): string | null {
  const distinct = new Set(hedges.filter((hedge): hedge is string => hedge !== null));
  if (distinct.size === 0) return null;
  return distinct.size === 1 ? ([...distinct][0] as string) : "about";
}
