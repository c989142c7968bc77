import { formatPeriod } from "../periods/format-period.js";
import { type Period, periodKey, previousQuarter, type Quarter, quarterOf, quartersOf } from "../periods/period.js";
import { summariseMarks, type TaskMark, type TaskSummary } from "../tasks/task-marks.js";
import { taskStatusSign, taskStatusText, taskSummaryText } from "../tasks/task-wording.js";
import { aside, block, type RichText } from "../text/rich-text.js";
import { shortNameOf, sortedOrganisations } from "./catalog-view.js";
import type { ReportData, ReportOrganisation, Translate } from "./report-data.js";

/** How the organisations followed up the tasks one quarter's reports set, before wording. */
export interface TaskFollowUpModel {
  /** The quarter whose reports set the tasks. */
  fromQuarter: Quarter;
  /** The quarter whose reports followed them up: the next one. */
  reportedQuarter: Quarter;
  /** Each organisation's marks, and whether its report came late ("nộp muộn"). */
  entries: { organisation: ReportOrganisation; marks: TaskMark[]; summary: TaskSummary; late: boolean }[];
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
    if (report?.tasks)
      model.entries.push({
        organisation,
        marks: report.tasks.marks,
        summary: summariseMarks(report.tasks.marks),
        late: report.late === true,
      });
    else model.notReported.push(organisation);
  }
  return model;
}

/** The follow-up as rich text: each organisation, attributed (late reports marked), with its summary and its tasks marked. */
export function renderTaskFollowUp(model: TaskFollowUpModel, t: Translate): RichText {
  const period = formatPeriod(model.fromQuarter, t);
  if (!model.entries.length) return [block("paragraph", t("tasks-answer-none", { period }))];
  const text: RichText = [block("heading", t("tasks-answer-title", { period, reported: formatPeriod(model.reportedQuarter, t) }))];
  for (const { organisation, marks, summary, late } of model.entries) {
    text.push(
      block("heading", shortNameOf(organisation), ...aside(late ? t("reports-late") : undefined), `: ${taskSummaryText(summary, t)}`),
    );
    for (const mark of marks) {
      const note = mark.note ? ` (${mark.note})` : "";
      text.push(block("line", `${taskStatusSign(mark.status)} ${mark.text}: ${taskStatusText(mark.status, t)}${note}`));
    }
  }
  if (model.notReported.length) {
    text.push(block("paragraph", t("tasks-answer-not-reported", { names: model.notReported.map(shortNameOf).join(", ") })));
  }
  return text;
}
