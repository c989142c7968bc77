import { TZDate } from "@date-fns/tz";
import { Decimal } from "decimal.js";
import { figureStyle, indicatorName, unitName } from "../numbers/figure-wording.js";
import { formatNumber } from "../numbers/format-number.js";
import { formatPeriod } from "../periods/format-period.js";
import type { Period } from "../periods/period.js";
import type { RichText } from "../text/rich-text.js";
import { ReportIndex } from "./aggregate.js";
import type { BriefingModel } from "./briefing.js";
import { comparisonPeriod, completeValue, periodFileKey } from "./briefing-period.js";
import { briefingBody } from "./briefing-prose.js";
import { upperFirst } from "./briefing-sentences.js";
import { indicatorsOf, sortedOrganisations } from "./catalog-view.js";
import type { ReportData, Translate } from "./report-data.js";

/** A row of the annex: an organisation's heading row, or one indicator's figures. */
export interface AnnexRow {
  cells: string[];
  /** True for an organisation's row, which spans the table and is bold. */
  group: boolean;
}

/**
 * The briefing as an official document (Decree 30/2020, Phụ lục I), described as plain text
 * and roles, so any writer (Word now, another format later) lays it out the same way and tests
 * read its content without opening a file.
 */
export interface BriefingDocument {
  /** The issuing body, upper case: the superior line and the body itself. */
  issuer: { above: string; body: string };
  motto: { nation: string; slogan: string };
  number: string;
  placeAndDate: string;
  title: string;
  subtitle: string;
  /** The briefing's body, the same blocks the chat shows: headings bold, paragraphs justified and indented, items. */
  paragraphs: RichText;
  /**
   * The annex: its title, what it holds, which document it comes with ("(Kèm theo Báo cáo số …
   * ngày … của …)", as the decree has an annex say), and the line of the body that points to it.
   */
  annex: { title: string; subtitle: string; reference: string; pointer: string; header: string[]; rows: AnnexRow[] };
  signature: { capacity: string; role: string; name: string };
  recipients: { heading: string; lines: string[] };
  /** A file name without extension, ASCII only, for every file of this briefing. */
  fileName: string;
}

/** What the document says about who issues it and when: the bloc's framing. */
export interface DocumentFraming {
  /** The place in the date line ("Gia Lai"). */
  place: string;
  /** When it is dated, read in `timeZone`. */
  date: Date;
  timeZone: string;
  /** Who signs, when known; the line stays for a hand signature otherwise. */
  signerName?: string | undefined;
}

/**
 * Turns a compiled briefing into the official document: header, number, place and date, title,
 * the briefing's body as the chat shows it (the same blocks, so markers added to the briefing
 * reach the document too), an annex with every organisation's figures for the period beside the
 * period it is compared with and the change, the signature and the recipients.
 */
export function briefingDocument(model: BriefingModel, data: ReportData, framing: DocumentFraming, t: Translate): BriefingDocument {
  const upper = (text: string) => text.toLocaleUpperCase("vi");
  const day = new TZDate(framing.date, framing.timeZone);
  const period = formatPeriod(model.period, t);
  const date = {
    day: String(day.getDate()).padStart(2, "0"),
    month: String(day.getMonth() + 1).padStart(day.getMonth() + 1 < 3 ? 2 : 1, "0"),
    year: String(day.getFullYear()),
  };
  // The issuer from the larger body to the one that issues, as Vietnamese headers run.
  const issuer = { above: t("docs-issuer-above", { area: model.areaName }), body: t("docs-issuer") };
  return {
    issuer: { above: upper(issuer.above), body: upper(issuer.body) },
    motto: { nation: t("docs-nation"), slogan: t("docs-slogan") },
    number: t("docs-number"),
    placeAndDate: t("docs-place-date", { place: framing.place, ...date }),
    title: upper(t("docs-title")),
    subtitle: t("reports-briefing-title", { area: model.areaName, period }),
    paragraphs: briefingBody(model, t),
    annex: {
      title: upper(t("docs-annex-title")),
      subtitle: t("docs-annex-subtitle", { period, previous: formatPeriod(comparisonPeriod(model.period), t) }),
      reference: t("docs-annex-reference", { ...date, ...issuer }),
      pointer: t("docs-annex-pointer"),
      header: annexHeader(model.period, t),
      rows: annexRows(data, model.period, t),
    },
    signature: { capacity: upper(t("docs-signature-capacity")), role: upper(t("docs-signature-role")), name: framing.signerName ?? "" },
    recipients: { heading: t("docs-recipients"), lines: t("docs-recipient-lines").split("\n") },
    fileName: `bao-cao-${periodFileKey(model.period)}`,
  };
}

function annexHeader(period: Period, t: Translate): string[] {
  return [
    t("docs-annex-number"),
    t("docs-annex-indicator"),
    t("docs-annex-unit"),
    upperFirst(formatPeriod(period, t)),
    upperFirst(formatPeriod(comparisonPeriod(period), t)),
    t("docs-annex-change"),
  ];
}

/**
 * Every organisation, in the bloc's order, with each indicator it reports: the period's
 * figure, the comparison period's (`comparisonPeriod`) and the change, in Vietnamese figures ("42.489", "+1.327");
 * a figure not given is a dash, and so is a change without both figures.
 */
export function annexRows(data: ReportData, period: Period, t: Translate): AnnexRow[] {
  const index = new ReportIndex(data);
  const [current, previous] = [period, comparisonPeriod(period)];
  const style = figureStyle(t);
  const figure = (value: Decimal | null) => (value === null ? "—" : formatNumber(value, style));
  return sortedOrganisations(data).flatMap((organisation, position) => {
    const rows = indicatorsOf(data, organisation.code).map((indicator, line): AnnexRow => {
      const now = index.value(organisation.code, indicator.code, indicator.kind, current).value;
      const before = index.value(organisation.code, indicator.code, indicator.kind, previous).value;
      // A change only between whole figures: a flow with a quarter missing is not compared.
      const [whole, wholeBefore] = [current, previous].map((compared) => completeValue(index, organisation.code, indicator, compared));
      const change = whole && wholeBefore ? new Decimal(whole).minus(wholeBefore) : null;
      return {
        cells: [
          `${position + 1}.${line + 1}`,
          indicatorName(indicator, t),
          unitName(indicator.unit, t),
          figure(now),
          figure(before),
          change === null ? "—" : `${change.greaterThan(0) ? "+" : ""}${formatNumber(change, style)}`,
        ],
        group: false,
      };
    });
    return [{ cells: [String(position + 1), organisation.name, "", "", "", ""], group: true }, ...rows];
  });
}

/**
 * The place a document is dated at, from the area's name: "tỉnh Gia Lai" → "Gia Lai". An area
 * that names only its level ("tỉnh", as the built-in catalog's) leaves the dotted blank the
 * decree's templates have, for the clerk to fill in, rather than "tỉnh, ngày …".
 */
export function placeName(area: string): string {
  const place = area.replace(/^(tỉnh|thành phố|tp\.?|xã|phường|đặc khu)(\s+|$)/iu, "").trim();
  return place || "……";
}
