import type { Decimal } from "decimal.js";
import { figureStyle, indicatorName } from "../numbers/figure-wording.js";
import { formatNumber } from "../numbers/format-number.js";
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
    period: period ? formatPeriod(period, t) : report.periodKey,
    version: report.version,
    person: personOf(report, t),
    time: formatDateTime(report.submittedAt),
  });
}

/**
 * Who confirmed a version, as the trace words it: the person, or "thư ký nhập hộ (name)" when
 * the secretariat entered it, with "sửa sau khi khóa" for a correction made after the lock.
 */
function personOf(version: SubmittedReport, t: Translate): string {
  const person = version.enteredOnBehalf
    ? t("version-on-behalf", { by: escapeHtml(version.submittedBy) })
    : escapeHtml(version.submittedBy);
  return version.afterLock ? `${person} (${t("version-after-lock")})` : person;
}

/**
 * The history of reports, from every version of them (newest first, as the report service
 * gives them): for each organisation and quarter, the version in force with its source, what
 * it changed against the one before, and the earlier versions with who confirmed them when.
 * This is how the chair and the secretariat see who corrected what.
 */
export function renderHistory(versions: readonly SubmittedReport[], data: ReportData, t: Translate): string[] {
  const byReport = new Map<string, SubmittedReport[]>();
  for (const version of versions) {
    const key = `${version.organisationCode} ${version.periodKey}`;
    byReport.set(key, [...(byReport.get(key) ?? []), version]);
  }
  const order = (code: string) => data.organisations.find((org) => org.code === code)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const reports = [...byReport.values()]
    .map((list) => [...list].sort((a, b) => b.version - a.version))
    .sort((a, b) => {
      const [first, second] = [a[0] as SubmittedReport, b[0] as SubmittedReport];
      return first.periodKey.localeCompare(second.periodKey) || order(first.organisationCode) - order(second.organisationCode);
    });
  return reports.map(([current, ...earlier]) => {
    const lines = [renderTrace(current as SubmittedReport, data, t)];
    const previous = earlier[0];
    if (previous) lines.push(renderChanges(current as SubmittedReport, previous, data, t));
    for (const version of earlier) {
      lines.push(
        t("reports-trace-earlier", {
          version: version.version,
          person: personOf(version, t),
          time: formatDateTime(version.submittedAt),
        }),
      );
    }
    return lines.join("\n");
  });
}

/** What a version changed in the figures against the one before it. */
function renderChanges(current: SubmittedReport, previous: SubmittedReport, data: ReportData, t: Translate): string {
  const style = figureStyle(t);
  const shown = (value: Decimal | null | undefined) =>
    value === null || value === undefined ? t("reports-missing") : formatNumber(value, style);
  const changes = [...data.indicators]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .filter((indicator) => {
      const [before, after] = [previous.values[indicator.code] ?? null, current.values[indicator.code] ?? null];
      return before === null || after === null ? before !== after : !before.equals(after);
    })
    .map((indicator) =>
      t("reports-trace-change", {
        indicator: escapeHtml(indicatorName(indicator, t)),
        before: shown(previous.values[indicator.code]),
        after: shown(current.values[indicator.code]),
      }),
    );
  return changes.length > 0
    ? t("reports-trace-changes", { previous: previous.version, changes: changes.join("; ") })
    : t("reports-trace-no-changes", { previous: previous.version });
}
