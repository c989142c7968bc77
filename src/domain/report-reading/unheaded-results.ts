import type { Quarter } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";
import type { FoundText } from "./report-reading.js";

/** A line label that is a quarter alone ("Quý 3", "Quý III/2026", "Quý tới"), folded. */
const QUARTER_LABEL = /^quy (?:(\d|iv|i{1,3})(?: ?[/-] ?(\d{4})| nam (\d{4}))?|toi|sau|tiep theo)$/;
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Whether a line's label (folded, before its colon) names the quarter after the report's
 * ("- Quý 3: tổ chức sinh hoạt hè…" in a report of quarter II, or "Quý tới: …"): what is planned
 * for it, the next tasks. A label naming the report's own quarter is its results, not this.
 */
export function namesNextQuarter(label: string, next: Quarter | undefined): boolean {
  const match = QUARTER_LABEL.exec(label);
  if (!match) return false;
  if (match[1] === undefined) return true;
  const quarter = ROMAN[match[1]] ?? Number(match[1]);
  const year = match[2] ?? match[3];
  return next !== undefined && quarter === next.quarter && (year === undefined || Number(year) === next.year);
}

/** A list item: "- …", "+ …", "• …". */
const LIST_ITEM = /^\s*[-–•*+]\s*/;

/**
 * The results of a short report without a results heading (a chat message: "- Kết nạp 14 ĐV
 * mới…", "- Ra quân 3 đợt…", then "- Khó khăn: …"): the list items a line ending in a colon
 * introduces ("…gửi báo cáo nhanh quý 2/2026 ạ:", their heading), up to its first labelled
 * section. Undefined when the report has no such items or no labelled section after them; a
 * title line without a colon ("BÁO CÁO NHANH …") introduces no results of its own.
 */
export function unheadedResults(lines: readonly string[], lineSections: readonly (TextSection | undefined)[]): FoundText | undefined {
  const first = lineSections.findIndex((section) => section !== undefined);
  if (first <= 1) return undefined;
  const items = lines.slice(1, first).filter((line) => LIST_ITEM.test(line));
  const start = lines.findIndex((line, index) => index > 0 && LIST_ITEM.test(line));
  if (items.length === 0 || items.length !== first - start) return undefined;
  const intro = lines[start - 1]?.trim() ?? "";
  return intro.endsWith(":") ? { text: items.map((line) => line.trim()).join("\n"), heading: intro } : undefined;
}
