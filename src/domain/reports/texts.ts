import { formatPeriod } from "../periods/format-period.js";
import { type Period, periodKey, type Quarter } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";
import { block, italic, type RichText } from "../text/rich-text.js";
import { ReportIndex } from "./aggregate.js";
import { shortNameOf, sortedOrganisations } from "./catalog-view.js";
import { quartersOnRecord } from "./period-coverage.js";
import type { ReportData, ReportOrganisation, Translate } from "./report-data.js";

/** What a question about the reports' texts asks: which sections, of which organisations (empty: all), for a period. */
export interface TextsQuery {
  period: Period;
  organisationCodes: readonly string[];
  sections: readonly TextSection[];
}

/** One section as the organisations wrote it, attributed, and who wrote nothing or did not submit. */
export interface SectionTexts {
  section: TextSection;
  /** Each text with its organisation and quarter, and whether that report came late ("nộp muộn"). */
  texts: { organisation: ReportOrganisation; quarter: Quarter; text: string; late: boolean }[];
  /** Submitted for the period but wrote nothing in this section. */
  silent: ReportOrganisation[];
  notSubmitted: ReportOrganisation[];
}

/** The answer to a question about the texts, before wording. */
export interface TextsModel {
  period: Period;
  /** Whether the period has several quarters on record, so each text names its quarter. */
  byQuarter: boolean;
  sections: SectionTexts[];
}

/**
 * Collects what the organisations wrote in some sections of their reports for a period (the
 * current version of each, quarter by quarter), attributed to each organisation, with those
 * that wrote nothing there and those that have not submitted.
 */
export function compileTexts(data: ReportData, query: TextsQuery): TextsModel {
  const index = new ReportIndex(data);
  const quarters = quartersOnRecord(index, query.period);
  const organisations = sortedOrganisations(data).filter(
    (org) => query.organisationCodes.length === 0 || query.organisationCodes.includes(org.code),
  );
  const reportsOf = (organisation: ReportOrganisation) =>
    quarters.flatMap((quarter) => {
      const report = index.report(organisation.code, periodKey(quarter));
      return report ? [{ quarter, report }] : [];
    });
  return {
    period: query.period,
    byQuarter: quarters.length > 1,
    sections: query.sections.map((section) => {
      const entry: SectionTexts = { section, texts: [], silent: [], notSubmitted: [] };
      for (const organisation of organisations) {
        const reports = reportsOf(organisation);
        const written = reports.flatMap(({ quarter, report }) => {
          const text = report.texts[section]?.trim();
          return text ? [{ organisation, quarter, text, late: report.late === true }] : [];
        });
        if (reports.length === 0) entry.notSubmitted.push(organisation);
        else if (written.length === 0) entry.silent.push(organisation);
        else entry.texts.push(...written);
      }
      return entry;
    }),
  };
}

/** The texts as rich text: one heading per section, each text after its organisation, then who wrote nothing. */
export function renderTexts(model: TextsModel, t: Translate): RichText {
  const period = formatPeriod(model.period, t);
  return model.sections.flatMap((entry) => {
    const text: RichText = [block("heading", t("reports-texts-title", { section: t(`reports-section-${entry.section}`), period }))];
    if (entry.texts.length === 0 && entry.silent.length === 0) return [...text, block("line", t("reports-no-data", { period }))];
    for (const { organisation, quarter, text: written, late } of entry.texts) {
      const source = model.byQuarter ? `${shortNameOf(organisation)}, ${formatPeriod(quarter, t)}` : shortNameOf(organisation);
      text.push(block("item", italic(late ? `${source} ${t("reports-late")}` : source), `: ${written}`));
    }
    if (entry.silent.length > 0) text.push(block("line", italic(t("reports-texts-silent", { names: namesOf(entry.silent) }))));
    if (entry.notSubmitted.length > 0)
      text.push(block("line", italic(t("reports-texts-not-submitted", { names: namesOf(entry.notSubmitted) }))));
    return text;
  });
}

function namesOf(organisations: readonly ReportOrganisation[]): string {
  return organisations.map(shortNameOf).join(", ");
}
