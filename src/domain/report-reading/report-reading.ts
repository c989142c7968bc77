import type { Period } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";

/**
 * What the reader of an organisation's own report needs to know of an indicator: the words a
 * report uses for it and its unit. Taken from the catalog; the reader never sees the database.
 */
export interface ReadableIndicator {
  code: string;
  name: string;
  aliases: readonly string[];
  /** The briefing phrase ("kết nạp {value} hội viên mới"), whose words a report often repeats. */
  phrase: string | undefined;
  unit: string;
  integer: boolean;
}

/**
 * A value found in the report for one indicator: exact (a decimal string, in the indicator's
 * unit, as the draft stores it), with the hedge written beside it and the sentence it came from,
 * which is always shown to the person beside the value.
 */
export interface FoundFigure {
  value: string;
  hedge: string | null;
  /** The number as written in the report ("2,5 tỷ đồng", "03 nhà"). */
  raw: string;
  /** The whole sentence (or table row) it was read from, trimmed, as in the report. */
  sentence: string;
}

/** A text section found under one of the headings these reports use, its numbering kept. */
export interface FoundText {
  text: string;
  /** The heading it was found under, as written ("II. Hạn chế, khó khăn"). */
  heading: string;
}

/**
 * The text of a report as the reader takes it: one paragraph per line, and a table row as one
 * line whose cells are separated by a tab. A Word file is turned into this by the channel's
 * document reader; pasted text already is it.
 */
export type ReportText = string;

/**
 * What the report proposes: per indicator the candidates found (none, one, or several, which the
 * person chooses between: never silently chosen), the text sections, and the periods it names.
 */
export interface ReportReading {
  figures: Record<string, FoundFigure[]>;
  texts: Partial<Record<TextSection, FoundText>>;
  /** The periods the report says it covers ("quý II/2020", "6 tháng đầu năm"), first the main one. */
  periods: Period[];
}

/**
 * Where a report's text came from: today a Word file or pasted text; a photo read by OCR later
 * would be a third kind feeding the same reader.
 */
export type ReportSource = { kind: "document"; fileName: string } | { kind: "pasted" };
