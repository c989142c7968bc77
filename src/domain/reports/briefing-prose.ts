import { figureStyle, indicatorName, phraseFigure, proseFigure } from "../numbers/figure-wording.js";
import { formatNumber } from "../numbers/format-number.js";
import { formatDate } from "../periods/format-date.js";
import { formatPeriod } from "../periods/format-period.js";
import type { Quarter } from "../periods/period.js";
import { taskSummaryText } from "../tasks/task-wording.js";
import { block, bold, italic, type RichText } from "../text/rich-text.js";
import { keepingConstants } from "../text/translate.js";
import type { BriefingModel } from "./briefing.js";
import type { MeetingFraming } from "./briefing-framing.js";
import { followedUpPeriod, followingPeriod } from "./briefing-period.js";
import { asSentence, lowerFirst, merged, phrases, upperFirst } from "./briefing-sentences.js";
import { limitations, opening } from "./briefing-totals-prose.js";
import { shortNameOf } from "./catalog-view.js";
import type { Translate } from "./report-data.js";

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
export function briefingBody(model: BriefingModel, translate: Translate): RichText {
  const t = keepingConstants(translate);
  const blocks: RichText = [];
  const meeting = model.framing?.meeting;
  if (meeting) blocks.push(block("paragraph", meetingText(model, meeting, t)));
  blocks.push(block("paragraph", opening(model, t)));
  // The tasks followed up were set in the previous period's reports.
  const previous = formatPeriod(followedUpPeriod(model.period), t);
  for (const section of model.sections) {
    const marks = [
      ...(section.late ? [t("reports-briefing-late")] : []),
      ...(section.source?.enteredBy !== undefined ? [t("reports-briefing-on-behalf", { by: section.source.enteredBy })] : []),
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

/**
 * "Ngày 28/11/2023, tại …, [Thường trực Tỉnh ủy tổ chức] Hội nghị giao ban … [được tổ chức] …. Đồng chí
 * … chủ trì Hội nghị; tham dự có …": the convener is the subject when the catalog names one, as the
 * published reports write it.
 */
function meetingText(model: BriefingModel, meeting: MeetingFraming, t: Translate): string {
  const sentences = [
    t("reports-briefing-meeting", {
      date: formatDate(meeting.at),
      place: meeting.place?.trim() || "none",
      convener: model.convener?.trim() || "none",
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
  return [figure, digits].some((form) => standsAlone(text, form));
}

/** Whether `form` occurs in `text` as a whole number: not inside a longer one ("1.250" is not in "11.250" or "1.250,5"). */
function standsAlone(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? "";
    const after = text.slice(at + form.length, at + form.length + 2);
    if (!/[\d.,]/.test(before) && !/^(\d|[.,]\d)/.test(after)) return true;
  }
  return false;
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
