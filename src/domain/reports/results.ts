import { Decimal } from "decimal.js";
import { indicatorName, wordComparison } from "../numbers/figure-wording.js";
import { formatPeriod } from "../periods/format-period.js";
import { type Period, periodKey, previousPeriod, type Quarter, quartersOf, samePeriod, samePeriodLastYear } from "../periods/period.js";
import { aside, type Block, block, bold, italic, type RichText, type Run, runs } from "../text/rich-text.js";
import { ReportIndex } from "./aggregate.js";
import { indicatorsOf, reportersOf, sharedIndicators, shortNameOf, sortedOrganisations } from "./catalog-view.js";
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
  /**
   * For a total compared over fewer organisations than it counts now: the organisations with a
   * value in both periods, how many, and their total now, which `compared` is set against.
   */
  common?: { count: number; value: Decimal; hedge: string | null };
  /** For a total: the organisations that report the indicator, of those asked about. */
  reporting?: number;
  /** For a total: the organisations that report the indicator and have no value, by name. */
  missing?: ReportOrganisation[];
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
    /** The quarters of the period whose report came after the deadline ("nộp muộn"). */
    late: Quarter[];
    figures: ResultFigure[];
  }[];
}

/**
 * Computes the figures a question asks for: the totals of indicators shared by several
 * organisations, then each organisation's figures, over the quarters of the period on record
 * (flows summed, stocks and rates at the last value), with the comparison period's values when
 * asked. Like is compared with like: a total is compared over the organisations with a value in
 * both periods only, so one organisation's 90 is never set against five organisations' 1.255.
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
  const totals = (organisations.length > 1 ? sharedIndicators(data, codes) : []).filter(totalled).map((indicator): ResultFigure => {
    const reporters = reportersOf(indicator);
    const reporting = organisations.filter((org) => reporters.has(org.code));
    const now = reporting.map((org) => ({ organisation: org, ...own(org.code, indicator) }));
    const counted = now.filter((entry) => entry.value !== null);
    const current = sumOf(counted);
    const partial = counted.filter((entry) => entry.missingQuarters > 0 || entry.asOf !== undefined).length;
    return {
      indicator,
      value: current.value,
      hedge: current.hedge,
      reporting: reporting.length,
      missing: now.filter((entry) => entry.value === null).map((entry) => entry.organisation),
      ...(partial ? { partial } : {}),
      ...(query.compareWith ? comparedTotal(counted.length > 0 ? counted : now, (code) => before(code, indicator)) : {}),
    };
  });
  const perOrganisation = organisations
    .map((organisation) => ({
      organisation,
      submitted: onRecord.length > 0 && onRecord.every((quarter) => index.report(organisation.code, periodKey(quarter))),
      reported: onRecord.some((quarter) => index.report(organisation.code, periodKey(quarter))),
      late: onRecord.filter((quarter) => index.report(organisation.code, periodKey(quarter))?.late),
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
function sumOf(values: readonly Pick<CoveredValue, "value" | "hedge">[]): { value: Decimal | null; hedge: string | null } {
  const present = values.filter((entry) => entry.value !== null);
  if (present.length === 0) return { value: null, hedge: null };
  return {
    value: present.reduce((sum, entry) => sum.plus(entry.value as Decimal), new Decimal(0)),
    hedge: combinedHedge(present.map((entry) => entry.hedge)),
  };
}

/**
 * The comparison period's total over the organisations counted now that had a value then too,
 * and, when that is fewer of them, their total now: the change is between the same organisations.
 * With none counted now, `counted` is every organisation that reports the indicator.
 */
function comparedTotal(
  counted: readonly (CoveredValue & { organisation: ReportOrganisation })[],
  before: (code: string) => CoveredValue,
): Pick<ResultFigure, "compared" | "comparedHedge" | "common"> {
  const both = counted
    .map((entry) => ({ current: entry, earlier: before(entry.organisation.code) }))
    .filter((pair) => pair.earlier.value !== null);
  const then = sumOf(both.map((pair) => pair.earlier));
  const now = sumOf(both.map((pair) => pair.current));
  // Nothing counted now: the earlier total is shown as it was, with nothing to set it against.
  if (now.value === null || both.length === counted.length) return { compared: then.value, comparedHedge: then.hedge };
  return { compared: then.value, comparedHedge: then.hedge, common: { count: both.length, value: now.value, hedge: now.hedge } };
}

/**
 * The results as rich text in the reader's language: the title, the totals (each over how many
 * of the organisations when not all, and who is missing), then each organisation's figures.
 */
export function renderResults(model: ResultsModel, t: Translate): RichText {
  const period = formatPeriod(model.period, t);
  const text: RichText = [block("line", bold(t("reports-results-title", { period, submitted: model.submitted, asked: model.asked })))];
  if (model.quartersWithoutReports.length > 0) text.push(block("line", italic(quartersWithoutReportsLine(model, t))));
  if (model.organisations.every((entry) => entry.figures.every((figure) => figure.value === null))) {
    text.push(block("line", t("reports-no-data", { period })));
    return text;
  }
  const comparison = comparisonLabels(model, t);
  if (comparison) text.push(block("line", italic(t("reports-compared-with", { period: comparison.period }))));
  if (model.totals.length > 0) {
    text.push(block("heading", t("reports-totals")));
    for (const total of model.totals) text.push(totalItem(total, t, comparison));
  }
  for (const entry of model.organisations) {
    text.push(block("heading", entry.organisation.name, ...lateMark(entry.late, model.period, t)));
    if (!entry.reported) {
      text.push(block("line", italic(t("reports-not-submitted"))));
      continue;
    }
    for (const figure of entry.figures) {
      const notes = [
        figure.partial ? t("reports-partial-period", { count: figure.partial }) : undefined,
        figure.asOf ? t("reports-as-of", { period: formatPeriod(figure.asOf, t) }) : undefined,
      ];
      text.push(block("item", ...figureRuns(figure, t, comparison), ...notes.flatMap(aside)));
    }
  }
  return text;
}

/**
 * " (nộp muộn)" after an organisation whose report came late, naming the quarters when the
 * period has several: an answer never passes a late report off as on time.
 */
function lateMark(late: readonly Quarter[], period: Period, t: Translate): Run[] {
  if (late.length === 0) return [];
  if (period.kind === "quarter") return aside(t("reports-late"));
  return aside(t("reports-late-quarters", { quarters: late.map((quarter) => formatPeriod(quarter, t)).join(", ") }));
}

/**
 * A total's item: "Đoàn viên, hội viên mới: 42.489 người", or over an incomplete set "…: theo
 * báo cáo của 4/5 đơn vị, 41.387 người (chưa có số liệu: Hội CCB)"; compared over the same
 * organisations, "so với quý III/2023 của 4 đơn vị cùng báo cáo" when fewer than it counts.
 */
function totalItem(total: ResultFigure, t: Translate, comparison: ComparisonLabels | undefined): Block {
  const missing = total.missing ?? [];
  const counted = (total.reporting ?? 0) - missing.length;
  const over = missing.length > 0 && counted > 0 ? t("reports-total-reported", { counted, reporting: total.reporting ?? 0 }) : undefined;
  const shown =
    total.value === null ? italic(t("reports-missing")) : bold(hedgedQuantity(total.value, total.indicator.unit, total.hedge, t));
  const notes = [
    missing.length > 0 && counted > 0 ? t("reports-total-incomplete", { names: missing.map(shortNameOf).join(", ") }) : undefined,
    total.partial ? t("reports-total-partial", { count: total.partial }) : undefined,
  ];
  return block(
    "item",
    `${indicatorName(total.indicator, t)}: `,
    over ? `${over} ` : undefined,
    shown,
    ...notes.flatMap(aside),
    comparisonText(total, t, comparison),
  );
}

/**
 * "Đoàn viên, hội viên mới: 6.541 người; quý III/2023: 6.000 người; tăng 541 người (9%)": the
 * figure by the wording rule of figure-wording, with its hedge, then the comparison period's,
 * never in parentheses around parentheses.
 */
function figureRuns(figure: ResultFigure, t: Translate, comparison: ComparisonLabels | undefined): Run[] {
  const { indicator, value } = figure;
  const shown = value === null ? italic(t("reports-missing")) : hedgedQuantity(value, indicator.unit, figure.hedge, t);
  return runs(`${indicatorName(indicator, t)}: `, shown, comparisonText(figure, t, comparison));
}

/** The part after a figure that sets it against the comparison period, over the same organisations; undefined without a comparison. */
function comparisonText(figure: ResultFigure, t: Translate, comparison: ComparisonLabels | undefined): string | undefined {
  if (!comparison || figure.compared === undefined) return undefined;
  const { unit } = figure.indicator;
  const hedgeOf = (hedge: string | null | undefined) => (hedge ? t(`hedge-${hedge}`) : "");
  if (figure.common) {
    return `; ${t("reports-compared-common", {
      period: comparison.period,
      count: figure.common.count,
      current: hedgedQuantity(figure.common.value, unit, figure.common.hedge, t),
      comparison: wordComparison(figure.common.value, figure.compared, unit, t, comparison, hedgeOf(figure.comparedHedge)),
    })}`;
  }
  return `; ${wordComparison(figure.value, figure.compared, unit, t, comparison, hedgeOf(figure.comparedHedge))}`;
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
