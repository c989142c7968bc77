import type { Decimal } from "decimal.js";
import { formatChange, formatQuantity } from "../numbers/format-number.js";
import { formatPeriod } from "../periods/format-period.js";
import type { Period } from "../periods/period.js";
import { escapeHtml } from "../text/escape-html.js";
import { ReportIndex } from "./aggregate.js";
import { indicatorsOf, sharedIndicators, sortedOrganisations } from "./catalog-view.js";
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
  /** Present when a comparison was asked; null when that period has no value. */
  compared?: Decimal | null;
  /** Organisations without a value, for totals. */
  missing?: number;
  /**
   * Over a period of several quarters: for an organisation, the quarters without a value;
   * for a total, the organisations whose value lacks some quarters. The figure is then partial.
   */
  partial?: number;
}

/** The answer to a results question, before wording. */
export interface ResultsModel {
  period: Period;
  compareWith: Period | undefined;
  /** Organisations asked about that submitted for the whole period, and how many were asked. */
  submitted: number;
  asked: number;
  totals: ResultFigure[];
  organisations: { organisation: ReportOrganisation; submitted: boolean; figures: ResultFigure[] }[];
}

/**
 * Computes the figures a question asks for: the totals of indicators shared by several
 * organisations, then each organisation's figures, over the period (flows summed, stocks at
 * its end), with the comparison period's values when asked.
 */
export function compileResults(data: ReportData, query: ResultsQuery): ResultsModel {
  const index = new ReportIndex(data);
  const organisations = sortedOrganisations(data).filter(
    (org) => query.organisationCodes.length === 0 || query.organisationCodes.includes(org.code),
  );
  const wanted = (indicator: ReportIndicator) => query.indicatorCodes.length === 0 || query.indicatorCodes.includes(indicator.code);
  const codes = organisations.map((org) => org.code);
  const figure = (
    indicator: ReportIndicator,
    read: (period: Period) => Decimal | null,
    extra: { missing?: number; partial?: number },
  ): ResultFigure => ({
    indicator,
    value: read(query.period),
    ...(query.compareWith ? { compared: read(query.compareWith) } : {}),
    ...(extra.missing === undefined ? {} : { missing: extra.missing }),
    ...(extra.partial ? { partial: extra.partial } : {}),
  });
  // Rates (percentages) of different organisations do not add up: they get no total.
  const totalled = (indicator: ReportIndicator) => wanted(indicator) && indicator.kind !== "rate";
  const totals = (organisations.length > 1 ? sharedIndicators(data, codes) : []).filter(totalled).map((indicator) => {
    const reporting = codes.filter((code) => indicator.organisationCodes.includes(code));
    const total = (period: Period) => index.total(reporting, indicator.code, indicator.kind, period);
    const partial = reporting.filter((code) => {
      const aggregate = index.value(code, indicator.code, indicator.kind, query.period);
      return aggregate.value !== null && aggregate.missingQuarters > 0;
    }).length;
    return figure(indicator, (period) => total(period).value, { missing: total(query.period).missing, partial });
  });
  const perOrganisation = organisations
    .map((organisation) => ({
      organisation,
      submitted: index.submittedAll(organisation.code, query.period),
      figures: indicatorsOf(data, organisation.code)
        .filter(wanted)
        .map((indicator) => {
          const read = (period: Period) => index.value(organisation.code, indicator.code, indicator.kind, period);
          const own = read(query.period);
          return figure(indicator, (period) => read(period).value, { partial: own.value === null ? 0 : own.missingQuarters });
        }),
    }))
    .filter((entry) => entry.figures.length > 0 || query.indicatorCodes.length === 0);
  return {
    period: query.period,
    compareWith: query.compareWith,
    submitted: perOrganisation.filter((entry) => entry.submitted).length,
    asked: perOrganisation.length,
    totals,
    organisations: perOrganisation,
  };
}

/** The results as a Telegram HTML message in the reader's language. */
export function renderResults(model: ResultsModel, t: Translate): string {
  const period = formatPeriod(model.period, t);
  const lines = [t("reports-results-title", { period, submitted: model.submitted, asked: model.asked })];
  if (model.organisations.every((entry) => entry.figures.every((figure) => figure.value === null))) {
    lines.push(t("reports-no-data", { period }));
    return lines.join("\n");
  }
  const compared = model.compareWith ? formatPeriod(model.compareWith, t) : undefined;
  if (compared) lines.push(t("reports-compared-with", { period: compared }));
  if (model.totals.length > 0) {
    lines.push("", `<b>${t("reports-totals")}</b>`);
    for (const total of model.totals) {
      let line = figureLine(total, t, compared, true);
      if (total.missing) line += ` ${t("reports-total-incomplete", { count: total.missing })}`;
      if (total.partial) line += ` ${t("reports-total-partial", { count: total.partial })}`;
      lines.push(line);
    }
  }
  for (const entry of model.organisations) {
    lines.push("", `<b>${escapeHtml(entry.organisation.name)}</b>`);
    if (!entry.submitted && entry.figures.every((figure) => figure.value === null)) {
      lines.push(t("reports-not-submitted"));
      continue;
    }
    for (const figure of entry.figures) {
      let line = figureLine(figure, t, compared, false);
      if (figure.partial) line += ` ${t("reports-partial-period", { count: figure.partial })}`;
      lines.push(line);
    }
  }
  return lines.join("\n");
}

/** "• Đoàn viên, hội viên mới: 42.489 người (quý III/2023: 40.000 người; +2.489 (+6,2%))". */
function figureLine(figure: ResultFigure, t: Translate, compared: string | undefined, bold: boolean): string {
  const { indicator, value } = figure;
  const shown = value === null ? `<i>${t("reports-missing")}</i>` : escapeHtml(formatQuantity(value, indicator.unit));
  let line = `• ${escapeHtml(indicator.name)}: ${bold && value !== null ? `<b>${shown}</b>` : shown}`;
  if (compared !== undefined && figure.compared !== undefined) {
    const before = figure.compared;
    if (before === null) line += ` (${compared}: ${t("reports-missing")})`;
    else {
      const change = value === null ? "" : `; ${formatChange(value, before)}`;
      line += ` (${compared}: ${escapeHtml(formatQuantity(before, indicator.unit))}${change})`;
    }
  }
  return line;
}
