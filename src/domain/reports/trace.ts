import { formatDateTime } from "../periods/format-date.js";
import { formatPeriod } from "../periods/format-period.js";
import { parsePeriodKey } from "../periods/period.js";
import { escapeHtml } from "../text/escape-html.js";
import type { ReportData, SubmittedReport, Translate } from "./report-data.js";

/**
 * Where a report's figures come from, in one line: which organisation, which quarter, which
 * version, who confirmed it and when, so any figure in an answer can be checked.
 */
export function renderTrace(report: SubmittedReport, data: ReportData, t: Translate): string {
  const organisation = data.organisations.find((org) => org.code === report.organisationCode);
  const period = parsePeriodKey(report.periodKey);
  return t("reports-trace", {
    organisation: escapeHtml(organisation?.name ?? report.organisationCode),
    period: period ? formatPeriod(period) : report.periodKey,
    version: report.version,
    person: escapeHtml(report.submittedBy),
    time: formatDateTime(report.submittedAt),
  });
}
