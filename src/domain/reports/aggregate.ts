import { Decimal } from "decimal.js";
import type { IndicatorKind } from "../catalog/catalog.js";
import { type Period, periodKey, quartersOf } from "../periods/period.js";
import type { ReportData, SubmittedReport } from "./report-data.js";

/** A figure over a period, and how many of its quarters had no value. */
export interface Aggregate {
  /** Null when no quarter of the period has a value: missing, never zero. */
  value: Decimal | null;
  missingQuarters: number;
}

/**
 * Combines quarterly values over a longer period by the indicator's kind: flows (members
 * admitted, money raised) add up; stocks (members in total) and rates (percentages) are the
 * latest value, never summed.
 */
export function aggregateValues(kind: IndicatorKind, quarterly: readonly (Decimal | null | undefined)[]): Decimal | null {
  const present = quarterly.filter((value): value is Decimal => value !== null && value !== undefined);
  if (present.length === 0) return null;
  if (kind === "flow") return present.reduce((sum, value) => sum.plus(value), new Decimal(0));
  return present.at(-1) ?? null;
}

/** The reports of a bloc indexed by organisation and quarter, built once per answer. */
export class ReportIndex {
  private readonly byKey = new Map<string, SubmittedReport>();

  constructor(readonly data: ReportData) {
    for (const report of data.reports) this.byKey.set(`${report.organisationCode}|${report.periodKey}`, report);
  }

  /** An organisation's report for a quarter, if it submitted one. */
  report(organisationCode: string, quarterKey: string): SubmittedReport | undefined {
    return this.byKey.get(`${organisationCode}|${quarterKey}`);
  }

  /** One organisation's figure for one indicator over a period. */
  value(organisationCode: string, indicatorCode: string, kind: IndicatorKind, period: Period): Aggregate {
    const quarterly = quartersOf(period).map((quarter) => this.report(organisationCode, periodKey(quarter))?.values[indicatorCode]);
    return {
      value: aggregateValues(kind, quarterly),
      missingQuarters: quarterly.filter((value) => value === null || value === undefined).length,
    };
  }

  /** The total of an indicator over several organisations, and how many of them had no value. */
  total(
    organisationCodes: readonly string[],
    indicatorCode: string,
    kind: IndicatorKind,
    period: Period,
  ): { value: Decimal | null; missing: number } {
    let total: Decimal | null = null;
    let missing = 0;
    for (const code of organisationCodes) {
      const { value } = this.value(code, indicatorCode, kind, period);
      if (value === null) missing += 1;
      else total = (total ?? new Decimal(0)).plus(value);
    }
    return { value: total, missing };
  }
}

/**
 * One organisation's figure for one indicator over a period, by the indicator's kind, and how
 * many of the period's quarters had no value: a flow summed over fewer quarters than the
 * period has is partial, and the caller says so. An indicator not in the catalog has no value.
 */
export function aggregateFor(data: ReportData, organisationCode: string, indicatorCode: string, period: Period): Aggregate {
  const indicator = data.indicators.find((candidate) => candidate.code === indicatorCode);
  if (!indicator) return { value: null, missingQuarters: quartersOf(period).length };
  return new ReportIndex(data).value(organisationCode, indicatorCode, indicator.kind, period);
}
