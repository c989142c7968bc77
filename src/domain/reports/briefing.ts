import type { Decimal } from "decimal.js";
import { figureStyle, indicatorName, wordChangeFrom } from "../numbers/figure-wording.js";
import { formatNumber } from "../numbers/format-number.js";
import { formatDate, formatDateTime } from "../periods/format-date.js";
import { formatPeriod } from "../periods/format-period.js";
import { periodKey, type Quarter, quarterOf } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";
import { addSummaries, summariseMarks, type TaskSummary } from "../tasks/task-marks.js";
import { taskSummaryText } from "../tasks/task-wording.js";
import { escapeHtml } from "../text/escape-html.js";
import { ReportIndex } from "./aggregate.js";
import type { BriefingFraming } from "./briefing-framing.js";
import { indicatorsOf, reportersOf, sharedIndicators, sortedOrganisations } from "./catalog-view.js";
import { conclusionOrdinal } from "./conclusions.js";
import { hedgedQuantity } from "./hedged-quantity.js";
import { combinedHedge } from "./period-coverage.js";
import type { ReportData, ReportIndicator, ReportOrganisation, Translate } from "./report-data.js";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "./split-message.js";
import { attributedBullet } from "./texts.js";

/** A text an organisation wrote, attributed to it. */
export interface AttributedText {
  organisation: ReportOrganisation;
  text: string;
}

/** A quarter's briefing, before wording. */
export interface BriefingModel {
  areaName: string;
  level: ReportData["level"];
  quarter: Quarter;
  version: number;
  compiledAt: Date;
  submitted: number;
  total: number;
  /**
   * Totals of the indicators several organisations report, for the opening summary, with the
   * previous quarter's total over the same organisations when each of them had a value then.
   */
  summary: { indicator: ReportIndicator; value: Decimal; hedge: string | null; previous?: Decimal }[];
  sections: {
    organisation: ReportOrganisation;
    /** Each figure with the hedge it was typed with ("khoảng"), kept in the briefing. */
    figures: { indicator: ReportIndicator; value: Decimal | null; hedge: string | null }[];
    highlights: string | undefined;
    /** Submitted after the deadline: marked "nộp muộn". */
    late: boolean;
    /** How the tasks the organisation's previous report set were followed up, if they were. */
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
  /** The meeting, the secretariat's assessment and the chair's conclusions, when people added them. */
  framing?: BriefingFraming;
}

/** The quarters a briefing reads: its own and the one before, for the opening's changes. */
export function briefingQuarters(quarter: Quarter): [Quarter, Quarter] {
  return [quarter, quarterOf(quarter.year, quarter.quarter - 1)];
}

/**
 * Compiles the quarter's briefing from the current version of every report: the totals for
 * the opening, one section per organisation that submitted, the limitations, proposals and
 * next quarter's tasks merged across organisations, and who has not submitted.
 */
export function compileBriefing(
  data: ReportData,
  quarter: Quarter,
  options: { version: number; now: Date; framing?: BriefingFraming | undefined },
): BriefingModel {
  const index = new ReportIndex(data);
  const key = periodKey(quarter);
  const organisations = sortedOrganisations(data);
  const reported = organisations.flatMap((organisation) => {
    const report = index.report(organisation.code, key);
    return report ? [{ organisation, report }] : [];
  });
  const submittedCodes = reported.map((entry) => entry.organisation.code);
  const submitted = new Set(submittedCodes);
  const [, previousQuarter] = briefingQuarters(quarter);
  const summary = sharedIndicators(
    data,
    organisations.map((org) => org.code),
  )
    // Rates (percentages) of different organisations do not add up.
    .filter((indicator) => indicator.kind !== "rate")
    .flatMap((indicator) => {
      const reporters = reportersOf(indicator);
      const reporting = submittedCodes.filter((code) => reporters.has(code));
      const { value } = index.total(reporting, indicator.code, indicator.kind, quarter);
      if (value === null) return [];
      const counted = reporting.filter((code) => index.value(code, indicator.code, indicator.kind, quarter).value !== null);
      const before = index.total(counted, indicator.code, indicator.kind, previousQuarter);
      const hedge = combinedHedge(counted.map((code) => index.report(code, key)?.hedges?.[indicator.code] ?? null));
      return [{ indicator, value, hedge, ...(before.value !== null && before.missing === 0 ? { previous: before.value } : {}) }];
    });
  const texts = (section: TextSection): AttributedText[] =>
    reported.flatMap(({ organisation, report }) => {
      const text = report.texts[section]?.trim();
      return text ? [{ organisation, text }] : [];
    });
  const followUps = reported.flatMap(({ report }) => (report.tasks ? [summariseMarks(report.tasks.marks)] : []));
  return {
    areaName: data.areaName,
    level: data.level,
    quarter,
    version: options.version,
    compiledAt: options.now,
    submitted: reported.length,
    total: organisations.length,
    summary,
    sections: reported.map(({ organisation, report }) => ({
      organisation,
      figures: indicatorsOf(data, organisation.code).map((indicator) => ({
        indicator,
        value: report.values[indicator.code] ?? null,
        hedge: report.hedges?.[indicator.code] ?? null,
      })),
      highlights: report.texts.highlights?.trim() || undefined,
      late: report.late === true,
      ...(report.tasks ? { tasks: summariseMarks(report.tasks.marks) } : {}),
      ...(report.enteredOnBehalf || report.afterLock
        ? { source: { ...(report.enteredOnBehalf ? { enteredBy: report.submittedBy } : {}), afterLock: report.afterLock === true } }
        : {}),
    })),
    ...(followUps.length ? { tasks: { summary: addSummaries(followUps), organisations: followUps.length } } : {}),
    limitations: texts("limitations"),
    proposals: texts("proposals"),
    nextTasks: texts("next_tasks"),
    missing: organisations.filter((organisation) => !submitted.has(organisation.code)),
    ...(options.framing ? { framing: options.framing } : {}),
  };
}

/**
 * The briefing as Telegram HTML messages, in the style of the provincial reports, each under
 * Telegram's limit and split between paragraphs.
 */
export function renderBriefing(model: BriefingModel, t: Translate): string[] {
  const period = formatPeriod(model.quarter, t);
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
  const previous = formatPeriod(quarterOf(model.quarter.year, model.quarter.quarter - 1), t);

  for (const [position, section] of model.sections.entries()) {
    const late = section.late ? ` ${t("reports-late")}` : "";
    const lines = [`<b>${position + 1}. ${escapeHtml(section.organisation.name)}</b>${late}${sourceMark(section.source, t)}`];
    const figures = section.figures.map(
      ({ indicator, value, hedge }) =>
        `${escapeHtml(indicatorName(indicator, t))}: ${value === null ? t("reports-missing") : escapeHtml(hedgedQuantity(value, indicator.unit, hedge, t))}`,
    );
    if (figures.length) lines.push(`${figures.join("; ")}.`);
    if (section.highlights) lines.push(escapeHtml(section.highlights));
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
        ? [t("reports-briefing-limitations-intro"), ...bullets(model.limitations)]
        : [t("reports-briefing-limitations-none")]),
    ].join("\n"),
  );
  if (model.proposals.length) paragraphs.push([`<b>${t("reports-briefing-proposals")}</b>`, ...bullets(model.proposals)].join("\n"));
  if (model.nextTasks.length) {
    const next = formatPeriod(quarterOf(model.quarter.year, model.quarter.quarter + 1), t);
    paragraphs.push([`<b>${t("reports-briefing-next-tasks", { period: next })}</b>`, ...bullets(model.nextTasks)].join("\n"));
  }
  if (framing?.conclusions) paragraphs.push(conclusionsParagraph(framing.conclusions, model, t));
  paragraphs.push(
    model.missing.length
      ? t("reports-briefing-missing", { count: model.missing.length, names: model.missing.map((org) => escapeHtml(org.name)).join(", ") })
      : t("reports-briefing-all-submitted", { total: model.total }),
  );
  return splitMessage(paragraphs.join("\n\n"), TELEGRAM_MESSAGE_LIMIT);
}

/** The opening paragraph: the quarter's shared totals in one sentence, as reports open. */
function opening(model: BriefingModel, t: Translate): string {
  const phrased = model.summary.filter(({ indicator }) => indicator.summaryPhrase);
  const plain = model.summary.filter(({ indicator }) => !indicator.summaryPhrase);
  const previous = formatPeriod(quarterOf(model.quarter.year, model.quarter.quarter - 1), t);
  // "…, tăng 2.489 người (6,2%) so với quý III/2023": the change goes on the sentence, not in parentheses.
  const change = ({ indicator, value, previous: before }: BriefingModel["summary"][number]) =>
    before === undefined ? "" : `, ${escapeHtml(wordChangeFrom(value, before, indicator.unit, t, previous))}`;
  // The secretariat's own assessment, when typed, stands in place of the fixed sentence.
  const assessment = model.framing?.assessment?.trim();
  const sentences = [
    assessment
      ? escapeHtml(assessment)
      : t("reports-briefing-opening", { period: formatPeriod(model.quarter, t), submitted: model.submitted, total: model.total }),
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

function bullets(texts: AttributedText[]): string[] {
  return texts.map(({ organisation, text }) => attributedBullet(organisation, text));
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
