import { formatPeriod } from "../periods/format-period.js";
import { type Period, periodKey, previousQuarter, type Quarter, quarterOf, quartersOf } from "../periods/period.js";
import { summariseMarks, type TaskMark, type TaskSummary } from "../tasks/task-marks.js";
import { taskStatusSign, taskStatusText, taskSummaryText } from "../tasks/task-wording.js";
import { escapeHtml } from "../text/escape-html.js";
import { shortNameOf, sortedOrganisations } from "./catalog-view.js";
import type { ReportData, ReportOrganisation, Translate } from "./report-data.js";

/** How the organisations followed up the tasks one quarter's reports set, before wording. */
export interface TaskFollowUpModel {
  /** The quarter whose reports set the tasks. */
  fromQuarter: Quarter;
  /** The quarter whose reports followed them up: the next one. */
  reportedQuarter: Quarter;
  entries: { organisation: ReportOrganisation; marks: TaskMark[]; summary: TaskSummary }[];
  /** Asked about, and no follow-up in their report (not submitted, or no tasks set before). */
  notReported: ReportOrganisation[];
}

/**
 * The quarter whose reports follow up the tasks a question is about: the one after the quarter
 * named ("nhiệm vụ quý III" were set in quarter III's reports, followed up in quarter IV's), or,
 * with none named, the quarter being reported.
 */
export function followUpQuarter(period: Period | null, reporting: Quarter): Quarter {
  const named = period ? quartersOf(period).at(-1) : undefined;
  return named ? quarterOf(named.year, named.quarter + 1) : reporting;
}

/** Collects, per organisation asked about (none: all), the marks its report of `reportedQuarter` gave last quarter's tasks. */
export function compileTaskFollowUp(data: ReportData, reportedQuarter: Quarter, organisationCodes: readonly string[]): TaskFollowUpModel {
  const key = periodKey(reportedQuarter);
  const organisations = sortedOrganisations(data).filter((org) => organisationCodes.length === 0 || organisationCodes.includes(org.code));
  const model: TaskFollowUpModel = { fromQuarter: previousQuarter(reportedQuarter), reportedQuarter, entries: [], notReported: [] };
  for (const organisation of organisations) {
    const report = data.reports.find((entry) => entry.organisationCode === organisation.code && entry.periodKey === key);
    if (report?.tasks) model.entries.push({ organisation, marks: report.tasks.marks, summary: summariseMarks(report.tasks.marks) });
    else model.notReported.push(organisation);
  }
  return model;
}

/** The follow-up as Telegram HTML: each organisation, attributed, with its summary and its tasks marked. */
export function renderTaskFollowUp(model: TaskFollowUpModel, t: Translate): string {
  const period = formatPeriod(model.fromQuarter, t);
  if (!model.entries.length) return t("tasks-answer-none", { period });
  const lines = [`<b>${t("tasks-answer-title", { period, reported: formatPeriod(model.reportedQuarter, t) })}</b>`];
  for (const { organisation, marks, summary } of model.entries) {
    lines.push("", `<b>${escapeHtml(shortNameOf(organisation))}</b>: ${escapeHtml(taskSummaryText(summary, t))}`);
    for (const mark of marks) {
      const note = mark.note ? ` (${escapeHtml(mark.note)})` : "";
      lines.push(`${taskStatusSign(mark.status)} ${escapeHtml(mark.text)}: ${escapeHtml(taskStatusText(mark.status, t))}${note}`);
    }
  }
  if (model.notReported.length) {
    lines.push("", t("tasks-answer-not-reported", { names: model.notReported.map((org) => escapeHtml(shortNameOf(org))).join(", ") }));
  }
  return lines.join("\n");
}
