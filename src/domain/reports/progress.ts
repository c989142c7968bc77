import { extensionLine, meetingLine } from "../calendar/render-calendar.js";
import type { DeadlineExtension, Meeting } from "../calendar/submission-window.js";
import { daysUntil, formatDate, formatDateTime } from "../periods/format-date.js";
import { formatPeriod } from "../periods/format-period.js";
import { periodKey, type Quarter } from "../periods/period.js";
import { aside, block, type RichText } from "../text/rich-text.js";
import { ReportIndex } from "./aggregate.js";
import { sortedOrganisations } from "./catalog-view.js";
import type { ReportData, ReportOrganisation, SubmittedReport, Translate } from "./report-data.js";

/** Who has submitted a quarter's report and who has not, against the deadline. */
export interface ProgressModel {
  quarter: Quarter;
  deadline: Date;
  daysLeft: number;
  submitted: { organisation: ReportOrganisation; report: SubmittedReport }[];
  missing: ReportOrganisation[];
  /** Whether every organisation of the bloc was asked about, not only some named. */
  wholeBloc: boolean;
  /** The quarter's meeting, when one is set. */
  meeting: Meeting | undefined;
  /** More time given: to an organisation, or to all (organisation undefined). */
  extensions: { organisation: ReportOrganisation | undefined; until: Date }[];
}

/** The quarter's calendar around its deadline: the meeting and the extensions given. */
export interface ProgressCalendar {
  meeting?: Meeting | undefined;
  extensions?: readonly DeadlineExtension[];
}

/**
 * Sorts the bloc's organisations (or the ones asked about: "Hội Nông dân nộp lúc nào") into those
 * that submitted the quarter, with when, and those that did not.
 */
export function compileProgress(
  data: ReportData,
  quarter: Quarter,
  deadline: Date,
  now: Date,
  organisationCodes: readonly string[] = [],
  calendar: ProgressCalendar = {},
): ProgressModel {
  const index = new ReportIndex(data);
  const key = periodKey(quarter);
  const submitted: ProgressModel["submitted"] = [];
  const missing: ReportOrganisation[] = [];
  const asked = sortedOrganisations(data).filter((org) => organisationCodes.length === 0 || organisationCodes.includes(org.code));
  for (const organisation of asked) {
    const report = index.report(organisation.code, key);
    if (report) submitted.push({ organisation, report });
    else missing.push(organisation);
  }
  const shown = new Set(asked.map((org) => org.code));
  const extensions = (calendar.extensions ?? [])
    .filter((extension) => extension.quarterKey === key && (extension.organisationCode === null || shown.has(extension.organisationCode)))
    .map((extension) => ({
      organisation: asked.find((org) => org.code === extension.organisationCode),
      until: extension.until,
    }));
  return {
    quarter,
    deadline,
    daysLeft: daysUntil(deadline, now),
    submitted,
    missing,
    wholeBloc: organisationCodes.length === 0,
    meeting: calendar.meeting,
    extensions,
  };
}

/** The progress as rich text: "4/6 đơn vị đã nộp", the deadline, who submitted when (late ones marked), who is missing. */
export function renderProgress(model: ProgressModel, t: Translate): RichText {
  const total = model.submitted.length + model.missing.length;
  const text: RichText = [
    block("heading", t("reports-progress-title", { period: formatPeriod(model.quarter, t), submitted: model.submitted.length, total })),
  ];
  if (model.meeting) text.push(block("line", meetingLine(model.meeting, t)));
  text.push(
    block(
      "line",
      t(model.daysLeft > 0 ? "reports-deadline-ahead" : model.daysLeft === 0 ? "reports-deadline-today" : "reports-deadline-passed", {
        date: formatDate(model.deadline),
        days: Math.abs(model.daysLeft),
      }),
    ),
  );
  for (const extension of model.extensions) {
    text.push(block("line", extensionLine({ organisationName: extension.organisation?.name ?? null, until: extension.until }, t)));
  }
  if (model.submitted.length > 0) {
    text.push(block("heading", t("reports-progress-submitted")));
    for (const { organisation, report } of model.submitted) {
      const version = report.version > 1 ? ` ${t("reports-version", { version: report.version })}` : "";
      text.push(
        block(
          "line",
          `✅ ${organisation.name}: ${formatDateTime(report.submittedAt)}${version}`,
          ...aside(report.late ? t("reports-late") : undefined),
        ),
      );
    }
  }
  if (model.missing.length > 0) {
    text.push(block("heading", t("reports-progress-missing")));
    for (const organisation of model.missing) text.push(block("line", `⏳ ${organisation.name}`));
  } else if (model.wholeBloc) {
    text.push(block("paragraph", t("reports-progress-all")));
  }
  return text;
}
