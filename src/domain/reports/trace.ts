import type { Decimal } from "decimal.js";
import { figureStyle, indicatorName } from "../numbers/figure-wording.js";
import { formatNumber } from "../numbers/format-number.js";
import { formatDateTime } from "../periods/format-date.js";
import { formatPeriod } from "../periods/format-period.js";
import { parsePeriodKey } from "../periods/period.js";
import { aside, block, type RichText } from "../text/rich-text.js";
import type { ReportData, SubmittedReport, Translate } from "./report-data.js";

/**
 * Where a report's figures come from: which organisation and quarter (the heading), then which
 * version, who confirmed it and when, and whether it came late, so any figure in an answer can be checked.
 */
export function renderTrace(report: SubmittedReport, data: ReportData, t: Translate): RichText {
  const organisation = data.organisations.find((org) => org.code === report.organisationCode);
  const period = parsePeriodKey(report.periodKey);
  return [
    block(
      "heading",
      t("reports-trace-source", {
        organisation: organisation?.name ?? report.organisationCode,
        period: period ? formatPeriod(period, t) : report.periodKey,
      }),
    ),
    block(
      "line",
      t("reports-trace", { version: report.version, person: personOf(report, t), time: formatDateTime(report.submittedAt) }),
      ...aside(report.late ? t("reports-late") : undefined),
    ),
    ...sourceLine(report, t),
  ];
}

/** Where the version's figures were read from, when the bot read them from the organisation's own report. */
function sourceLine(report: SubmittedReport, t: Translate): RichText {
  const source = report.source;
  if (!source) return [];
  const time = formatDateTime(new Date(source.readAt));
  return [
    block(
      "line",
      source.kind === "document"
        ? t("reports-trace-from-document", { file: source.fileName, time })
        : t("reports-trace-from-pasted", { time }),
    ),
  ];
}

/**
 * Who confirmed a version, as the trace words it: the person, or "thư ký nhập hộ (name)" when
 * the secretariat entered it, with "sửa sau khi khóa" for a correction made after the lock.
 */
function personOf(version: SubmittedReport, t: Translate): string {
  const person = version.enteredOnBehalf ? t("version-on-behalf", { by: version.submittedBy }) : version.submittedBy;
  return version.afterLock ? `${person} (${t("version-after-lock")})` : person;
}

/**
 * The history of reports, from every version of them (newest first, as the report service
 * gives them): for each organisation and quarter, the version in force with its source, what
 * it changed against the one before, and the earlier versions with who confirmed them when.
 * This is how the chair and the secretariat see who corrected what.
 */
export function renderHistory(versions: readonly SubmittedReport[], data: ReportData, t: Translate): RichText {
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
  return reports.flatMap(([current, ...earlier]) => {
    const text = renderTrace(current as SubmittedReport, data, t);
    const previous = earlier[0];
    if (previous) text.push(block("line", renderChanges(current as SubmittedReport, previous, data, t)));
    for (const version of earlier) {
      text.push(
        block(
          "line",
          t("reports-trace-earlier", { version: version.version, person: personOf(version, t), time: formatDateTime(version.submittedAt) }),
        ),
      );
    }
    return text;
  });
}

/** What a version changed in the figures against the one before it, each figure with the hedge it was typed with. */
function renderChanges(current: SubmittedReport, previous: SubmittedReport, data: ReportData, t: Translate): string {
  const style = figureStyle(t);
  const shown = (version: SubmittedReport, code: string) => {
    const value: Decimal | null | undefined = version.values[code];
    if (value === null || value === undefined) return t("reports-missing");
    const hedge = version.hedges?.[code];
    return `${hedge ? t(`hedge-${hedge}`) : ""}${formatNumber(value, style)}`;
  };
  const changes = [...data.indicators]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .filter((indicator) => shown(previous, indicator.code) !== shown(current, indicator.code))
    .map((indicator) =>
      t("reports-trace-change", {
        indicator: indicatorName(indicator, t),
        before: shown(previous, indicator.code),
        after: shown(current, indicator.code),
      }),
    );
  return changes.length > 0
    ? t("reports-trace-changes", { previous: previous.version, changes: changes.join("; ") })
    : t("reports-trace-no-changes", { previous: previous.version });
}
