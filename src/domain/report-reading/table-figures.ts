import { findPeriods } from "../periods/parse-period.js";
import { type Period, samePeriod } from "../periods/period.js";
import { foldText } from "../text/fold.js";
import { bestProposals, type Proposal, valuesIn } from "./figure-candidates.js";
import { findMentions } from "./figure-mentions.js";
import { type IndicatorWords, LEAST_SCORE, scoreName } from "./indicator-words.js";

/** What a table's column holds, as its header names it. */
type Column = "name" | "unit" | "order" | "current" | "other_period" | "figures";

const UNIT_HEADER = /^(?:dvt|don vi tinh|don vi|dv tinh|dv)$/;
const ORDER_HEADER = /^(?:stt|tt|so tt|so thu tu)$/;
/** Columns of another period, a target or a change: never this quarter's figure. */
const OTHER_HEADER =
  /cung ky|truoc|nam ngoai|ke hoach|chi tieu (?:giao|nam|ke hoach)|luy ke|so sanh|tang|giam|chenh lech|ghi chu|ty le so voi/;
const CURRENT_HEADER = /\b(?:quy nay|trong quy|thuc hien|ket qua|so lieu|quy bao cao|ky bao cao)\b/;

/**
 * The figures of a table (rows of tab-separated cells): in each row, the indicator its name
 * cells name and the value in this quarter's column, taken from the header when one names the
 * columns ("Quý này" beside "Cùng kỳ", or the report's period), with the unit of a "ĐVT" column.
 */
export function tableFigures(rows: readonly string[], indicators: readonly IndicatorWords[], period: Period | undefined): Proposal[] {
  let columns: Column[] = [];
  const proposals: Proposal[] = [];
  for (const row of rows) {
    const cells = row.split("\t").map((cell) => cell.trim());
    if (cells.every((cell) => findMentions(cell).length === 0)) {
      columns = cells.map((cell) => columnOf(cell, period));
      continue;
    }
    proposals.push(...rowFigures(row, cells, columns, indicators));
  }
  return proposals;
}

function columnOf(header: string, period: Period | undefined): Column {
  const folded = foldText(header)
    .replace(/[^\p{L}\p{N}\s/]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (UNIT_HEADER.test(folded)) return "unit";
  if (ORDER_HEADER.test(folded)) return "order";
  if (OTHER_HEADER.test(folded)) return "other_period";
  const reference = period ? new Date(Date.UTC(period.year, 11, 15)) : undefined;
  const named = reference ? findPeriods(header, reference).flatMap((mention) => (mention.relative ? [] : [mention.period])) : [];
  if (period && named.some((other) => samePeriod(other, period))) return "current";
  if (named.length > 0) return "other_period";
  if (CURRENT_HEADER.test(folded)) return "current";
  return "name";
}

function rowFigures(row: string, cells: readonly string[], header: readonly Column[], indicators: readonly IndicatorWords[]): Proposal[] {
  // A cell of a figure: a number and at most its unit ("1.255", "12,75 tỷ đồng", "03 căn").
  const numeric = cells.map((cell) => findMentions(cell).length > 0 && (foldText(cell).match(/\p{L}+/gu)?.length ?? 0) <= 3);
  const column = (index: number): Column => header[index] ?? (numeric[index] ? "figures" : "name");
  // A first cell of a small whole number before the name is the row's order ("1", "2").
  const ordered = header.length === 0 && /^\d{1,2}\.?$/.test(cells[0] ?? "") && cells.length > 2;
  const kinds = cells.map((_, index) => (ordered && index === 0 ? "order" : column(index)));
  const name = cells.filter((_, index) => kinds[index] === "name" && !numeric[index]).join(" ");
  const unit = cells.find((_, index) => kinds[index] === "unit") ?? "";
  const valueAt = [
    kinds.indexOf("current"),
    kinds.findIndex((kind, index) => (kind === "figures" || kind === "name") && numeric[index]),
  ].find((index) => index >= 0 && numeric[index]);
  const cell = valueAt === undefined ? undefined : cells[valueAt];
  if (!cell || !name) return [];
  const scored = indicators.flatMap((words) => {
    const read = valuesIn(unit ? `${cell} ${unit}` : cell, words.indicator);
    if (read === undefined || read === "no_figure") return [];
    const unitNamed = unit !== "" && foldText(unit) === words.unitWords.join(" ") ? words.unitWeight : 0;
    const score = scoreName(words, name) + unitNamed;
    return score >= LEAST_SCORE ? [{ words, read, score }] : [];
  });
  return bestProposals(scored, () => ({ raw: cell, sentence: row.trim() }));
}
