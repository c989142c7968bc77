import { type Period, quartersOf } from "../periods/period.js";
import { foldText } from "../text/fold.js";

/** "tính đến ngày 30/9/2026", "tính đến hết 30/9": the day a stock is counted at, day and month (and year). */
const COUNTED_AT = /\btinh den (?:het )?(?:ngay )?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{2,4}))?/g;

/**
 * Whether the clause before a number counts it at the last day of the report's period
 * ("Tính đến ngày 30/9/2026, toàn tỉnh có 121.308 đoàn viên" in a report of quarter III): a
 * total held at the period's end, the stock the report gives, as "tổng số" would say. Another
 * day says nothing here: it is left to the period reader.
 */
export function countedAtPeriodEnd(before: string, period: Period | undefined): boolean {
  const last = period ? quartersOf(period).at(-1) : undefined;
  if (!period || !last) return false;
  const match = [...foldText(before).matchAll(COUNTED_AT)].at(-1);
  if (!match) return false;
  const [day, month, year] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : period.year];
  const endMonth = last.quarter * 3;
  const endDay = new Date(Date.UTC(period.year, endMonth, 0)).getUTCDate();
  return month === endMonth && day === endDay && (year === period.year || year === period.year % 100);
}
