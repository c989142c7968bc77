import { Decimal } from "decimal.js";
import { indicatorName, wordComparison } from "../numbers/figure-wording.js";
import { formatPeriod } from "../periods/format-period.js";
import { type Period, periodKey, previousPeriod, type Quarter, quartersOf, samePeriod, samePeriodLastYear } from "../periods/period.js";
import { escapeHtml } from "../text/escape-html.js";
import { ReportIndex } from "./aggregate.js";
import { indicatorsOf, reportersOf, sharedIndicators, sortedOrganisations } from "./catalog-view.js";
import { hedgedQuantity } from "./hedged-quantity.js";
import { type CoveredValue, combinedHedge, coveredValue, quartersOnRecord } from "./period-coverage.js";
import type { ReportData, ReportIndicator, ReportOrganisation, Translate } from "./report-data.js";

/** What a question about results asks for. Empty code lists mean every organisation or indicator. */
export interface ResultsQuery {
  period: Period;
  organisationCodes: readonly string[];
  indicatorCodes: readonly string[];
  compareWith?: Period;
}

/** A figure with, when asked, its value in the comparison period. */
export interface ResultFigure {
  indicator: ReportIndicator;
  value: Decimal | null;
  /** The hedge the value keeps ("khoảng"), null when exact. */
  hedge?: string | null;
  /** Present when a comparison was asked; null when that period has no value. */
  compared?: Decimal | null;
  comparedHedge?: string | null;
  /** For a total: of the organisations counted now, how many lack a value in the comparison period. */
  comparedMissing?: number;
  /** Organisations without a value, for totals. */
  missing?: number;
  /**
   * Over a period of several quarters: for an organisation, the quarters on record without a
   * value; for a total, the organisations whose value lacks some of them. The figure is then partial.
   */
  partial?: number;
  /** A stock or rate taken from an earlier quarter than the period's last on record. */
  asOf?: Quarter;
}

/** The answer to a results question, before wording. */
export interface ResultsModel {
  period: Period;
  compareWith: Period | undefined;
  /** Organisations asked about that submitted for every quarter on record, and how many were asked. */
  submitted: number;
  asked: number;
  /** Quarters of the period nobody has reported, when some other quarter of it is on record. */
  quartersWithoutReports: Quarter[];
  totals: ResultFigure[];
  organisations: {
    organisation: ReportOrganisation;
    /** Submitted for every quarter of the period on record. */
    submitted: boolean;
    /** Submitted for at least one quarter of the period: its empty figures were left empty, not unsent. */
    reported: boolean;
    figures: ResultFigure[];
  }[];
}

/**
 * Computes the figures a question asks for: the totals of indicators shared by several
 * organisations, then each organisation's figures, over the quarters of the period on record
 * (flows summed, stocks and rates at the last value), with the comparison period's values when
 * asked. A total is compared over the same organisations in both periods.
 */
export function compileResults(data: ReportData, query: ResultsQuery): ResultsModel {
  const index = new ReportIndex(data);
  const onRecord = quartersOnRecord(index, query.period);
  const comparedOnRecord = query.compareWith ? quartersOnRecord(index, query.compareWith) : [];
  const organisations = sortedOrganisations(data).filter(
    (org) => query.organisationCodes.length === 0 || query.organisationCodes.includes(org.code),
  );
  const wanted = (indicator: ReportIndicator) => query.indicatorCodes.length === 0 || query.indicatorCodes.includes(indicator.code);
  const codes = organisations.map((org) => org.code);
  const own = (code: string, indicator: ReportIndicator) => coveredValue(index, code, indicator, onRecord);
  const before = (code: string, indicator: ReportIndicator) => coveredValue(index, code, indicator, comparedOnRecord);
  // Rates (percentages) of different organisations do not add up: they get no total.
  const totalled = (indicator: ReportIndicator) => wanted(indicator) && indicator.kind !== "rate";
  const totals = (organisations.length > 1 ? sharedIndicators(data, codes) : []).filter(totalled).map((indicator) => {
    const reporters = reportersOf(indicator);
    const reporting = codes.filter((code) => reporters.has(code));
    const now = reporting.map((code) => own(code, indicator));
    const counted = reporting.filter((_, position) => now[position]?.value !== null);
    const current = sumOf(now);
    const partial = now.filter((entry) => entry.value !== null && (entry.missingQuarters > 0 || entry.asOf !== undefined)).length;
    return {
      indicator,
      value: current.value,
      hedge: current.hedge,
      missing: reporting.length - counted.length,
      ...(partial ? { partial } : {}),
      ...(query.compareWith ? comparedTotal((counted.length > 0 ? counted : reporting).map((code) => before(code, indicator))) : {}),
    };
  });
  const perOrganisation = organisations
    .map((organisation) => ({
      organisation,
      submitted: onRecord.length > 0 && onRecord.every((quarter) => index.report(organisation.code, periodKey(quarter))),
      reported: onRecord.some((quarter) => index.report(organisation.code, periodKey(quarter))),
      figures: indicatorsOf(data, organisation.code)
        .filter(wanted)
        .map((indicator): ResultFigure => {
          const current = own(organisation.code, indicator);
          const earlier = query.compareWith ? before(organisation.code, indicator) : undefined;
          return {
            indicator,
            value: current.value,
            hedge: current.hedge,
            ...(earlier ? { compared: earlier.value, comparedHedge: earlier.hedge } : {}),
            ...(current.value !== null && current.missingQuarters > 0 ? { partial: current.missingQuarters } : {}),
            ...(current.asOf ? { asOf: current.asOf } : {}),
          };
        }),
    }))
    .filter((entry) => entry.figures.length > 0 || query.indicatorCodes.length === 0);
  return {
    period: query.period,
    compareWith: query.compareWith,
    submitted: perOrganisation.filter((entry) => entry.submitted).length,
    asked: perOrganisation.length,
    quartersWithoutReports:
      onRecord.length > 0 ? quartersOf(query.period).filter((quarter) => !onRecord.some((other) => samePeriod(other, quarter))) : [],
    totals,
    organisations: perOrganisation,
  };
}

/** The sum of some organisations' figures, with the hedge it keeps; null when none has a value. */
function sumOf(values: readonly CoveredValue[]): { value: Decimal | null; hedge: string | null } {
  const present = values.filter((entry) => entry.value !== null);
  if (present.length === 0) return { value: null, hedge: null };
  return {
    value: present.reduce((sum, entry) => sum.plus(entry.value as Decimal), new Decimal(0)),
    hedge: combinedHedge(present.map((entry) => entry.hedge)),
  };
}

/**
 * The comparison period's total over the organisations counted now, so one organisation's 90 is
 * never set against five organisations' 1.255; when some of them had no value then, there is no
 * total to compare with, and how many lacked one is said.
 */
function comparedTotal(values: readonly CoveredValue[]): Pick<ResultFigure, "compared" | "comparedHedge" | "comparedMissing"> {
  const lacking = values.filter((entry) => entry.value === null).length;
  if (lacking > 0 && lacking < values.length) return { compared: null, comparedHedge: null, comparedMissing: lacking };
  const total = sumOf(values);
  return { compared: total.value, comparedHedge: total.hedge };
}

/** The results as a Telegram HTML message in the reader's language. */
export function renderResults(model: ResultsModel, t: Translate): string {
  const period = formatPeriod(model.period, t);
  const lines = [t("reports-results-title", { period, submitted: model.submitted, asked: model.asked })];
  if (model.quartersWithoutReports.length > 0) lines.push(quartersWithoutReportsLine(model, t));
  if (model.organisations.every((entry) => entry.figures.every((figure) => figure.value === null))) {
    lines.push(t("reports-no-data", { period }));
    return lines.join("\n");
  }
  const comparison = comparisonLabels(model, t);
  if (comparison) lines.push(t("reports-compared-with", { period: comparison.period }));
  if (model.totals.length > 0) {
    lines.push("", `<b>${t("reports-totals")}</b>`);
    for (const total of model.totals) {
      let line = figureLine(total, t, comparison, true);
      if (total.missing) line += ` ${t("reports-total-incomplete", { count: total.missing })}`;
      if (total.partial) line += ` ${t("reports-total-partial", { count: total.partial })}`;
      lines.push(line);
    }
  }
  for (const entry of model.organisations) {
    lines.push("", `<b>${escapeHtml(entry.organisation.name)}</b>`);
    if (!entry.reported) {
      lines.push(t("reports-not-submitted"));
      continue;
    }
    for (const figure of entry.figures) {
      let line = figureLine(figure, t, comparison, false);
      if (figure.partial) line += ` ${t("reports-partial-period", { count: figure.partial })}`;
      if (figure.asOf) line += ` ${t("reports-as-of", { period: formatPeriod(figure.asOf, t) })}`;
      lines.push(line);
    }
  }
  return lines.join("\n");
}

/**
 * "• Đoàn viên, hội viên mới: 6.541 người; quý III/2023: 6.000 người; tăng 541 người (9%)":
 * the figure by the wording rule of figure-wording, then the comparison period's, never in
 * parentheses around parentheses.
 */
function figureLine(figure: ResultFigure, t: Translate, comparison: ComparisonLabels | undefined, bold: boolean): string {
  const { indicator, value } = figure;
  const shown = value === null ? `<i>${t("reports-missing")}</i>` : escapeHtml(hedgedQuantity(value, indicator.unit, figure.hedge, t));
  let line = `• ${escapeHtml(indicatorName(indicator, t))}: ${bold && value !== null ? `<b>${shown}</b>` : shown}`;
  if (comparison && figure.compared !== undefined) {
    line +=
      figure.compared === null && figure.comparedMissing
        ? `; ${comparison.period}: ${t("reports-compared-incomplete", { count: figure.comparedMissing })}`
        : `; ${escapeHtml(wordComparison(value, figure.compared, indicator.unit, t, comparison, figure.comparedHedge ? t(`hedge-${figure.comparedHedge}`) : ""))}`;
  }
  return line;
}

/** How a line names the comparison period: "quý III/2023", and as the change refers to it, "quý trước" or "cùng kỳ". */
interface ComparisonLabels {
  period: string;
  reference: string;
}

function comparisonLabels(model: ResultsModel, t: Translate): ComparisonLabels | undefined {
  const other = model.compareWith;
  if (!other) return undefined;
  const period = formatPeriod(other, t);
  if (samePeriod(other, samePeriodLastYear(model.period))) return { period, reference: t("figure-same-period") };
  if (model.period.kind === "quarter" && samePeriod(other, previousPeriod(model.period))) {
    return { period, reference: t("figure-previous-quarter") };
  }
  return { period, reference: period };
}

/** "Chưa có đơn vị nào nộp báo cáo quý I/2020": quarters of the period with no report at all, not gaps of anyone's. */
function quartersWithoutReportsLine(model: ResultsModel, t: Translate): string {
  return t("reports-quarters-without-reports", {
    quarters: model.quartersWithoutReports.map((quarter) => formatPeriod(quarter, t)).join(", "),
    count: model.quartersWithoutReports.length,
  });
}
