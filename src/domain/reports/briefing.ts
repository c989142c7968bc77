import { Decimal } from "decimal.js";
import { figureStyle, indicatorName, wordChangeFrom } from "../numbers/figure-wording.js";
import { formatNumber } from "../numbers/format-number.js";
import { formatDate, formatDateTime } from "../periods/format-date.js";
import { formatPeriod } from "../periods/format-period.js";
import { type Period, periodKey, type Quarter } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";
import { addSummaries, summariseMarks, type TaskSummary } from "../tasks/task-marks.js";
import { taskSummaryText } from "../tasks/task-wording.js";
import { escapeHtml } from "../text/escape-html.js";
import { ReportIndex } from "./aggregate.js";
import type { BriefingFraming } from "./briefing-framing.js";
import {
  comparisonPeriod,
  completeValue,
  followedUpPeriod,
  followingPeriod,
  type PartialCoverage,
  periodCoverage,
} from "./briefing-period.js";
import { indicatorsOf, reportersOf, sharedIndicators, sortedOrganisations } from "./catalog-view.js";
import { conclusionOrdinal } from "./conclusions.js";
import { hedgedQuantity } from "./hedged-quantity.js";
import { combinedHedge, coveredValue } from "./period-coverage.js";
import type { ReportData, ReportIndicator, ReportOrganisation, SubmittedReport, Translate } from "./report-data.js";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "./split-message.js";
import { attributedBullet } from "./texts.js";

/** A text an organisation wrote, attributed to it, with its quarter when the period has several on record. */
export interface AttributedText {
  organisation: ReportOrganisation;
  text: string;
  quarter?: Quarter;
}

/** A period's briefing (a quarter, a half-year, nine months, a year), before wording. */
export interface BriefingModel {
  areaName: string;
  level: ReportData["level"];
  period: Period;
  version: number;
  compiledAt: Date;
  /** Organisations that reported every quarter of the period on record. */
  submitted: number;
  total: number;
  /**
   * Totals of the indicators several organisations report, for the opening summary, over the
   * period's quarters (flows summed, stocks at the end), with the comparison period's total
   * (`comparisonPeriod`) over the same organisations when each of them had a whole figure in both.
   */
  summary: { indicator: ReportIndicator; value: Decimal; hedge: string | null; previous?: Decimal }[];
  sections: {
    organisation: ReportOrganisation;
    /** Each figure with the hedge it was typed with ("khoảng"), kept in the briefing. */
    figures: { indicator: ReportIndicator; value: Decimal | null; hedge: string | null }[];
    /** What it highlighted, quarter by quarter; each names its quarter when the period has several on record. */
    highlights: { text: string; quarter?: Quarter }[];
    /** Submitted after the deadline (any quarter of the period): marked "nộp muộn". */
    late: boolean;
    /** How the tasks the organisation's previous reports set were followed up, if they were. */
    tasks?: TaskSummary;
    /** The secretariat typed the report in for the organisation (or corrected it after the lock). */
    source?: { enteredBy?: string; afterLock?: boolean };
  }[];
  /** The follow-up of the previous quarter's tasks over the organisations that reported one. */
  tasks?: { summary: TaskSummary; organisations: number };
  limitations: AttributedText[];
  proposals: AttributedText[];
  nextTasks: AttributedText[];
  missing: ReportOrganisation[];
  /** Organisations that reported some of the period's quarters on record but not all: which they lack. */
  partial: PartialCoverage[];
  /** Quarters of the period nobody reported, when another quarter of it is on record. */
  quartersWithoutReports: Quarter[];
  /** The meeting, the secretariat's assessment and the chair's conclusions, when people added them. */
  framing?: BriefingFraming;
}

/**
 * Compiles a period's briefing from the current version of every report of its quarters: the
 * totals for the opening (by indicator kind, see `coveredValue`), one section per organisation
 * that reported, the limitations, proposals and next tasks merged across organisations (and
 * quarters), who has not reported, and who reported only some of the period's quarters.
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
  const reportingCodes = reported.map((entry) => entry.organisation.code);
  const submitted = new Set(reportingCodes);
  const compared = comparisonPeriod(period);
  const summary = sharedIndicators(
    data,
    organisations.map((org) => org.code),
  )
    // Rates (percentages) of different organisations do not add up.
    .filter((indicator) => indicator.kind !== "rate")
    .flatMap((indicator) => {
      const reporters = reportersOf(indicator);
      const values = reportingCodes
        .filter((code) => reporters.has(code))
        .map((code) => ({ code, ...coveredValue(index, code, indicator, coverage.onRecord) }))
        .filter((entry) => entry.value !== null);
      if (values.length === 0) return [];
      const value = Decimal.sum(...values.map((entry) => entry.value as Decimal));
      // Like with like: every organisation counted has the whole period, now and then.
      const whole = values.map(({ code }) => [
        completeValue(index, code, indicator, period),
        completeValue(index, code, indicator, compared),
      ]);
      const before = whole.every(([now, then]) => now !== null && then !== null)
        ? Decimal.sum(...whole.map(([, then]) => then as Decimal))
        : undefined;
      const hedge = combinedHedge(values.map((entry) => entry.hedge));
      return [{ indicator, value, hedge, ...(before ? { previous: before } : {}) }];
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
    level: data.level,
    period,
    version: options.version,
    compiledAt: options.now,
    submitted: reported.filter(({ organisation }) => coverage.lacking(organisation).length === 0).length,
    total: organisations.length,
    summary,
    sections: reported.map(({ organisation, reports }) => {
      const tasks = followUpOf(reports);
      const onBehalf = reports.filter(({ report }) => report.enteredOnBehalf).at(-1)?.report;
      const afterLock = reports.some(({ report }) => report.afterLock);
      return {
        organisation,
        figures: indicatorsOf(data, organisation.code).map((indicator) => {
          const { value, hedge } = coveredValue(index, organisation.code, indicator, coverage.onRecord);
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
    ...(options.framing ? { framing: options.framing } : {}),
  };
}

/**
 * The briefing as Telegram HTML messages, in the style of the provincial reports, each under
 * Telegram's limit and split between paragraphs.
 */
export function renderBriefing(model: BriefingModel, t: Translate): string[] {
  const period = formatPeriod(model.period, t);
  const paragraphs: string[] = [];
  const framing = model.framing;
  const titleKey = framing?.conclusions ? "reports-briefing-title-final" : "reports-briefing-title";
  const title = [`<b>${t(titleKey, { area: escapeHtml(model.areaName), period })}</b>`];
  if (model.version > 1) title.push(`<i>${t("reports-briefing-updated", { version: model.version })}</i>`);
  title.push(
    `<i>${t("reports-briefing-compiled", { date: formatDate(model.compiledAt), submitted: model.submitted, total: model.total })}</i>`,
  );
  if (framing?.meeting) title.push(meetingLine(framing.meeting, t));
  paragraphs.push(title.join("\n"));
  paragraphs.push(opening(model, t));
  // The tasks followed up were set in the previous quarter's reports.
  const previous = formatPeriod(followedUpPeriod(model.period), t);

  for (const [position, section] of model.sections.entries()) {
    const late = section.late ? ` ${t("reports-late")}` : "";
    const lines = [`<b>${position + 1}. ${escapeHtml(section.organisation.name)}</b>${late}${sourceMark(section.source, t)}`];
    const figures = section.figures.map(
      ({ indicator, value, hedge }) =>
        `${escapeHtml(indicatorName(indicator, t))}: ${value === null ? t("reports-missing") : escapeHtml(hedgedQuantity(value, indicator.unit, hedge, t))}`,
    );
    if (figures.length) lines.push(`${figures.join("; ")}.`);
    for (const { text, quarter } of section.highlights)
      lines.push(escapeHtml(quarter ? `${upperFirst(formatPeriod(quarter, t))}: ${text}` : text));
    if (section.tasks) lines.push(t("tasks-briefing-line", { period: previous, summary: escapeHtml(taskSummaryText(section.tasks, t)) }));
    paragraphs.push(lines.join("\n"));
  }
  if (model.tasks) {
    const summary = escapeHtml(taskSummaryText(model.tasks.summary, t));
    paragraphs.push(t("tasks-briefing-total", { period: previous, summary, count: model.tasks.organisations }));
  }

  paragraphs.push(
    [
      `<b>${t("reports-briefing-limitations")}</b>`,
      ...(model.limitations.length
        ? [t("reports-briefing-limitations-intro"), ...bullets(model.limitations, t)]
        : [t("reports-briefing-limitations-none")]),
    ].join("\n"),
  );
  if (model.proposals.length) paragraphs.push([`<b>${t("reports-briefing-proposals")}</b>`, ...bullets(model.proposals, t)].join("\n"));
  if (model.nextTasks.length) {
    const next = formatPeriod(followingPeriod(model.period), t);
    paragraphs.push([`<b>${t("reports-briefing-next-tasks", { period: next })}</b>`, ...bullets(model.nextTasks, t)].join("\n"));
  }
  if (framing?.conclusions) paragraphs.push(conclusionsParagraph(framing.conclusions, model, t));
  paragraphs.push(coverageLines(model, t).join("\n"));
  return splitMessage(paragraphs.join("\n\n"), TELEGRAM_MESSAGE_LIMIT);
}

/** The opening paragraph: the quarter's shared totals in one sentence, as reports open. */
function opening(model: BriefingModel, t: Translate): string {
  const phrased = model.summary.filter(({ indicator }) => indicator.summaryPhrase);
  const plain = model.summary.filter(({ indicator }) => !indicator.summaryPhrase);
  const previous = formatPeriod(comparisonPeriod(model.period), t);
  // "…, tăng 2.489 người (6,2%) so với quý III/2023": the change goes on the sentence, not in parentheses.
  const change = ({ indicator, value, previous: before }: BriefingModel["summary"][number]) =>
    before === undefined ? "" : `, ${escapeHtml(wordChangeFrom(value, before, indicator.unit, t, previous))}`;
  // The secretariat's own assessment, when typed, stands in place of the fixed sentence.
  const assessment = model.framing?.assessment?.trim();
  const sentences = [
    assessment
      ? escapeHtml(assessment)
      : t("reports-briefing-opening", { period: formatPeriod(model.period, t), submitted: model.submitted, total: model.total }),
  ];
  if (phrased.length) {
    const achievements = phrased.map(
      (entry) =>
        escapeHtml(
          (entry.indicator.summaryPhrase ?? "").replace(
            "{value}",
            `${entry.hedge ? t(`hedge-${entry.hedge}`) : ""}${formatNumber(entry.value, figureStyle(t))}`,
          ),
        ) + change(entry),
    );
    sentences.push(t("reports-briefing-achievements", { level: model.level, achievements: achievements.join("; ") }));
  }
  if (plain.length) {
    const totals = plain.map(
      (entry) =>
        `${escapeHtml(lowerFirst(indicatorName(entry.indicator, t)))}: ${escapeHtml(hedgedQuantity(entry.value, entry.indicator.unit, entry.hedge, t))}${change(entry)}`,
    );
    sentences.push(t("reports-briefing-totals", { level: model.level, totals: totals.join("; ") }));
  }
  if (model.summary.length === 0) sentences.push(t("reports-briefing-no-totals"));
  return sentences.join(" ");
}

function bullets(texts: AttributedText[], t: Translate): string[] {
  return texts.map(({ organisation, text, quarter }) => attributedBullet(organisation, text, quarter && formatPeriod(quarter, t)));
}

/**
 * Who has not reported, who reported only some of the period's quarters (and which they lack),
 * and the quarters nobody reported; or that every organisation has.
 */
function coverageLines(model: BriefingModel, t: Translate): string[] {
  const quarters = (list: readonly Quarter[]) => list.map((quarter) => formatPeriod(quarter, t)).join(", ");
  const lines = [
    ...(model.missing.length
      ? [t("reports-briefing-missing", { count: model.missing.length, names: model.missing.map((org) => escapeHtml(org.name)).join(", ") })]
      : []),
    ...(model.partial.length
      ? [
          t("reports-briefing-partial", {
            count: model.partial.length,
            names: model.partial.map(({ organisation, missing }) => `${escapeHtml(organisation.name)} (${quarters(missing)})`).join("; "),
          }),
        ]
      : []),
    ...(model.quartersWithoutReports.length
      ? [
          t("reports-quarters-without-reports", {
            quarters: quarters(model.quartersWithoutReports),
            count: model.quartersWithoutReports.length,
          }),
        ]
      : []),
  ];
  return lines.length ? lines : [t("reports-briefing-all-submitted", { total: model.total })];
}

/** A name at the head of a line or a column: "Quý I/2024". */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** "Hội nghị giao ban ngày 28/11/2023 08:30, tại …, chủ trì: …. Thành phần dự: …." */
function meetingLine(meeting: NonNullable<BriefingFraming["meeting"]>, t: Translate): string {
  const parts = [t("reports-briefing-meeting", { at: meeting.hasTime ? formatDateTime(meeting.at) : formatDate(meeting.at) })];
  if (meeting.place) parts.push(t("reports-progress-meeting-place", { place: escapeHtml(meeting.place) }));
  if (meeting.chair) parts.push(t("reports-progress-meeting-chair", { chair: escapeHtml(meeting.chair) }));
  const attendees = meeting.attendees ? ` ${t("reports-briefing-attendees", { attendees: escapeHtml(meeting.attendees) })}` : "";
  return `${parts.join(", ")}.${attendees}`;
}

/** The chair's conclusions: the points numbered "Một là, …", then each organisation's task. */
function conclusionsParagraph(conclusions: NonNullable<BriefingFraming["conclusions"]>, model: BriefingModel, t: Translate): string {
  const names = new Map(model.sections.map(({ organisation }) => [organisation.code, organisation.name]));
  for (const organisation of model.missing) names.set(organisation.code, organisation.name);
  return [
    `<b>${t("reports-briefing-conclusions")}</b>`,
    ...conclusions.points.map((point, index) =>
      t("reports-briefing-conclusion-point", { ordinal: conclusionOrdinal(index), number: index + 1, point: escapeHtml(point) }),
    ),
    ...conclusions.directions.map(
      ({ organisationCode, text }) => `- ${escapeHtml(names.get(organisationCode) ?? organisationCode)}: ${escapeHtml(text)}`,
    ),
  ].join("\n");
}

/** A name as it reads inside a sentence: first letter lower-cased, proper nouns after it kept. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/** " (thư ký nhập hộ (name), sửa sau khi khóa)" after an organisation the secretariat entered; "" otherwise. */
export function sourceMark(source: { enteredBy?: string; afterLock?: boolean } | undefined, t: Translate): string {
  const marks = [
    ...(source?.enteredBy !== undefined ? [t("version-on-behalf", { by: escapeHtml(source.enteredBy) })] : []),
    ...(source?.afterLock ? [t("version-after-lock")] : []),
  ];
  return marks.length ? ` <i>(${marks.join(", ")})</i>` : "";
}
