import { Decimal } from "decimal.js";
import { figureStyle, indicatorName, phraseFigure, proseFigure, wordChangeFrom } from "../numbers/figure-wording.js";
import { formatNumber } from "../numbers/format-number.js";
import { formatDate } from "../periods/format-date.js";
import { formatPeriod } from "../periods/format-period.js";
import { periodKey, type Quarter, quarterOf } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";
import { addSummaries, summariseMarks, type TaskSummary } from "../tasks/task-marks.js";
import { taskSummaryText } from "../tasks/task-wording.js";
import { block, bold, italic, type RichText } from "../text/rich-text.js";
import { ReportIndex } from "./aggregate.js";
import type { BriefingFraming, MeetingFraming } from "./briefing-framing.js";
import { indicatorsOf, reportersOf, sharedIndicators, shortNameOf, sortedOrganisations } from "./catalog-view.js";
import { combinedHedge } from "./period-coverage.js";
import type { ReportData, ReportIndicator, ReportOrganisation, Translate } from "./report-data.js";

/** A text an organisation wrote, attributed to it. */
export interface AttributedText {
  organisation: ReportOrganisation;
  text: string;
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
   * Like with like: the organisations with a figure in both quarters, their total now and in the
   * previous quarter, and how many of the organisations in the total they are.
   */
  compared?: { current: Decimal; previous: Decimal; organisations: number; of: number };
}

/** A figure of an organisation with the hedge it was typed with ("khoảng"), kept in the briefing. */
export interface BriefingFigure {
  indicator: ReportIndicator;
  value: Decimal | null;
  hedge: string | null;
}

/** A quarter's briefing, before wording. */
export interface BriefingModel {
  areaName: string;
  /** The bloc's name, for the meeting's sentence ("Khối Mặt trận Tổ quốc … tỉnh Gia Lai"). */
  blocName: string;
  level: ReportData["level"];
  quarter: Quarter;
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
  /** Every organisation of the bloc by code, for the chair's directions. */
  organisations: ReportOrganisation[];
  /** The meeting, the secretariat's assessment and the chair's conclusions, when given. */
  framing?: BriefingFraming;
}

/** The quarters a briefing reads: its own and the one before, for the opening's changes. */
export function briefingQuarters(quarter: Quarter): [Quarter, Quarter] {
  return [quarter, quarterOf(quarter.year, quarter.quarter - 1)];
}

/**
 * Compiles the quarter's briefing from the current version of every report: the totals for
 * the opening, one section per organisation that submitted, the losses, limitations,
 * proposals and next quarter's tasks merged across organisations, and who has not submitted.
 * The framing (meeting, assessment, conclusions) is passed through to the renderers.
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
  const submitted = new Set(reported.map((entry) => entry.organisation.code));
  const [, previousQuarter] = briefingQuarters(quarter);
  const total = (indicator: ReportIndicator): BriefingTotal | undefined => {
    const reporters = reportersOf(indicator);
    const has = (code: string, when: Quarter) => index.value(code, indicator.code, indicator.kind, when).value !== null;
    const counted = organisations.filter((org) => reporters.has(org.code) && submitted.has(org.code) && has(org.code, quarter));
    if (counted.length === 0) return undefined;
    const codes = counted.map((org) => org.code);
    const value = index.total(codes, indicator.code, indicator.kind, quarter).value;
    if (value === null) return undefined;
    const inTotal = new Set(codes);
    const absent = organisations.filter((org) => reporters.has(org.code) && !inTotal.has(org.code));
    const absentCodes = new Set(absent.map((org) => org.code));
    // Like with like: only the organisations with a figure in both quarters are compared.
    const both = codes.filter((code) => has(code, previousQuarter));
    const current = index.total(both, indicator.code, indicator.kind, quarter).value;
    const previous = index.total(both, indicator.code, indicator.kind, previousQuarter).value;
    return {
      indicator,
      value,
      hedge: combinedHedge(codes.map((code) => index.report(code, key)?.hedges?.[indicator.code] ?? null)),
      counted: reported.filter(({ organisation }) => !absentCodes.has(organisation.code)).length,
      absent,
      ...(both.length && current !== null && previous !== null
        ? { compared: { current, previous, organisations: both.length, of: counted.length } }
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
      const figures = reported.flatMap(({ organisation, report }) => {
        const value = reportersOf(indicator).has(organisation.code) ? (report.values[indicator.code] ?? null) : null;
        return value?.greaterThan(0) ? [{ organisation, indicator, value, hedge: report.hedges?.[indicator.code] ?? null }] : [];
      });
      const sum = shared.includes(indicator) && indicator.kind !== "rate" ? total(indicator) : undefined;
      return figures.length ? [{ indicator, figures, ...(sum ? { total: sum } : {}) }] : [];
    });
  const texts = (section: TextSection): AttributedText[] =>
    reported.flatMap(({ organisation, report }) => {
      const text = report.texts[section]?.trim();
      return text ? [{ organisation, text }] : [];
    });
  const followUps = reported.flatMap(({ report }) => (report.tasks ? [summariseMarks(report.tasks.marks)] : []));
  return {
    areaName: data.areaName,
    blocName: data.blocName,
    level: data.level,
    quarter,
    version: options.version,
    compiledAt: options.now,
    submitted: reported.length,
    total: organisations.length,
    summary,
    losses,
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
    block("line", bold(t("reports-briefing-title", { area: model.areaName, period: formatPeriod(model.quarter, t) }))),
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
  // The tasks followed up were set in the previous quarter's reports.
  const previous = formatPeriod(briefingQuarters(model.quarter)[1], t);
  for (const section of model.sections) {
    const marks = [
      ...(section.late ? [t("reports-briefing-late")] : []),
      ...(section.source?.enteredBy !== undefined ? [t("version-on-behalf", { by: section.source.enteredBy })] : []),
      ...(section.source?.afterLock ? [t("version-after-lock")] : []),
    ];
    const prose = [
      organisationProse(section, t),
      section.highlights ? asSentence(section.highlights) : undefined,
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
  if (model.proposals.length) blocks.push(block("paragraph", `${t("reports-briefing-proposals")} ${merged(model.proposals)}`));
  if (model.nextTasks.length) {
    const next = formatPeriod(quarterOf(model.quarter.year, model.quarter.quarter + 1), t);
    blocks.push(block("paragraph", `${t("reports-briefing-next-tasks", { period: next })} ${merged(model.nextTasks)}`));
  }
  blocks.push(
    block(
      "paragraph",
      model.missing.length
        ? t("reports-briefing-missing", { count: model.missing.length, names: model.missing.map(shortNameOf).join(", ") })
        : t("reports-briefing-all-submitted", { total: model.total }),
    ),
  );
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
      period: formatPeriod(model.quarter, t),
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
  const sentences = [assessment ? asSentence(assessment) : t("reports-briefing-opening", { period: formatPeriod(model.quarter, t) })];
  const previous = formatPeriod(briefingQuarters(model.quarter)[1], t);
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
    if (section.highlights && statesFigure(section.highlights, formatNumber(value, style))) return [];
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
  const previous = formatPeriod(briefingQuarters(model.quarter)[1], t);
  const sentences: string[] = [];
  if (model.limitations.length) sentences.push(merged(model.limitations));
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
 * it is after it ("… do chuyển đi làm ăn xa (Hội Nông dân).").
 */
function merged(texts: AttributedText[]): string {
  return texts.map(({ organisation, text }) => `${asSentence(text).replace(/\.$/, "")} (${shortNameOf(organisation)}).`).join(" ");
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

/** A sentence's first letter upper-cased. */
function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
