import { findPeriods } from "../periods/parse-period.js";
import { type Period, quarterOf, samePeriod } from "../periods/period.js";
import { foldText } from "../text/fold.js";

/** "tính đến ngày 30/4/2024", "số liệu đến 15/6": the day the figures are counted to. */
const CUT_OFF = /\b(?:tinh|so lieu|cap nhat)?\s*den\s+(?:het\s+)?(?:ngay\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/g;
/** A word any period is named with ("quý", "Q3", "tháng", "năm", a year): text without one names none. */
export const PERIOD_WORD = /qu[ýíyi]|th[áa]ng|n[ăa]m|\b(?:19|20)\d\d\b|\bq\s*\.?\s*[1-4ivx]/i;
/** The line a report is addressed by ("Kính gửi: …"). */
const ADDRESS = /^\s*kinh gui\b/;
const YEAR = /\b(?:nam\s+|\/\s*)?(20\d{2})\b/;

/**
 * The periods a report names, its main one first: the first named in its title (the lines
 * before its first heading), else the first in its text, else the quarter of the day its
 * figures are counted to ("tính đến ngày 30/4/2024" is in quarter II). A period named without
 * its year takes the report's year (the first year its title, else its text, names); periods
 * named relative to a day ("quý tới", "năm nay") are the reader's to judge, not the report's,
 * unless `now` is given. Without a year anywhere and without `now`, none is read.
 */
export function readPeriods(lines: readonly string[], titleEnd: number, now?: Date): Period[] {
  // The address line ("Kính gửi: … (phục vụ hội nghị giao ban quý III/2025)") names the meeting
  // the report is sent to, whose quarter may be the next one: read after the title and the text.
  const isAddress = (line: string) => ADDRESS.test(foldText(line));
  const title = lines
    .slice(0, titleEnd)
    .filter((line) => !isAddress(line))
    .join("\n");
  const year = Number(YEAR.exec(foldText(title))?.[1] ?? lines.map((line) => YEAR.exec(foldText(line))?.[1]).find(Boolean) ?? Number.NaN);
  const reference = now ?? (Number.isNaN(year) ? undefined : new Date(Date.UTC(year, 11, 15)));
  if (!reference) return [];
  // The title is read whole (its period may be split over two lines), the rest line by line.
  const named = (text: string) =>
    !PERIOD_WORD.test(text)
      ? []
      : findPeriods(text, reference).flatMap((mention) => (now !== undefined || !mention.relative ? [mention.period] : []));
  const inTitle = quarterFirst(named(title));
  const inText = lines
    .slice(titleEnd)
    .filter((line) => !isAddress(line))
    .flatMap((line) => quarterFirst(named(line)));
  const inAddress = lines.filter(isAddress).flatMap((line) => named(line));
  const cutOffs = lines.flatMap((line) =>
    [...foldText(line).matchAll(CUT_OFF)].flatMap((match) => {
      if (Number(match[2]) < 1 || Number(match[2]) > 12) return [];
      const cutYear = match[3] ? Number(match[3]) : Number.isNaN(year) ? reference.getUTCFullYear() : year;
      return [quarterOf(cutYear, Math.ceil(Number(match[2]) / 3))];
    }),
  );
  const all = [...inTitle, ...inText, ...inAddress, ...cutOffs];
  return all.filter((period, index) => all.findIndex((earlier) => samePeriod(earlier, period)) === index);
}

/**
 * A title (or a line) naming a year and a quarter of it ("tổng kết năm 2025 (số liệu quý IV/2025)") reports
 * that quarter: the briefing is quarterly, the year is the frame of the document.
 */
function quarterFirst(periods: Period[]): Period[] {
  const [first] = periods;
  const quarter = periods.find((period) => period.kind === "quarter" && first?.kind === "year" && period.year === first.year);
  return quarter ? [quarter, ...periods.filter((period) => period !== quarter)] : periods;
}
