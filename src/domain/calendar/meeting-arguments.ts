import { TZDate } from "@date-fns/tz";
import { periodKey, type Quarter, quarterOf } from "../periods/period.js";

/** What `/lichhop …` asks to set: the meeting's moment, the quarter it takes and the period it reviews. */
export interface MeetingArguments {
  quarter: Quarter;
  /** The quarter's key, or "YYYY-H1" for "6 tháng", "YYYY" for the year's review. */
  reviewsKey: string;
  at: Date;
  hasTime: boolean;
  place: string | null;
  chair: string | null;
}

/** Why `/lichhop …` could not be read: no date, or a date or time that does not exist. */
export type MeetingArgumentsError = "no-date" | "bad-date" | "bad-time";

/**
 * Folds each character on its own (lower case, no diacritics, đ → d) so positions in the
 * folded text are positions in the original: keywords are found folded, values kept as typed.
 */
function foldInPlace(text: string): string {
  return [...text].map((char) => char.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase()[0] ?? char).join("");
}

/**
 * Reads the arguments of `/lichhop`: "28/11", "28/11/2023 8h30", "quý 4 28/11", "6 tháng 25/6",
 * "tổng kết năm 20/12", "… tại Hội trường A", "… chủ trì: đồng chí X", with or without
 * diacritics. A date without a year is the one nearest to `now`; a bare date takes the quarter
 * `meetingQuarter` gives it.
 */
export function parseMeetingArguments(text: string, now: Date, timeZone: string): MeetingArguments | MeetingArgumentsError {
  const original = [...text.normalize("NFC")].join("");
  const folded = foldInPlace(original);
  // Place and chair run to the other keyword or the end: cut them off first, so their words
  // (a hall's number, a name) are not read as a date or a time.
  const placeAt = /(?:^|\s)tai\s+/.exec(folded);
  const chairAt = /(?:^|\s)chu tri\s*:?\s*/.exec(folded);
  const valueAfter = (match: RegExpExecArray | null, other: RegExpExecArray | null): string | null => {
    if (!match) return null;
    const start = match.index + match[0].length;
    const end = other && other.index > match.index ? other.index : original.length;
    const value = original
      .slice(start, end)
      .trim()
      .replace(/[,;.]$/, "")
      .trim();
    return value || null;
  };
  const place = valueAfter(placeAt, chairAt);
  const chair = valueAfter(chairAt, placeAt);
  const cut = Math.min(placeAt?.index ?? folded.length, chairAt?.index ?? folded.length);
  const head = folded.slice(0, cut);

  const dateMatch = /(?:^|\s|ngay\s*)(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?=\s|$|,)/.exec(head);
  if (!dateMatch) return "no-date";
  const day = Number(dateMatch[1]);
  const month = Number(dateMatch[2]);
  const rest = head.slice(0, dateMatch.index) + head.slice(dateMatch.index + dateMatch[0].length);
  const timeMatch = /(?:^|\s)(?:luc\s*)?(\d{1,2})\s*(?:h|gio|:)\s*(\d{2})?(?:p|phut)?(?=\s|$|,)/.exec(rest);
  const hour = timeMatch ? Number(timeMatch[1]) : 0;
  const minute = timeMatch?.[2] ? Number(timeMatch[2]) : 0;
  if (hour > 23 || minute > 59) return "bad-time";

  const local = new TZDate(now.getTime(), timeZone);
  const year = dateMatch[3] ? Number(dateMatch[3]) : nearestYear(day, month, local, timeZone);
  const at = new TZDate(year, month - 1, day, hour, minute, timeZone);
  // A meeting is set for this year's quarters, give or take one: any other year is a typo.
  const yearsAway = Math.abs(year - local.getFullYear());
  if (at.getDate() !== day || at.getMonth() !== month - 1 || yearsAway > 1) return "bad-date";

  const meetingAt = new Date(at.getTime());
  const dateQuarter = Math.floor((month - 1) / 3) + 1;
  let quarter: Quarter;
  let reviewsKey: string;
  const quarterWord = /(?:^|\s)(?:quy|q)\s*(i{1,3}|iv|[1-4])(?=\s|$)/.exec(rest);
  if (quarterWord?.[1]) {
    const number = romanOrDigit(quarterWord[1]);
    quarter = quarterOf(number > dateQuarter ? year - 1 : year, number);
    reviewsKey = periodKey(quarter);
  } else if (/(?:^|\s)6 thang(?=\s|$)|sau thang|giua nam|so ket/.test(rest)) {
    // The half-year review takes the second quarter's reports.
    const reviewYear = month === 1 ? year - 1 : year;
    quarter = month === 1 ? quarterOf(reviewYear, 4) : quarterOf(year, 2);
    reviewsKey = month === 1 ? `${reviewYear}` : `${year}-H1`;
  } else if (/tong ket|ca nam|(?:^|\s)nam(?=\s|$)/.test(rest)) {
    // The year's review takes the fourth quarter's, held in December or early in the next year.
    const reviewYear = month <= 3 ? year - 1 : year;
    quarter = quarterOf(reviewYear, 4);
    reviewsKey = `${reviewYear}`;
  } else {
    quarter = meetingQuarter(meetingAt, timeZone);
    reviewsKey = periodKey(quarter);
  }
  return { quarter, reviewsKey, at: meetingAt, hasTime: Boolean(timeMatch), place, chair };
}

/**
 * The quarter whose reports a meeting on this date takes: a meeting in the first month of a
 * quarter reviews the quarter before (held after it ended), a later one the quarter it falls in
 * (its report written before the quarter ends, as Gia Lai's on 28/11 for quarter IV).
 */
export function meetingQuarter(at: Date, timeZone: string): Quarter {
  const local = new TZDate(at.getTime(), timeZone);
  const month = local.getMonth();
  const quarter = quarterOf(local.getFullYear(), Math.floor(month / 3) + 1);
  return month % 3 === 0 ? quarterOf(quarter.year, quarter.quarter - 1) : quarter;
}

/** Of last year, this year and next, the year that puts day/month nearest to `local`. */
function nearestYear(day: number, month: number, local: TZDate, timeZone: string): number {
  const years = [local.getFullYear() - 1, local.getFullYear(), local.getFullYear() + 1];
  const distance = (year: number) => Math.abs(new TZDate(year, month - 1, day, timeZone).getTime() - local.getTime());
  return years.reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

function romanOrDigit(text: string): number {
  return { i: 1, ii: 2, iii: 3, iv: 4 }[text] ?? Number(text);
}
