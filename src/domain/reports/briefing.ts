import { Decimal } from "decimal.js";
import { figureStyle, indicatorName, phraseFigure, proseFigure, wordChangeFrom } from "../numbers/figure-wording.js";
import { formatNumber } from "../numbers/format-number.js";
import { formatDate } from "../periods/format-date.js";
import { formatPeriod } from "../periods/format-period.js";
import { type Period, periodKey, type Quarter } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";
import { addSummaries, summariseMarks, type TaskSummary } from "../tasks/task-marks.js";
import { taskSummaryText } from "../tasks/task-wording.js";
import { block, bold, italic, type RichText } from "../text/rich-text.js";
import { ReportIndex } from "./aggregate.js";
import type { BriefingFraming, MeetingFraming } from "./briefing-framing.js";
import {
  comparisonPeriod,
  completeValue,
  followedUpPeriod,
  followingPeriod,
  type PartialCoverage,
  periodCoverage,
} from "./briefing-period.js";
import { indicatorsOf, reportersOf, sharedIndicators, shortNameOf, sortedOrganisations } from "./catalog-view.js";
import { combinedHedge, coveredValue } from "./period-coverage.js";
import type { ReportData, ReportIndicator, ReportOrganisation, SubmittedReport, Translate } from "./report-data.js";

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
  /** How many of the bloc's organisations the total stands on: those in it, and those not asked the indicator that submitted. */
  counted: number;
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
    const absent = organisations.filter((org) => reporters.has(org.code) && !inTotal.has(org.code));
    const absentCodes = new Set(absent.map((org) => org.code));
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
      counted: reported.filter(({ organisation }) => !absentCodes.has(organisation.code)).length,
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

/**
 * The briefing as rich text, in the style of the provincial reports: the title block, then the
 * body (`briefingBody`). Each channel renders and splits it (Telegram HTML, plain text, Word).
 */
export function renderBriefing(model: BriefingModel, t: Translate): RichText {
  const title = [
    block(
      "line",
      bold(
        t(model.framing?.conclusions ? "reports-briefing-title-final" : "reports-briefing-title", {
          area: model.areaName,
          period: formatPeriod(model.period, t),
        }),
      ),
    ),
    ...(model.version > 1 ? [block("line", italic(t("reports-briefing-updated", { version: model.version })))] : []),
    block(
      "line",
      italic(t("reports-briefing-compiled", { date: formatDate(model.compiledAt), submitted: model.submitted, total: model.total })),
    ),
  ];
  return [...title, ...briefingBody(model, t)];
}

/**
 * The briefing's body, as the published reports run: the meeting, the opening (the
 * secretariat's assessment, or a fixed sentence, then the totals), a paragraph of prose per
 * organisation, the limitations in one paragraph (with the losses and the falls), the
 * proposals and next tasks, who and what is missing, and the chair's conclusions. One rule
 * for names: an organisation's own part opens with its full name, as the reports do; every
 * other mention is its configured short name (`short_name`, else the full name).
 */
export function briefingBody(model: BriefingModel, t: Translate): RichText {
  const blocks: RichText = [];
  const meeting = model.framing?.meeting;
  if (meeting) blocks.push(block("paragraph", meetingText(model, meeting, t)));
  blocks.push(block("paragraph", opening(model, t)));
  // The tasks followed up were set in the previous period's reports.
  const previous = formatPeriod(followedUpPeriod(model.period), t);
  for (const section of model.sections) {
    const marks = [
      ...(section.late ? [t("reports-briefing-late")] : []),
      ...(section.source?.enteredBy !== undefined ? [t("version-on-behalf", { by: section.source.enteredBy })] : []),
      ...(section.source?.afterLock ? [t("version-after-lock")] : []),
    ];
    const prose = [
      organisationProse(section, t),
      section.highlights.length ? highlightsText(section.highlights, t) : undefined,
      section.tasks ? t("tasks-briefing-line", { period: previous, summary: taskSummaryText(section.tasks, t) }) : undefined,
    ].filter((part): part is string => Boolean(part));
    blocks.push(
      block(
        "paragraph",
        bold(section.organisation.name),
        marks.length ? " " : undefined,
        marks.length ? italic(`(${marks.join("; ")})`) : undefined,
        prose.length ? `: ${upperFirst(prose.join(" "))}` : ".",
      ),
    );
  }
  if (model.tasks) {
    const summary = taskSummaryText(model.tasks.summary, t);
    blocks.push(block("paragraph", t("tasks-briefing-total", { period: previous, summary, count: model.tasks.organisations })));
  }
  blocks.push(block("paragraph", limitations(model, t)));
  if (model.proposals.length) blocks.push(block("paragraph", `${t("reports-briefing-proposals")} ${merged(model.proposals, t)}`));
  if (model.nextTasks.length) {
    const next = formatPeriod(followingPeriod(model.period), t);
    blocks.push(block("paragraph", `${t("reports-briefing-next-tasks", { period: next })} ${merged(model.nextTasks, t)}`));
  }
  blocks.push(block("paragraph", coverageLines(model, t).join(" ")));
  const skipped = model.sections.flatMap((section) => {
    const names = section.figures.filter((figure) => figure.value === null).map((figure) => lowerFirst(indicatorName(figure.indicator, t)));
    return names.length ? [`${shortNameOf(section.organisation)} (${names.join(", ")})`] : [];
  });
  if (skipped.length) blocks.push(block("paragraph", t("reports-briefing-missing-figures", { list: skipped.join("; ") })));
  blocks.push(...conclusions(model, t));
  return blocks;
}

/** "Ngày 28/11/2023, tại …, Hội nghị giao ban … được tổ chức …. Đồng chí … chủ trì Hội nghị; tham dự có …." */
function meetingText(model: BriefingModel, meeting: MeetingFraming, t: Translate): string {
  const sentences = [
    t("reports-briefing-meeting", {
      date: formatDate(meeting.at),
      place: meeting.place?.trim() || "none",
      bloc: model.blocName,
      period: formatPeriod(model.period, t),
    }),
  ];
  const attendees = meeting.attendees?.trim() || "none";
  if (meeting.chair?.trim()) sentences.push(t("reports-briefing-chair", { chair: upperFirst(meeting.chair.trim()), attendees }));
  else if (attendees !== "none") sentences.push(t("reports-briefing-attendees", { attendees }));
  return sentences.join(" ");
}

/**
 * The opening paragraph: the secretariat's assessment (or the fixed sentence), then the
 * quarter's shared totals, "toàn tỉnh" only for a total every organisation that reports it is
 * in, "theo báo cáo của 4/6 đơn vị (chưa gồm …)" otherwise; the change against the previous
 * quarter over the organisations with figures in both. Falls are told among the limitations.
 */
function opening(model: BriefingModel, t: Translate): string {
  const assessment = model.framing?.assessment?.trim();
  const sentences = [assessment ? asSentence(assessment) : t("reports-briefing-opening", { period: formatPeriod(model.period, t) })];
  const previous = formatPeriod(comparisonPeriod(model.period), t);
  const groups = new Map<string, BriefingTotal[]>();
  for (const entry of model.summary) {
    const key = entry.absent.map((org) => org.code).join(",");
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  for (const entries of groups.values()) {
    const phrased = entries.filter(({ indicator }) => phrases(t) && indicator.summaryPhrase);
    const plain = entries.filter((entry) => !phrased.includes(entry));
    const change = (entry: BriefingTotal) => {
      const compared = entry.compared;
      if (!compared || compared.current.lessThan(compared.previous)) return "";
      const over =
        compared.organisations < compared.of
          ? ` ${t("reports-briefing-compared-over", { count: compared.organisations, of: compared.of })}`
          : "";
      return `, ${wordChangeFrom(compared.current, compared.previous, entry.indicator.unit, t, previous)}${over}`;
    };
    const achievements = phrased.map(
      (entry) => phraseFigure(entry.indicator.summaryPhrase ?? "", entry.value, entry.indicator.unit, entry.hedge, t) + change(entry),
    );
    const totals = plain.map(
      (entry) =>
        `${lowerFirst(indicatorName(entry.indicator, t))}: ${proseFigure(entry.value, entry.indicator.unit, entry.hedge, t)}${change(entry)}`,
    );
    const [first] = entries;
    const absent = first?.absent ?? [];
    const scope = { level: model.level, counted: first?.counted ?? 0, total: model.total, absent: absent.map(shortNameOf).join(", ") };
    const partial = absent.length > 0;
    if (achievements.length) {
      sentences.push(
        t(partial ? "reports-briefing-partial-achievements" : "reports-briefing-achievements", {
          ...scope,
          achievements: achievements.join("; "),
        }),
      );
    }
    if (totals.length) {
      sentences.push(t(partial ? "reports-briefing-partial-totals" : "reports-briefing-totals", { ...scope, totals: totals.join("; ") }));
    }
  }
  if (model.summary.length === 0) sentences.push(t("reports-briefing-no-totals"));
  return sentences.join(" ");
}

/**
 * An organisation's figures woven into one sentence with the catalog's phrases ("phát triển
 * 10.212 đoàn viên, hội viên mới, giới thiệu …"): skipped figures and losses left out (they are
 * listed at the end and among the limitations), and a figure its own highlights already state
 * left to them, so no figure is read twice.
 */
function organisationProse(section: BriefingModel["sections"][number], t: Translate): string | undefined {
  const style = figureStyle(t);
  let named = false;
  const parts = section.figures.flatMap(({ indicator, value, hedge }) => {
    if (value === null || indicator.loss) return [];
    if (section.highlights.some(({ text }) => statesFigure(text, formatNumber(value, style)))) return [];
    if (indicator.phrase && phrases(t)) return [phraseFigure(indicator.phrase, value, indicator.unit, hedge, t)];
    named = true;
    return [`${lowerFirst(indicatorName(indicator, t))}: ${proseFigure(value, indicator.unit, hedge, t)}`];
  });
  // Names with commas in them ("đoàn viên, hội viên mới: …") are told apart by semicolons.
  return parts.length ? `${parts.join(named ? "; " : ", ")}.` : undefined;
}

/** Whether a text states a figure ("18.406", or "18406" as typed): three digits or more, so "14/10" is not "14". */
function statesFigure(text: string, figure: string): boolean {
  const digits = figure.replace(/\D/g, "");
  if (digits.length < 3) return false;
  return [figure, digits].some((form) => new RegExp(`(^|[^\\d.,])${form.replace(/[.,]/g, "\\$&")}(?![\\d]|[.,]\\d)`).test(text));
}

/**
 * The limitations as the reports write them, in one paragraph: what the organisations wrote,
 * each attributed, then the losses ("Số đoàn viên, hội viên giảm toàn tỉnh là 10.827 người
 * (Hội Nông dân giảm 7.289 …)") and the totals that fell against the previous quarter.
 */
function limitations(model: BriefingModel, t: Translate): string {
  const previous = formatPeriod(comparisonPeriod(model.period), t);
  const sentences: string[] = [];
  if (model.limitations.length) sentences.push(merged(model.limitations, t));
  for (const loss of model.losses) {
    const sum = loss.total && loss.figures.length > 1 ? loss.total : undefined;
    // Beside a total each organisation's figure is enough ("Hội Nông dân 7.289"); alone it reads with its phrase.
    const parts = loss.figures.map(
      ({ organisation, indicator, value, hedge }) =>
        `${shortNameOf(organisation)} ${phraseFigure(sum ? "{value}" : (phrases(t) && indicator.phrase) || `${lowerFirst(indicatorName(indicator, t))} {value}`, value ?? new Decimal(0), indicator.unit, hedge, t)}`,
    );
    sentences.push(
      sum
        ? upperFirst(
            t("reports-briefing-loss-total", {
              name: lowerFirst(indicatorName(loss.indicator, t)),
              scope: sum.absent.length ? "partial" : model.level,
              counted: sum.counted,
              total: model.total,
              absent: sum.absent.map(shortNameOf).join(", "),
              amount: proseFigure(sum.value, loss.indicator.unit, sum.hedge, t),
              parts: parts.join(", "),
            }),
          )
        : `${upperFirst(parts.join("; "))}.`,
    );
  }
  const falls = model.summary.flatMap(({ indicator, compared }) => {
    if (!compared?.current.lessThan(compared.previous)) return [];
    const over =
      compared.organisations < compared.of
        ? ` ${t("reports-briefing-compared-over", { count: compared.organisations, of: compared.of })}`
        : "";
    return [
      `${lowerFirst(indicatorName(indicator, t))} ${wordChangeFrom(compared.current, compared.previous, indicator.unit, t, previous)}${over}`,
    ];
  });
  if (falls.length) sentences.push(t("reports-briefing-falls", { falls: falls.join("; ") }));
  return sentences.length ? `${t("reports-briefing-limitations-intro")} ${sentences.join(" ")}` : t("reports-briefing-limitations-none");
}

/** The chair's conclusions: the lead sentence, "Một là, …" per point, then the directions per organisation. */
function conclusions(model: BriefingModel, t: Translate): RichText {
  const given = model.framing?.conclusions;
  if (!given || (given.points.length === 0 && given.directions.length === 0)) return [];
  const chair = model.framing?.meeting?.chair?.trim() || t("reports-briefing-chair-unnamed");
  const byCode = new Map(model.organisations.map((org) => [org.code, org]));
  const directions = given.directions.flatMap(({ organisationCode, text }) => {
    const organisation = byCode.get(organisationCode);
    const said = asSentence(text).replace(/\.$/, "");
    return said ? [`${organisation ? shortNameOf(organisation) : organisationCode} ${lowerFirst(said)}`] : [];
  });
  return [
    block("paragraph", t("reports-briefing-conclusions", { chair })),
    ...given.points
      .map((point) => asSentence(point))
      .filter(Boolean)
      .map((point, position) => block("paragraph", t("reports-briefing-point", { n: position + 1, text: point }))),
    ...(directions.length ? [block("paragraph", t("reports-briefing-directions", { directions: directions.join("; ") }))] : []),
  ];
}

/**
 * Texts of several organisations run on as the reports write them: each a sentence with whose
 * it is after it ("… do chuyển đi làm ăn xa (Hội Nông dân)."), and its quarter in a briefing of several.
 */
function merged(texts: AttributedText[], t: Translate): string {
  return texts
    .map(({ organisation, text, quarter }) => {
      const whose = quarter ? `${shortNameOf(organisation)}, ${formatPeriod(quarter, t)}` : shortNameOf(organisation);
      return `${asSentence(text).replace(/\.$/, "")} (${whose}).`;
    })
    .join(" ");
}

/** An organisation's highlights as running text, each quarter's after its name in a briefing of several. */
function highlightsText(highlights: BriefingModel["sections"][number]["highlights"], t: Translate): string {
  return highlights.map(({ text, quarter }) => (quarter ? `${upperFirst(formatPeriod(quarter, t))}: ` : "") + asSentence(text)).join(" ");
}

/**
 * Who has not reported, who reported only some of the period's quarters (and which they lack),
 * and the quarters nobody reported; or that every organisation has.
 */
function coverageLines(model: BriefingModel, t: Translate): string[] {
  const quarters = (list: readonly Quarter[]) => list.map((quarter) => formatPeriod(quarter, t)).join(", ");
  const lines = [
    ...(model.missing.length
      ? [t("reports-briefing-missing", { count: model.missing.length, names: model.missing.map(shortNameOf).join(", ") })]
      : []),
    ...(model.partial.length
      ? [
          t("reports-briefing-partial", {
            count: model.partial.length,
            names: model.partial.map(({ organisation, missing }) => `${shortNameOf(organisation)} (${quarters(missing)})`).join("; "),
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

/**
 * A text typed in the chat as running text: its lines ("- …" lists included) joined with "; ",
 * ending with a full stop.
 */
function asSentence(text: string): string {
  const lines = text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-•+*]|\d+[.)])\s*/, "").trim())
    .filter(Boolean)
    .map((line, index, all) => (index < all.length - 1 ? line.replace(/[.;,]+$/, "") : line));
  const joined = lines.join("; ");
  return joined && !/[.!?…]$/.test(joined) ? `${joined}.` : joined;
}

/**
 * Whether the reader's language reads the catalog's phrases, which are written in Vietnamese
 * (`reports-briefing-phrases`); other readers get each indicator's name and figure instead.
 */
function phrases(t: Translate): boolean {
  return t("reports-briefing-phrases") === "yes";
}

/** A name as it reads inside a sentence: first letter lower-cased, proper nouns after it kept. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/** A sentence's (or a column's) first letter upper-cased: "Quý I/2024". */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
