import { Decimal } from "decimal.js";
import { type Period, periodKey, type Quarter } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";
import { addSummaries, summariseMarks, type TaskSummary } from "../tasks/task-marks.js";
import { ReportIndex } from "./aggregate.js";
import type { BriefingFraming } from "./briefing-framing.js";
import { comparisonPeriod, completeValue, type PartialCoverage, periodCoverage } from "./briefing-period.js";
import { indicatorsOf, reportersOf, sharedIndicators, sortedOrganisations } from "./catalog-view.js";
import { combinedHedge, coveredValue } from "./period-coverage.js";
import type { ReportData, ReportIndicator, ReportOrganisation, SubmittedReport } from "./report-data.js";

/** A text an organisation wrote, attributed to it (and to its quarter, in a briefing of several). */
export interface AttributedText {
  organisation: ReportOrganisation;
  text: string;
  quarter?: Quarter;
}

/**
 * The total of an indicator several organisations report, honest about who is in it: `absent`
 * are the organisations that report it and have no figure (not submitted, or skipped), so
 * "toàn tỉnh" is said only when there are none.
 */
export interface BriefingTotal {
  indicator: ReportIndicator;
  value: Decimal;
  hedge: string | null;
  /** How many organisations the total stands on: those with a figure in it. */
  counted: number;
  /** How many organisations of the bloc report the indicator: "theo báo cáo của 4/5 đơn vị" counts only them. */
  reporting: number;
  absent: ReportOrganisation[];
  /**
   * Like with like: the organisations with a figure for the whole of both periods, their total
   * now and in the period compared with, and how many of the organisations in the total they are.
   */
  compared?: { current: Decimal; previous: Decimal; organisations: number; of: number };
}

/** A figure of an organisation with the hedge it was typed with ("khoảng"), kept in the briefing. */
export interface BriefingFigure {
  indicator: ReportIndicator;
  value: Decimal | null;
  hedge: string | null;
}

/** A period's briefing (a quarter, a half-year, nine months, a year), before wording. */
export interface BriefingModel {
  areaName: string;
  /** The bloc's name, for the meeting's sentence ("Khối Mặt trận Tổ quốc … tỉnh Gia Lai"). */
  blocName: string;
  /** Who convened the meeting ("Thường trực Tỉnh ủy"), named as its subject; absent: "… được tổ chức". */
  convener?: string;
  level: ReportData["level"];
  period: Period;
  version: number;
  compiledAt: Date;
  submitted: number;
  total: number;
  /** Totals of the indicators several organisations report, for the opening; losses excluded. */
  summary: BriefingTotal[];
  /**
   * The indicators that count a loss (members lost), told among the limitations: each
   * organisation's figure above zero, and the total when several organisations report it.
   */
  losses: { indicator: ReportIndicator; total?: BriefingTotal; figures: (BriefingFigure & { organisation: ReportOrganisation })[] }[];
  sections: {
    organisation: ReportOrganisation;
    figures: BriefingFigure[];
    /** Its highlights, per quarter in a briefing of several. */
    highlights: { text: string; quarter?: Quarter }[];
    /** Submitted after the deadline: marked "nộp muộn". */
    late: boolean;
    /** How the tasks the organisation's previous report set were followed up, if they were. */
    tasks?: TaskSummary;
    /** The secretariat typed the report in for the organisation (or corrected it after the lock). */
    source?: { enteredBy?: string; afterLock?: boolean };
  }[];
  /** The follow-up of the previous period's tasks over the organisations that reported one. */
  tasks?: { summary: TaskSummary; organisations: number };
  limitations: AttributedText[];
  proposals: AttributedText[];
  nextTasks: AttributedText[];
  missing: ReportOrganisation[];
  /** Organisations that reported some of the period's quarters on record but not all: which they lack. */
  partial: PartialCoverage[];
  /** Quarters of the period nobody reported, when another quarter of it is on record. */
  quartersWithoutReports: Quarter[];
  /** Every organisation of the bloc by code, for the chair's directions. */
  organisations: ReportOrganisation[];
  /** The meeting, the secretariat's assessment and the chair's conclusions, when given. */
  framing?: BriefingFraming;
}

/**
 * Compiles a period's briefing from the current version of every report of its quarters: the
 * totals for the opening (by indicator kind, see `coveredValue`), one section per organisation
 * that reported, the losses, limitations, proposals and next tasks merged across organisations
 * (and quarters), who has not reported, and who reported only some of the period's quarters.
 * The framing (meeting, assessment, conclusions) is passed through to the renderers.
 */
export function compileBriefing(
  data: ReportData,
  period: Period,
  options: { version: number; now: Date; framing?: BriefingFraming | undefined },
): BriefingModel {
  const index = new ReportIndex(data);
  const organisations = sortedOrganisations(data);
  const coverage = periodCoverage(index, organisations, period);
  const byQuarter = coverage.onRecord.length > 1;
  const reported = organisations.flatMap((organisation) => {
    const reports = coverage.onRecord.flatMap((quarter) => {
      const report = index.report(organisation.code, periodKey(quarter));
      return report ? [{ quarter, report }] : [];
    });
    return reports.length ? [{ organisation, reports }] : [];
  });
  const submitted = new Set(reported.map((entry) => entry.organisation.code));
  const compared = comparisonPeriod(period);
  const covered = (code: string, indicator: ReportIndicator) => coveredValue(index, code, indicator, coverage.onRecord);
  const total = (indicator: ReportIndicator): BriefingTotal | undefined => {
    const reporters = reportersOf(indicator);
    const values = organisations
      .filter((org) => reporters.has(org.code) && submitted.has(org.code))
      .map((org) => ({ org, ...covered(org.code, indicator) }))
      .filter((entry): entry is typeof entry & { value: Decimal } => entry.value !== null);
    if (values.length === 0) return undefined;
    const inTotal = new Set(values.map(({ org }) => org.code));
    const reporting = organisations.filter((org) => reporters.has(org.code));
    const absent = reporting.filter((org) => !inTotal.has(org.code));
    // Like with like: only the organisations with a figure for the whole of both periods are compared.
    const both = values.flatMap(({ org }) => {
      const now = completeValue(index, org.code, indicator, period);
      const then = completeValue(index, org.code, indicator, compared);
      return now !== null && then !== null ? [{ now, then }] : [];
    });
    return {
      indicator,
      value: Decimal.sum(...values.map((entry) => entry.value)),
      hedge: combinedHedge(values.map((entry) => entry.hedge)),
      counted: values.length,
      reporting: reporting.length,
      absent,
      ...(both.length
        ? {
            compared: {
              current: Decimal.sum(...both.map((entry) => entry.now)),
              previous: Decimal.sum(...both.map((entry) => entry.then)),
              organisations: both.length,
              of: values.length,
            },
          }
        : {}),
    };
  };
  const shared = sharedIndicators(
    data,
    organisations.map((org) => org.code),
  );
  const summary = shared
    // Rates (percentages) of different organisations do not add up; losses go to the limitations.
    .filter((indicator) => indicator.kind !== "rate" && !indicator.loss)
    .flatMap((indicator) => total(indicator) ?? []);
  const losses = data.indicators
    .filter((indicator) => indicator.loss)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .flatMap((indicator) => {
      const figures = reported.flatMap(({ organisation }) => {
        if (!reportersOf(indicator).has(organisation.code)) return [];
        const { value, hedge } = covered(organisation.code, indicator);
        return value?.greaterThan(0) ? [{ organisation, indicator, value, hedge }] : [];
      });
      const sum = shared.includes(indicator) && indicator.kind !== "rate" ? total(indicator) : undefined;
      return figures.length ? [{ indicator, figures, ...(sum ? { total: sum } : {}) }] : [];
    });
  const texts = (section: TextSection): AttributedText[] =>
    reported.flatMap(({ organisation, reports }) =>
      reports.flatMap(({ quarter, report }) => {
        const text = report.texts[section]?.trim();
        return text ? [{ organisation, text, ...(byQuarter ? { quarter } : {}) }] : [];
      }),
    );
  const followUpOf = (reports: readonly { report: SubmittedReport }[]) => {
    const summaries = reports.flatMap(({ report }) => (report.tasks ? [summariseMarks(report.tasks.marks)] : []));
    return summaries.length ? addSummaries(summaries) : undefined;
  };
  const followUps = reported.flatMap(({ reports }) => [followUpOf(reports) ?? []].flat());
  return {
    areaName: data.areaName,
    blocName: data.blocName,
    ...(data.convener ? { convener: data.convener } : {}),
    level: data.level,
    period,
    version: options.version,
    compiledAt: options.now,
    submitted: reported.filter(({ organisation }) => coverage.lacking(organisation).length === 0).length,
    total: organisations.length,
    summary,
    losses,
    sections: reported.map(({ organisation, reports }) => {
      const tasks = followUpOf(reports);
      const onBehalf = reports.filter(({ report }) => report.enteredOnBehalf).at(-1)?.report;
      const afterLock = reports.some(({ report }) => report.afterLock);
      return {
        organisation,
        figures: indicatorsOf(data, organisation.code).map((indicator) => {
          const { value, hedge } = covered(organisation.code, indicator);
          return { indicator, value, hedge };
        }),
        highlights: reports.flatMap(({ quarter, report }) => {
          const text = report.texts.highlights?.trim();
          return text ? [{ text, ...(byQuarter ? { quarter } : {}) }] : [];
        }),
        late: reports.some(({ report }) => report.late === true),
        ...(tasks ? { tasks } : {}),
        ...(onBehalf || afterLock ? { source: { ...(onBehalf ? { enteredBy: onBehalf.submittedBy } : {}), afterLock } } : {}),
      };
    }),
    ...(followUps.length ? { tasks: { summary: addSummaries(followUps), organisations: followUps.length } } : {}),
    limitations: texts("limitations"),
    proposals: texts("proposals"),
    nextTasks: texts("next_tasks"),
    missing: organisations.filter((organisation) => !submitted.has(organisation.code)),
    partial: reported.flatMap(({ organisation }) => {
      const missing = coverage.lacking(organisation);
      return missing.length ? [{ organisation, missing }] : [];
    }),
    quartersWithoutReports: coverage.withoutReports,
    organisations,
    ...(options.framing ? { framing: options.framing } : {}),
  };
}
