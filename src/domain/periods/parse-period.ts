import { foldText } from "../text/fold.js";
import { currentQuarter, type Period, previousQuarter, type Quarter, quarterOf } from "./period.js";

/** A period named in a text, where it was named, and whether it was named relative to now. */
export interface PeriodMention {
  period: Period;
  /** Position in the folded text, to tell the first period of a comparison from the second. */
  index: number;
  /** "quý trước", "năm ngoái", "cả năm": named only relative to now, with no number. */
  relative: boolean;
}

const QUARTER_NUMBERS: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  mot: 1,
  nhat: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
};

/** "quý", also spelled "quí"/"qui", typed "quys" when the keyboard's Telex conversion is off, or "Q". */
const QUARTER_WORD = String.raw`\b(?:qu[iy]s?|q)`;
/**
 * A year after a period, in named groups: "/2023", "-23" (numeric), ".2023" (dotted), " 2023",
 * "năm 2023" (full), "năm 23" (short), "năm ngoái" (relative). Two digits only after a slash or a
 * dash, or after "năm": "quý 4. 25 đơn vị" is not 2025.
 */
const YEAR = String.raw`\s*(?:[/-]\s*(?<numeric>\d{4}|\d{2})|\.\s*(?<dotted>\d{4}))\b|\s*,?\s*(?:nam\s+)?(?<full>\d{4})\b|\s+nam\s+(?<short>\d{2})\b|\s+nam\s+(?<relative>nay|hien tai|ngoai|truoc|qua|roi)\b`;
/** Years named relative to now, by how many years before the current one. */
const RELATIVE_YEARS: Readonly<Record<string, number>> = { nay: 0, "hien tai": 0, qua: 0, ngoai: 1, truoc: 1, roi: 1 };

/**
 * What looks like a period but is not one, blanked before reading: "cùng kỳ (năm trước)" is a
 * comparison; a date or a month ("tháng 12/2024") is not a reporting period, and its year must
 * not be read as the whole year; a term or a range ("nhiệm kỳ 2024-2029", "năm 2023-2024") is
 * not one year.
 */
const NOT_PERIODS = [
  /\bcung ky(?: nam (?:truoc|ngoai))?\b/g,
  /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})\b/g,
  /\bthang\s+(?:1[0-2]|0?[1-9])(?:\s*[/.-]\s*(?:\d{4}|\d{2})|\s*,?\s*(?:nam\s+)?\d{4}|\s+nam\s+\d{2})?\b/g,
  /\b(?:(?:nhiem ky|giai doan|nam)\s+)?\d{4}\s*[-–—]\s*(?:\d{4}|\d{2})\b/g,
  /\btu\s+(?:nam\s+)?\d{4}\s+den\s+(?:nam\s+)?\d{4}\b/g,
];

/** The year a period's text names, or undefined when it names none. */
function namedYear(groups: Record<string, string | undefined>, current: Quarter): number | undefined {
  const digits = groups.numeric ?? groups.dotted ?? groups.full ?? groups.short;
  if (digits) return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  const relative = groups.relative;
  return relative === undefined ? undefined : current.year - (RELATIVE_YEARS[relative] ?? 0);
}

/** The year of a period named without one: the most recent such period that has begun. */
function latestBegun(firstQuarter: number, current: Quarter): number {
  return firstQuarter <= current.quarter ? current.year : current.year - 1;
}

/**
 * Finds every period named in a text, as people write them with or without diacritics:
 * "quý IV/2023", "quý 4 năm 2023", "quý 3.2023", "quí 4", "Q4", "Q.IV", "quý ba", "quý 4 năm
 * ngoái", "quý này", "quý trước", "quý vừa rồi", "quý tới", "3 tháng đầu năm", "6 tháng đầu
 * năm", "9 tháng", "năm 2023", "năm ngoái", "cả năm". A period without a year is the most
 * recent such period that has begun. "Cùng kỳ", months, dates and ranges of years are skipped.
 */
export function findPeriods(text: string, now: Date, timeZone = "Asia/Ho_Chi_Minh"): PeriodMention[] {
  // Blank out what must not be read as a period, keeping positions.
  const blank = (match: string) => " ".repeat(match.length);
  let folded = NOT_PERIODS.reduce((rest, pattern) => rest.replace(pattern, blank), foldText(text));
  const current = currentQuarter(now, timeZone);
  const mentions: PeriodMention[] = [];
  const take = (pattern: RegExp, read: (match: RegExpExecArray) => Omit<PeriodMention, "index"> | undefined) => {
    for (const match of folded.matchAll(pattern)) {
      const mention = read(match);
      if (!mention) continue;
      mentions.push({ ...mention, index: match.index });
      folded = folded.slice(0, match.index) + blank(match[0]) + folded.slice(match.index + match[0].length);
    }
  };
  const yearOf = (match: RegExpExecArray, firstQuarter: number) =>
    namedYear(match.groups ?? {}, current) ?? latestBegun(firstQuarter, current);
  const quarter = (year: number, number: number): Omit<PeriodMention, "index"> => ({ period: quarterOf(year, number), relative: false });

  take(new RegExp(String.raw`${QUARTER_WORD}\s*\.?\s*(iv|iii|ii|i|0?[1-4]|mot|nhat|hai|ba|bon|tu)\b(?:${YEAR})?`, "g"), (match) => {
    const number = QUARTER_NUMBERS[(match[1] ?? "").replace(/^0/, "")];
    return number ? quarter(yearOf(match, number), number) : undefined;
  });
  take(new RegExp(String.raw`${QUARTER_WORD}\s+(nay|hien tai|truoc|vua qua|vua roi|qua|roi|toi|sau|ke tiep)\b`, "g"), (match) => {
    const word = match[1] ?? "";
    const period: Quarter = ["nay", "hien tai"].includes(word)
      ? current
      : ["toi", "sau", "ke tiep"].includes(word)
        ? quarterOf(current.year, current.quarter + 1)
        : previousQuarter(current);
    return { period, relative: true };
  });
  // The first or last three months of a year are its first or last quarter.
  take(new RegExp(String.raw`\b(?:3|ba) thang (dau|cuoi)(?:${YEAR}| nam\b)?`, "g"), (match) => {
    const number = match[1] === "cuoi" ? 4 : 1;
    return quarter(yearOf(match, number), number);
  });
  const half = (match: RegExpExecArray): Omit<PeriodMention, "index"> => {
    const number = match[1] === "cuoi" ? 2 : 1;
    return { period: { kind: "half", year: yearOf(match, number === 1 ? 1 : 3), half: number }, relative: false };
  };
  take(new RegExp(String.raw`\b(?:6|sau) thang(?: (dau|cuoi))?(?:${YEAR}| nam\b)?`, "g"), half);
  take(new RegExp(String.raw`\bnua (dau|cuoi)(?:${YEAR}| nam\b)`, "g"), half);
  take(new RegExp(String.raw`\b(?:9|chin) thang(?: dau)?(?:${YEAR}| nam\b)?`, "g"), (match) => ({
    period: { kind: "nine_months", year: yearOf(match, 1) },
    relative: false,
  }));
  take(/\b(?:ca )?nam (nay|hien tai|ngoai|truoc|qua|roi)\b/g, (match) => ({
    period: { kind: "year", year: current.year - (RELATIVE_YEARS[match[1] ?? ""] ?? 0) },
    relative: true,
  }));
  take(/\b(?:(?:ca )?nam\s+(\d{2})|(?:(?:ca )?nam\s+)?(20\d{2}))\b/g, (match) => ({
    period: { kind: "year", year: match[1] ? 2000 + Number(match[1]) : Number(match[2]) },
    relative: false,
  }));
  take(/\bca nam\b/g, () => ({ period: { kind: "year", year: current.year }, relative: true }));
  return mentions.sort((a, b) => a.index - b.index);
}

/** The first period named in a text, or null when none is. */
export function parsePeriod(text: string, now: Date, timeZone?: string): { period: Period } | null {
  const first = findPeriods(text, now, timeZone)[0];
  return first ? { period: first.period } : null;
}
