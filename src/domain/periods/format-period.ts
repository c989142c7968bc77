import type { Period } from "./period.js";

const ROMAN = ["I", "II", "III", "IV"] as const;

/** Roman numeral of a quarter (1 → "I"), as official documents write quarters. */
export function romanQuarter(quarter: 1 | 2 | 3 | 4): string {
  return ROMAN[quarter - 1] as string;
}

/** A period the way reports write it: "quý IV/2023", "6 tháng đầu năm 2024", "năm 2023". */
export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case "quarter":
      return `quý ${romanQuarter(period.quarter)}/${period.year}`;
    case "half":
      return `6 tháng ${period.half === 1 ? "đầu" : "cuối"} năm ${period.year}`;
    case "nine_months":
      return `9 tháng năm ${period.year}`;
    case "year":
      return `năm ${period.year}`;
  }
}
