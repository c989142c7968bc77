import { TZDate } from "@date-fns/tz";

/**
 * A reporting period: a quarter, a half-year, the first nine months, a whole year, or any other
 * run of a year's quarters ("3 quý cuối năm": quarters II–IV), made by `quarterRange`.
 */
export type Period =
  | { kind: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: "half"; year: number; half: 1 | 2 }
  | { kind: "nine_months"; year: number }
  | { kind: "year"; year: number }
  | { kind: "quarters"; year: number; from: 1 | 2 | 3 | 4; to: 1 | 2 | 3 | 4 };

/** A quarter, the unit in which figures are stored. */
export type Quarter = Extract<Period, { kind: "quarter" }>;

/** Builds a quarter, normalising a quarter number outside 1..4 into the right year. */
export function quarterOf(year: number, quarter: number): Quarter {
  const index = year * 4 + (quarter - 1);
  return {
    kind: "quarter",
    year: Math.floor(index / 4),
    quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4,
  };
}

/**
 * Quarters `from` to `to` of a year as the period reports name them: one quarter, a half, the
 * first nine months, the year, or else a run of quarters ("quý II–IV"). `from` ≤ `to`, in 1..4.
 */
export function quarterRange(year: number, from: 1 | 2 | 3 | 4, to: 1 | 2 | 3 | 4): Period {
  if (from === to) return { kind: "quarter", year, quarter: from };
  if (from === 1 && to === 4) return { kind: "year", year };
  if (from === 1 && to === 3) return { kind: "nine_months", year };
  if (to - from === 1 && from % 2 === 1) return { kind: "half", year, half: from === 1 ? 1 : 2 };
  return { kind: "quarters", year, from, to };
}

/** The quarter that contains `now` in the given time zone (Vietnam's by default). */
export function currentQuarter(now: Date, timeZone = "Asia/Ho_Chi_Minh"): Quarter {
  const local = new TZDate(now.getTime(), timeZone);
  return quarterOf(local.getFullYear(), Math.floor(local.getMonth() / 3) + 1);
}

/** The quarter before a quarter. */
export function previousQuarter(quarter: Quarter): Quarter {
  return quarterOf(quarter.year, quarter.quarter - 1);
}

/** The quarters a period is made of, in order. */
export function quartersOf(period: Period): Quarter[] {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => quarterOf(period.year, from + index));
  switch (period.kind) {
    case "quarter":
      return [period];
    case "half":
      return period.half === 1 ? range(1, 2) : range(3, 4);
    case "nine_months":
      return range(1, 3);
    case "year":
      return range(1, 4);
    case "quarters":
      return range(period.from, period.to);
  }
}

/** A stable text key for a period, as stored in the database: "2023-Q4", "2023-H1", "2023-9M", "2023". */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case "quarter":
      return `${period.year}-Q${period.quarter}`;
    case "half":
      return `${period.year}-H${period.half}`;
    case "nine_months":
      return `${period.year}-9M`;
    case "year":
      return `${period.year}`;
    case "quarters":
      return `${period.year}-Q${period.from}-Q${period.to}`;
  }
}

/** Reads a key written by `periodKey`; undefined for anything else. */
export function parsePeriodKey(key: string): Period | undefined {
  const match = /^(\d{4})(?:-(Q[1-4]|H[12]|9M))?$/.exec(key);
  const run = /^(\d{4})-Q([1-4])-Q([1-4])$/.exec(key);
  if (run) {
    const [from, to] = [Number(run[2]), Number(run[3])] as (1 | 2 | 3 | 4)[];
    return from && to && from < to ? quarterRange(Number(run[1]), from, to) : undefined;
  }
  if (!match) return undefined;
  const year = Number(match[1]);
  const part = match[2];
  if (!part) return { kind: "year", year };
  if (part === "9M") return { kind: "nine_months", year };
  const number = Number(part.slice(1));
  return part.startsWith("Q") ? { kind: "quarter", year, quarter: number as 1 | 2 | 3 | 4 } : { kind: "half", year, half: number as 1 | 2 };
}

/** The period of the same kind just before: quarter before, half before, the year before. */
export function previousPeriod(period: Period): Period {
  switch (period.kind) {
    case "quarter":
      return previousQuarter(period);
    case "half":
      return period.half === 2 ? { ...period, half: 1 } : { ...period, year: period.year - 1, half: 2 };
    case "nine_months":
    case "year":
    case "quarters":
      return { ...period, year: period.year - 1 };
  }
}

/** The same period a year earlier ("cùng kỳ năm trước"). */
export function samePeriodLastYear(period: Period): Period {
  return { ...period, year: period.year - 1 };
}

/** Whether two periods are the same. */
export function samePeriod(a: Period, b: Period): boolean {
  return periodKey(a) === periodKey(b);
}
