import { TZDate } from "@date-fns/tz";
import type { Quarter } from "../periods/period.js";
import { quarterOf } from "../periods/period.js";
import { foldText } from "../text/fold.js";

/** What `/giahan …` asks: whom (an organisation's name as typed, or all), until when, and for which quarter if named. */
export interface ExtensionArguments {
  /** The organisation's name as typed; null: every organisation ("tất cả"). */
  organisation: string | null;
  /** The end of that day in the bloc's zone. */
  until: Date;
  quarter: Quarter | undefined;
}

/** Why `/giahan …` could not be read. */
export type ExtensionArgumentsError = "no-date" | "bad-date" | "no-organisation";

/**
 * Reads `/giahan Hội Nông dân 25/11`, `/giahan tất cả 25/11/2023`, `/giahan quý 4 Hội Nông dân
 * 25/11`, with or without diacritics. A date without a year is the next such day from `now`.
 */
export function parseExtensionArguments(text: string, now: Date, timeZone: string): ExtensionArguments | ExtensionArgumentsError {
  const dateMatch = /(?:^|\s)(?:den\s+|đến\s+|ngay\s+|ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\s*$/iu.exec(text.trim());
  if (!dateMatch) return "no-date";
  const day = Number(dateMatch[1]);
  const month = Number(dateMatch[2]);
  const local = new TZDate(now.getTime(), timeZone);
  let year = dateMatch[3] ? Number(dateMatch[3]) : local.getFullYear();
  // A date without a year well before today is next year's ("5/1" typed in December).
  if (!dateMatch[3] && new TZDate(year, month - 1, day, 23, 59, 59, timeZone).getTime() < local.getTime() - 60 * 24 * 3600 * 1000)
    year += 1;
  const until = new TZDate(year, month - 1, day, 23, 59, 59, timeZone);
  // An extension is for the quarter being collected: a date more than a year away is a typo.
  const yearsAway = Math.abs(year - local.getFullYear());
  if (until.getDate() !== day || until.getMonth() !== month - 1 || yearsAway > 1) return "bad-date";
  let rest = text.trim().slice(0, dateMatch.index).trim();
  let quarter: Quarter | undefined;
  const quarterMatch = /^(?:quý|quy|q)\s*(iv|i{1,3}|[1-4])(?:\s*[/-]\s*(\d{4}))?\s+/iu.exec(rest);
  if (quarterMatch?.[1]) {
    const number = { i: 1, ii: 2, iii: 3, iv: 4 }[quarterMatch[1].toLowerCase()] ?? Number(quarterMatch[1]);
    quarter = quarterOf(quarterMatch[2] ? Number(quarterMatch[2]) : local.getFullYear(), number);
    rest = rest.slice(quarterMatch[0].length).trim();
  }
  rest = rest.replace(/\s+(?:đến|den)$/iu, "").trim();
  if (!rest) return "no-organisation";
  const folded = foldText(rest);
  const all = ["tat ca", "ca khoi", "tat ca cac don vi", "all", "everyone"].includes(folded);
  return { organisation: all ? null : rest, until: new Date(until.getTime()), quarter };
}
