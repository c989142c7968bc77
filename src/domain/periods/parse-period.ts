import { foldText } from "../text/fold.js";
import { currentQuarter, type Period, previousQuarter, type Quarter, quarterOf } from "./period.js";

/** A period named in a text, where it was named, and whether it was named relative to now. */
export interface PeriodMention {
  period: Period;
  /** Position in the folded text, to tell the first period of a comparison from the second. */
  index: number;
  /** "quý trước", "năm ngoái": named relative to now rather than by number. */
  relative: boolean;
}

const QUARTER_WORDS: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
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

const QUARTER = String.raw`\b(?:quy|q)\s*\.?\s*(iv|iii|ii|i|[1-4]|mot|nhat|hai|ba|bon|tu)\b`;
const YEAR_AFTER = String.raw`(?:\s*[/-]\s*(\d{4}|\d{2})\b|\s*(?:,\s*)?(?:nam\s+)?(\d{4})\b)?`;

/** A year written after a period: "/2023", "-23", "năm 2023", " 2023". */
function yearOf(four: string | undefined, two: string | undefined): number | undefined {
  const text = four ?? two;
  if (!text) return undefined;
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/**
 * Finds every period named in a text, as people write them with or without diacritics:
 * "quý IV/2023", "quý 4 năm 2023", "Q4", "Q.IV", "quý ba", "quý này", "quý trước", "quý tới",
 * "6 tháng đầu năm", "9 tháng", "năm 2023", "năm ngoái". A quarter without a year is the most
 * recent such quarter that has begun. "Cùng kỳ" is a comparison, not a period, and is skipped.
 */
export function findPeriods(text: string, now: Date, timeZone = "Asia/Ho_Chi_Minh"): PeriodMention[] {
  // Blank out what must not be read as a period, keeping positions.
  const blank = (match: string) => " ".repeat(match.length);
  let folded = foldText(text).replace(/\bcung ky(?: nam (?:truoc|ngoai))?\b/g, blank);
  const current = currentQuarter(now, timeZone);
  const mentions: PeriodMention[] = [];
  const take = (pattern: RegExp, read: (match: RegExpExecArray) => Omit<PeriodMention, "index"> | undefined) => {
    folded = folded.replace(pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const index = args.at(-2) as number;
      const mention = read(match);
      if (!mention) return match[0];
      mentions.push({ ...mention, index });
      return blank(match[0]);
    });
  };

  take(new RegExp(QUARTER + YEAR_AFTER, "g"), (match) => {
    const quarter = QUARTER_WORDS[match[1] ?? ""];
    if (!quarter) return undefined;
    const year = yearOf(match[3], match[2]) ?? (quarter <= current.quarter ? current.year : current.year - 1);
    return { period: quarterOf(year, quarter), relative: false };
  });
  take(/\bquy\s+(nay|hien tai|truoc|vua qua|roi|toi|sau|ke tiep)\b/g, (match) => {
    const word = match[1];
    const period: Quarter =
      word === "nay" || word === "hien tai"
        ? current
        : word === "toi" || word === "sau" || word === "ke tiep"
          ? quarterOf(current.year, current.quarter + 1)
          : previousQuarter(current);
    return { period, relative: true };
  });
  take(/\b(?:6|sau) thang(?: (dau|cuoi))?(?: nam)?(?:\s+(\d{4}))?\b/g, (match) => {
    const half = match[1] === "cuoi" ? 2 : 1;
    const year = match[2] ? Number(match[2]) : half === 2 && current.quarter < 3 ? current.year - 1 : current.year;
    return { period: { kind: "half", year, half }, relative: false };
  });
  take(/\bnua (dau|cuoi) nam(?:\s+(\d{4}))?\b/g, (match) => {
    const half = match[1] === "cuoi" ? 2 : 1;
    const year = match[2] ? Number(match[2]) : half === 2 && current.quarter < 3 ? current.year - 1 : current.year;
    return { period: { kind: "half", year, half }, relative: false };
  });
  take(/\b(?:9|chin) thang(?: dau nam)?(?:\s+(?:nam\s+)?(\d{4}))?\b/g, (match) => ({
    period: { kind: "nine_months", year: match[1] ? Number(match[1]) : current.year },
    relative: false,
  }));
  take(/\b(?:ca )?nam (nay|hien tai|ngoai|truoc|qua|roi)\b/g, (match) => ({
    period: {
      kind: "year",
      year: match[1] === "nay" || match[1] === "hien tai" || match[1] === "qua" ? current.year : current.year - 1,
    },
    relative: true,
  }));
  take(/\b(?:(?:ca )?nam\s+)?(20\d{2})\b/g, (match) => ({
    period: { kind: "year", year: Number(match[1]) },
    relative: false,
  }));
  return mentions.sort((a, b) => a.index - b.index);
}

/** The first period named in a text, or null when none is. */
export function parsePeriod(text: string, now: Date, timeZone?: string): { period: Period } | null {
  const first = findPeriods(text, now, timeZone)[0];
  return first ? { period: first.period } : null;
}
