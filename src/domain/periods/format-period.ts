import type { Translate } from "../text/translate.js";
import type { Period } from "./period.js";

const ROMAN = ["I", "II", "III", "IV"] as const;

/** Roman numeral of a quarter (1 → "I"), as official documents write quarters. */
export function romanQuarter(quarter: 1 | 2 | 3 | 4): string {
  return ROMAN[quarter - 1] as string;
}

/**
 * A period the way reports write it, in the reader's language: "quý IV/2023", "6 tháng đầu
 * năm 2024", "năm 2023" (keys `period-*` in locales/<language>/periods.ftl).
 */
export function formatPeriod(period: Period, t: Translate): string {
  // Years as text: Fluent would group a number's digits ("2.023").
  const year = String(period.year);
  switch (period.kind) {
    case "quarter":
      return t("period-quarter", { roman: romanQuarter(period.quarter), number: period.quarter, year });
    case "half":
      return t(period.half === 1 ? "period-first-half" : "period-second-half", { year });
    case "nine_months":
      return t("period-nine-months", { year });
    case "year":
      return t("period-year", { year });
    case "quarters":
      return t("period-quarters", { from: romanQuarter(period.from), to: romanQuarter(period.to), year });
  }
}
