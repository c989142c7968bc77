import { foldText } from "../text/fold.js";
import { currentQuarter, type Period, type Quarter, quarterOf, quarterRange, samePeriod } from "./period.js";

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
/** A quarter's number: Roman, digits ("04" too) or a word. */
const QUARTER_NUMBER = String.raw`(?:iv|iii|ii|i|0?[1-4]|mot|nhat|hai|ba|bon|tu)\b`;
/** What joins the quarters of a list: "quý I, II", "quý 3 và 4". */
const LIST_JOINER = String.raw`\s*(?:,|va|and|&)\s*`;
/** Nothing but a list's joiner between two periods. */
const JOINED = new RegExp(`^${LIST_JOINER}$`);
/** Words naming a year relative to now after "năm"; "trc" is chat for "trước". */
const RELATIVE_YEAR = "nay|hien tai|ngoai|truoc nua|truoc|trc|vua qua|vua roi|qua|roi|kia";
/**
 * A year after a period, in named groups: "/2023", "-23", ".24" (numeric), ". 2023" (dotted),
 * " 2023", ", năm 2023", " - năm 2023", " của năm 2023" (full), "năm 23" (short), "năm ngoái"
 * (relative). Two digits only right after a slash, a dash or a dot, or after "năm": "quý 4. 25
 * đơn vị" is not 2025.
 */
const YEAR = String.raw`(?:\s*[/-]\s*|\.)(?<numeric>\d{4}|\d{2})\b|\s*\.\s*(?<dotted>\d{4})\b|\s*[,-]?\s*(?:(?:cua\s+)?nam\s+)?(?<full>\d{4})\b|\s*[,-]?\s*(?:cua\s+)?nam\s+(?:(?<short>\d{2})|(?<relative>${RELATIVE_YEAR}))\b`;

/**
 * What looks like a period but is not one, blanked before reading: "cùng kỳ (năm trước)" is a
 * comparison; a date or a month ("tháng 12/2024") is not a reporting period, and its year must
 * not be read as the whole year, nor must the year of a quarter that does not exist ("quý
 * 5/2024"); a term or a range ("nhiệm kỳ 2024-2029", "năm 2023-2024") is not one year.
 */
const NOT_PERIODS = [
  /\bcung k[yi](?: nam (?:truoc|ngoai))?\b/g,
  /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})\b/g,
  /\bthang\s+(?:1[0-2]|0?[1-9])(?:\s*[/.-]\s*(?:\d{4}|\d{2})|\s*,?\s*(?:nam\s+)?\d{4}|\s+nam\s+\d{2})?\b/g,
  new RegExp(String.raw`${QUARTER_WORD}\s*\.?\s*(?!0?[1-4]\b)\d{1,2}\b(?:${YEAR})?`, "g"),
  /\b(?:(?:nhiem ky|giai doan|nam)\s+)?\d{4}\s*[-–—]\s*(?:\d{4}|\d{2})\b/g,
  /\btu\s+(?:nam\s+)?\d{4}\s+den\s+(?:nam\s+)?\d{4}\b/g,
];

/**
 * The year a relative word names. "Năm qua" is the year just past, except in a year's last
 * quarter, when its report is being written and "năm qua" is the year ending.
 */
function relativeYear(word: string, current: Quarter): number {
  if (["nay", "hien tai"].includes(word)) return current.year;
  if (["kia", "truoc nua"].includes(word)) return current.year - 2;
  if (["qua", "vua qua", "vua roi"].includes(word)) return current.quarter === 4 ? current.year : current.year - 1;
  return current.year - 1;
}

/** The year a period's text names, or undefined when it names none. */
function namedYear(groups: Record<string, string | undefined>, current: Quarter): number | undefined {
  const digits = groups.numeric ?? groups.dotted ?? groups.full ?? groups.short;
  if (digits) return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return groups.relative === undefined ? undefined : relativeYear(groups.relative, current);
}

/** The year of a period named without one: the most recent such period that has begun. */
function latestBegun(firstQuarter: number, current: Quarter): number {
  return firstQuarter <= current.quarter ? current.year : current.year - 1;
}

/** A period being read: where its text ends, and whether its year was only guessed. */
interface Reading extends PeriodMention {
  end: number;
  yearless: boolean;
}
/** What a match reads, `offset` characters into the match (a list names several periods). */
type Read = Omit<Reading, "index" | "end"> & { offset?: number };

/**
 * Finds every period named in a text, as people write them with or without diacritics:
 * "quý IV/2023", "quý 4 năm 2023", "quý 3.2023", "QIII.24", "quí 4", "Q4", "Q.IV", "quý ba",
 * "quý 4 năm ngoái", "quý 4 của năm 2024", "năm 2024, quý IV", "quý I, II năm 2024", "quý
 * này", "quý trước (nữa)", "quý vừa rồi", "quý tới", "3 tháng đầu năm", "6 tháng đầu năm",
 * "nửa năm đầu", "9 tháng", "3 quý đầu năm", "năm 2023", "năm ngoái", "năm kia", "cả năm". A period without a
 * year takes the year named right before it, or after the list it ends ("quý 3 và quý 4 năm
 * 2024"), else it is the most recent such period that has begun. "Cùng kỳ", months, dates and
 * ranges of years are skipped.
 */
export function findPeriods(text: string, now: Date, timeZone = "Asia/Ho_Chi_Minh"): PeriodMention[] {
  // Blank out what must not be read as a period, keeping positions.
  const blank = (match: string) => " ".repeat(match.length);
  const cleaned = NOT_PERIODS.reduce((rest, pattern) => rest.replace(pattern, blank), foldText(text));
  let folded = cleaned;
  const current = currentQuarter(now, timeZone);
  const readings: Reading[] = [];
  const take = (pattern: RegExp, read: (match: RegExpExecArray) => Read | Read[] | undefined) => {
    for (const match of folded.matchAll(pattern)) {
      for (const { offset = 0, ...reading } of [read(match) ?? []].flat()) {
        readings.push({ ...reading, index: match.index + offset, end: match.index + match[0].length });
      }
      folded = folded.slice(0, match.index) + blank(match[0]) + folded.slice(match.index + match[0].length);
    }
  };
  const dated = (match: RegExpExecArray, firstQuarter: number, periodIn: (year: number) => Period): Read => {
    const year = namedYear(match.groups ?? {}, current);
    return { period: periodIn(year ?? latestBegun(firstQuarter, current)), relative: false, yearless: year === undefined };
  };
  const quarter = (match: RegExpExecArray, word: string): Read => {
    const number = QUARTER_NUMBERS[word.replace(/^0/, "")] ?? 1;
    return dated(match, number, (year) => quarterOf(year, number));
  };
  // The first or last n quarters of a year: "2 quý đầu năm" is the first half, "3 quý đầu năm"
  // the first nine months, "3 quý cuối năm" quarters II–IV, "cả 4 quý" the year.
  const quarterCount = (match: RegExpExecArray): Read | undefined => {
    const count = QUARTER_NUMBERS[(match[1] ?? "").replace(/^ca /, "")] ?? 0;
    if (count < 2 || count > 4) return undefined;
    const from = (match[2] === "cuoi" ? 5 - count : 1) as 1 | 2 | 3 | 4;
    return dated(match, from, (year) => quarterRange(year, from, (from + count - 1) as 1 | 2 | 3 | 4));
  };

  // Only a list followed by a year is read as one: "quý 4, 2 đơn vị chưa nộp" is not quarters 4 and 2.
  take(new RegExp(String.raw`${QUARTER_WORD}\s*\.?\s*${QUARTER_NUMBER}(?:${LIST_JOINER}${QUARTER_NUMBER})+(?:${YEAR})`, "g"), (match) =>
    [...match[0].matchAll(new RegExp(String.raw`(?:^${QUARTER_WORD}\s*\.?\s*|${LIST_JOINER})(${QUARTER_NUMBER})`, "g"))].map((item) => ({
      ...quarter(match, item[1] ?? ""),
      // The first where "quý" is, as a lone quarter; the others at their number, right after "và".
      offset: item.index === 0 ? 0 : item.index + item[0].length - (item[1] ?? "").length,
    })),
  );
  take(
    new RegExp(String.raw`(?<!${QUARTER_WORD}\s*\.?\s*)\b(2|hai|3|ba|4|bon|ca 4|ca bon) quy(?: (dau|cuoi))?(?:${YEAR}| nam\b)?`, "g"),
    quarterCount,
  );
  take(new RegExp(String.raw`${QUARTER_WORD}\s*\.?\s*(${QUARTER_NUMBER})(?:${YEAR})?`, "g"), (match) => quarter(match, match[1] ?? ""));
  take(
    new RegExp(String.raw`${QUARTER_WORD}\s+(nay|hien tai|truoc nua|trc nua|truoc|trc|vua qua|vua roi|qua|roi|toi|sau|ke tiep)\b`, "g"),
    (match) => {
      const word = match[1] ?? "";
      const step = ["nay", "hien tai"].includes(word) ? 0 : ["toi", "sau", "ke tiep"].includes(word) ? 1 : word.endsWith("nua") ? -2 : -1;
      return { period: quarterOf(current.year, current.quarter + step), relative: true, yearless: false };
    },
  );
  // The first or last three months of a year are its first or last quarter.
  take(new RegExp(String.raw`\b(?:3|ba) thang (dau|cuoi)(?:${YEAR}| nam\b)?`, "g"), (match) =>
    quarter(match, match[1] === "cuoi" ? "4" : "1"),
  );
  const half = (match: RegExpExecArray): Read => {
    const number = match[1] === "cuoi" ? 2 : 1;
    return dated(match, number === 1 ? 1 : 3, (year) => ({ kind: "half", year, half: number }));
  };
  take(new RegExp(String.raw`\b(?:6|sau) thang(?: (dau|cuoi))?(?:${YEAR}| nam\b)?`, "g"), half);
  take(new RegExp(String.raw`\bnua (dau|cuoi)(?:${YEAR}| nam\b)`, "g"), half);
  take(new RegExp(String.raw`\bnua nam (dau|cuoi)(?:${YEAR})?`, "g"), half);
  take(new RegExp(String.raw`\b(?:9|chin) thang(?: dau)?(?:${YEAR}| nam\b)?`, "g"), (match) =>
    dated(match, 1, (year) => ({ kind: "nine_months", year })),
  );
  take(new RegExp(String.raw`\b(?:ca )?nam (${RELATIVE_YEAR})\b`, "g"), (match) => ({
    period: { kind: "year", year: relativeYear(match[1] ?? "", current) },
    relative: true,
    yearless: false,
  }));
  // After "năm" any year is one, even one that cannot have figures ("năm 3000"); alone, only 20xx.
  take(/\b(?:(?:ca )?nam\s+(\d{4}|\d{2})|(20\d{2}))\b/g, (match) => ({
    period: { kind: "year", year: match[1]?.length === 2 ? 2000 + Number(match[1]) : Number(match[1] ?? match[2]) },
    relative: false,
    yearless: false,
  }));
  take(/\bca nam\b/g, () => ({ period: { kind: "year", year: current.year }, relative: true, yearless: false }));
  return yearsShared(
    readings.sort((a, b) => a.index - b.index),
    cleaned,
  ).map(({ period, index, relative }) => ({ period, index, relative }));
}

/**
 * Gives a year to the periods named without one next to it: "năm 2024, quý IV" is one period,
 * Q4/2024; in "quý 3 và quý 4 năm 2024" the year is both quarters' (unless that would make
 * them the same: "quý 4 và quý 4 năm ngoái").
 */
function yearsShared(readings: Reading[], folded: string): Reading[] {
  const between = (a: Reading, b: Reading) => folded.slice(a.end, b.index);
  const merged: Reading[] = [];
  for (const reading of readings) {
    const year = merged.at(-1);
    if (year?.period.kind === "year" && reading.yearless && /^\s*[,-]?\s*$/.test(between(year, reading))) {
      merged[merged.length - 1] = { ...reading, period: { ...reading.period, year: year.period.year }, index: year.index, yearless: false };
    } else merged.push(reading);
  }
  for (let index = merged.length - 2; index >= 0; index -= 1) {
    const [reading, next] = [merged[index], merged[index + 1]];
    if (!reading?.yearless || !next || next.yearless || next.relative || next.period.kind === "year") continue;
    if (!JOINED.test(between(reading, next))) continue;
    const period = { ...reading.period, year: next.period.year };
    if (!samePeriod(period, next.period)) merged[index] = { ...reading, period, yearless: false };
  }
  return merged;
}

/** The first period named in a text, or null when none is. */
export function parsePeriod(text: string, now: Date, timeZone?: string): { period: Period } | null {
  const first = findPeriods(text, now, timeZone)[0];
  return first ? { period: first.period } : null;
}

/** A quarter number that does not exist ("quý 5", "Q0"): none is read as a period, and the person is told. */
const NONEXISTENT_QUARTER = new RegExp(String.raw`${QUARTER_WORD}\s*\.?\s*(?!0?[1-4]\b)(\d{1,2})\b`, "g");

/** The quarter numbers a text names that no year has ("quý 5", "quy 0"), as typed. */
export function findNonexistentQuarters(text: string): string[] {
  return [...foldText(text).matchAll(NONEXISTENT_QUARTER)].map((match) => match[1] ?? "");
}
