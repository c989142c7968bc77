import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPeriod } from "../../../src/domain/periods/format-period.js";
import { findPeriods, parsePeriod } from "../../../src/domain/periods/parse-period.js";
import {
  currentQuarter,
  type Period,
  parsePeriodKey,
  periodKey,
  previousPeriod,
  quartersOf,
  samePeriodLastYear,
} from "../../../src/domain/periods/period.js";

// 10 December 2023 in Vietnam: quarter IV/2023 has begun.
const NOW = new Date("2023-12-10T03:00:00Z");
const quarter = (year: number, q: 1 | 2 | 3 | 4): Period => ({ kind: "quarter", year, quarter: q });

describe("periods", () => {
  it.each([
    ["quý IV/2023", quarter(2023, 4)],
    ["quý 4 năm 2023", quarter(2023, 4)],
    ["quy 4 nam 2023", quarter(2023, 4)],
    ["Q4", quarter(2023, 4)],
    ["Q.IV", quarter(2023, 4)],
    ["q4/24", quarter(2024, 4)],
    ["quý ba", quarter(2023, 3)],
    ["quý II năm 2020", quarter(2020, 2)],
    ["quý này", quarter(2023, 4)],
    ["quý trước", quarter(2023, 3)],
    ["quý tới", quarter(2024, 1)],
    ["6 tháng đầu năm", { kind: "half", year: 2023, half: 1 }],
    ["6 tháng cuối năm 2022", { kind: "half", year: 2022, half: 2 }],
    ["9 tháng", { kind: "nine_months", year: 2023 }],
    ["năm 2023", { kind: "year", year: 2023 }],
    ["năm ngoái", { kind: "year", year: 2022 }],
  ] as [string, Period][])("reads %j", (text, period) => {
    expect(parsePeriod(text, NOW)).toEqual({ period });
  });

  it("takes a quarter without a year as the most recent such quarter that has begun", () => {
    const february = new Date("2024-02-01T03:00:00Z");
    expect(parsePeriod("quý 4", february)?.period).toEqual(quarter(2023, 4));
    expect(parsePeriod("quý 1", february)?.period).toEqual(quarter(2024, 1));
  });

  it("uses Vietnam's time zone: 31 December 20:00 UTC is already the next quarter", () => {
    expect(currentQuarter(new Date("2023-12-31T20:00:00Z"))).toEqual(quarter(2024, 1));
    expect(currentQuarter(new Date("2023-12-31T16:59:59Z"))).toEqual(quarter(2023, 4));
  });

  it("finds both periods of a comparison and skips 'cùng kỳ năm trước'", () => {
    expect(findPeriods("so sánh quý IV với quý III", NOW).map((mention) => mention.period)).toEqual([quarter(2023, 4), quarter(2023, 3)]);
    expect(findPeriods("quý 4 so với cùng kỳ năm trước", NOW).map((mention) => mention.period)).toEqual([quarter(2023, 4)]);
    expect(parsePeriod("xin chào", NOW)).toBeNull();
    expect(parsePeriod("Quỹ vì người nghèo", NOW)).toBeNull();
  });

  it("reads back every quarter as it formats it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom(1, 2, 3, 4), (year, q) => {
        const period = quarter(year, q as 1 | 2 | 3 | 4);
        expect(parsePeriod(formatPeriod(period), NOW)).toEqual({ period });
      }),
    );
  });

  it("formats periods as reports write them", () => {
    expect(formatPeriod(quarter(2023, 4))).toBe("quý IV/2023");
    expect(formatPeriod({ kind: "half", year: 2024, half: 1 })).toBe("6 tháng đầu năm 2024");
    expect(formatPeriod({ kind: "nine_months", year: 2024 })).toBe("9 tháng năm 2024");
    expect(formatPeriod({ kind: "year", year: 2023 })).toBe("năm 2023");
  });

  it("splits periods into quarters and steps back", () => {
    expect(quartersOf({ kind: "half", year: 2023, half: 2 })).toEqual([quarter(2023, 3), quarter(2023, 4)]);
    expect(quartersOf({ kind: "year", year: 2023 })).toHaveLength(4);
    expect(previousPeriod(quarter(2024, 1))).toEqual(quarter(2023, 4));
    expect(previousPeriod({ kind: "half", year: 2024, half: 1 })).toEqual({
      kind: "half",
      year: 2023,
      half: 2,
    });
    expect(samePeriodLastYear(quarter(2024, 1))).toEqual(quarter(2023, 1));
  });

  it("round-trips period keys", () => {
    const periods: Period[] = [
      quarter(2023, 4),
      { kind: "half", year: 2023, half: 1 },
      { kind: "nine_months", year: 2023 },
      { kind: "year", year: 2023 },
    ];
    for (const period of periods) expect(parsePeriodKey(periodKey(period))).toEqual(period);
    expect(periodKey(quarter(2023, 4))).toBe("2023-Q4");
    expect(parsePeriodKey("2023-Q5")).toBeUndefined();
  });
});
