import { Decimal } from "decimal.js";
import { indicatorName, unitName } from "../numbers/figure-wording.js";
import { formatPeriod } from "../periods/format-period.js";
import type { Period } from "../periods/period.js";
import { ReportIndex } from "./aggregate.js";
import { sheetPeriods } from "./briefing-period.js";
import { reportersOf, sortedOrganisations } from "./catalog-view.js";
import type { ReportData, Translate } from "./report-data.js";

/** A column of the spreadsheet: one indicator, named with its unit; `decimals` for its format. */
export interface SheetColumn {
  title: string;
  decimals: number;
}

/** One period's sheet: organisations × indicators, empty where there is no figure, and the totals. */
export interface PeriodSheet {
  name: string;
  header: string;
  columns: SheetColumn[];
  rows: { organisation: string; values: (number | null)[] }[];
  /** The column totals over the organisations that gave a figure; null for rates, which do not add up. */
  totals: (number | null)[];
  totalLabel: string;
  /** Under the totals, how many of the organisations that report each indicator gave a figure ("4/5"): a total says whom it sums. */
  counts: string[];
  countLabel: string;
}

/**
 * The briefing's figures as sheets, one per period (the briefing's, then the three of its kind
 * before it, see `sheetPeriods`; flows summed, stocks at the end): every organisation
 * in the bloc's order against every indicator, so a secretariat can sort, sum and chart them,
 * then the totals and how many of the organisations that report each indicator are in them.
 */
export function briefingSheets(data: ReportData, period: Period, t: Translate): PeriodSheet[] {
  const index = new ReportIndex(data);
  const organisations = sortedOrganisations(data);
  const indicators = [...data.indicators].sort((a, b) => a.sortOrder - b.sortOrder);
  const columns = indicators.map((indicator) => ({
    title: `${indicatorName(indicator, t)} (${unitName(indicator.unit, t)})`,
    decimals: indicator.kind === "rate" ? 1 : 0,
  }));
  return sheetPeriods(period).map((sheetPeriod) => {
    const rows = organisations.map((organisation) => ({
      organisation: organisation.name,
      values: indicators.map((indicator) => {
        if (!reportersOf(indicator).has(organisation.code)) return null;
        const { value } = index.value(organisation.code, indicator.code, indicator.kind, sheetPeriod);
        return value === null ? null : new Decimal(value).toNumber();
      }),
    }));
    const totals = indicators.map((indicator, column) => {
      if (indicator.kind === "rate") return null;
      const given = rows.flatMap((row) => (row.values[column] === null ? [] : [new Decimal(row.values[column] ?? 0)]));
      return given.length ? Decimal.sum(...given).toNumber() : null;
    });
    const counts = indicators.map((indicator, column) => {
      const reporting = organisations.filter((organisation) => reportersOf(indicator).has(organisation.code)).length;
      return `${rows.filter((row) => row.values[column] !== null).length}/${reporting}`;
    });
    const name = formatPeriod(sheetPeriod, t);
    return {
      name: name.replaceAll("/", "-"),
      header: t("docs-sheet-organisation"),
      columns,
      rows,
      totals,
      totalLabel: t("docs-sheet-total"),
      counts,
      countLabel: t("docs-sheet-counted"),
    };
  });
}
