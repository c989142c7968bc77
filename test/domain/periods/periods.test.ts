import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPeriod } from "../../../src/domain/periods/format-period.js";
import { findNonexistentQuarters, findPeriods, parsePeriod } from "../../../src/domain/periods/parse-period.js";
import {
  currentQuarter,
  type Period,
  parsePeriodKey,
  periodKey,
  previousPeriod,
  quarterRange,
  quartersOf,
  samePeriodLastYear,
} from "../../../src/domain/periods/period.js";
import { fluentTranslate } from "../../support/fluent.js";

// 10 December 2023 in Vietnam: quarter IV/2023 has begun.
const NOW = new Date("2023-12-10T03:00:00Z");
const vi = fluentTranslate("vi", "periods");
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

  // Reference dates of the review: J is early in Q1/2025, N late in Q4/2025.
  const J = new Date("2025-01-10T03:00:00Z");
  const N = new Date("2025-11-20T03:00:00Z");
  it.each([
    ["quý 3.2023", J, quarter(2023, 3)],
    ["Q1.2024", J, quarter(2024, 1)],
    ["quý 4 năm ngoái", N, quarter(2024, 4)],
    ["quý 1 năm trước", N, quarter(2024, 1)],
    ["quý 3 năm nay", J, quarter(2025, 3)],
    ["quy 4 nam 24", N, quarter(2024, 4)],
    ["6 tháng đầu năm ngoái", N, { kind: "half", year: 2024, half: 1 }],
    ["nửa đầu năm ngoái", N, { kind: "half", year: 2024, half: 1 }],
    ["9 tháng năm nay", N, { kind: "nine_months", year: 2025 }],
    ["9 tháng đầu năm 2024", N, { kind: "nine_months", year: 2024 }],
    ["qui IV/2024", N, quarter(2024, 4)],
    ["quí 4", N, quarter(2025, 4)],
    ["quys 4", N, quarter(2025, 4)],
    ["quý 04/2024", N, quarter(2024, 4)],
    ["3 tháng đầu năm 2024", N, quarter(2024, 1)],
    ["3 tháng cuối năm", N, quarter(2025, 4)],
    ["3 tháng cuối năm", J, quarter(2024, 4)],
    ["quý vừa rồi", N, quarter(2025, 3)],
    ["quý vừa qua", N, quarter(2025, 3)],
    ["quý vừa qua", J, quarter(2024, 4)],
    ["năm 24", N, { kind: "year", year: 2024 }],
    ["cả năm", N, { kind: "year", year: 2025 }],
    // Asked in January: the first half has begun, the second half of this year has not.
    ["ket nap dang vien 6 thang dau nam", J, { kind: "half", year: 2025, half: 1 }],
    ["6 tháng cuối năm", J, { kind: "half", year: 2024, half: 2 }],
    ["kết quả quý 4 rồi chưa", N, quarter(2025, 4)],
    // The year however it is attached, before or after the quarter.
    ["Quý IV - năm 2024", N, quarter(2024, 4)],
    ["quý 4 của năm 2024", N, quarter(2024, 4)],
    ["năm 2024 quý 4", N, quarter(2024, 4)],
    ["năm 2024, quý IV", N, quarter(2024, 4)],
    ["năm ngoái quý 4", N, quarter(2024, 4)],
    ["QIII.24", N, quarter(2024, 3)],
    // A year after a list of quarters is the year of each.
    ["Quý I, II năm 2024", J, quarter(2024, 1)],
    ["quý 3 và quý 4 năm 2024", N, quarter(2024, 3)],
    // Relative words, chat shorthand included.
    ["năm qua", J, { kind: "year", year: 2024 }],
    ["năm vừa qua", J, { kind: "year", year: 2024 }],
    ["năm qua", N, { kind: "year", year: 2025 }],
    ["năm trc", J, { kind: "year", year: 2024 }],
    ["quý trc", J, quarter(2024, 4)],
    ["quý qua", J, quarter(2024, 4)],
    ["quý trước nữa", new Date("2025-04-08T03:00:00Z"), quarter(2024, 4)],
    ["quý 4 năm kia", N, quarter(2023, 4)],
    ["nửa năm đầu", N, { kind: "half", year: 2025, half: 1 }],
    // Counted in quarters: three quarters from the start are nine months.
    ["3 quý đầu năm", N, { kind: "nine_months", year: 2025 }],
    ["kết nạp đảng viên ba quý đầu năm 2024", N, { kind: "nine_months", year: 2024 }],
    ["2 quý đầu năm", N, { kind: "half", year: 2025, half: 1 }],
    ["hai quý cuối năm 2024", N, { kind: "half", year: 2024, half: 2 }],
    ["cả 4 quý năm 2024", N, { kind: "year", year: 2024 }],
    // The last three quarters are quarters II–IV, a run of quarters of its own.
    ["3 quý cuối năm 2024", N, { kind: "quarters", year: 2024, from: 2, to: 4 }],
    ["ba quý cuối năm", N, { kind: "quarters", year: 2025, from: 2, to: 4 }],
    ["kết nạp bao nhiêu đảng viên 3 quý cuối năm 2023", N, { kind: "quarters", year: 2023, from: 2, to: 4 }],
    ["quý 2 quý 3 năm 2024", N, quarter(2025, 2)],
    // After "năm", any year, even one nothing can be reported for: the answer says so.
    ["năm 3000", N, { kind: "year", year: 3000 }],
    ["quý 4 năm 3000", N, quarter(3000, 4)],
  ] as [string, Date, Period][])("reads %j at %s", (text, now, period) => {
    expect(parsePeriod(text, now)).toEqual({ period });
  });

  it.each([
    "tháng 12/2024",
    "tháng 12 năm 2024",
    "ngày 05 tháng 3 năm 2020",
    "ngày 15/12/2024",
    "nhiệm kỳ 2024-2029",
    "năm 2023-2024",
    "giai đoạn 2021–2025",
    // No such quarter: its year is not the whole year either.
    "quý 5/2024",
  ])("does not read %j as a reporting period", (text) => {
    expect(parsePeriod(text, N)).toBeNull();
  });

  it.each([
    ["ket qua quy 5", ["5"]],
    ["Q0 2024", ["0"]],
    ["quý 12 năm 2023", ["12"]],
    ["quý 4 và quý 5", ["5"]],
    ["quý 4", []],
    ["tháng 5", []],
  ])("names the quarters that do not exist in %j", (text, numbers) => {
    expect(findNonexistentQuarters(text)).toEqual(numbers);
  });

  it("reads a quarter with its year however the year is attached", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.constantFrom(1, 2, 3, 4),
        fc.constantFrom("quý", "quy", "quí", "qui", "Q"),
        fc.constantFrom("/", ".", "-", " năm ", " "),
        (year, q, word, separator) => {
          expect(parsePeriod(`${word} ${q}${separator}${year}`, N)).toEqual({ period: quarter(year, q as 1 | 2 | 3 | 4) });
        },
      ),
    );
  });

  it("takes a quarter named without a year as one that has begun, within the last year", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2001-01-01"), max: new Date("2098-12-31"), noInvalidDate: true }),
        fc.constantFrom(1, 2, 3, 4),
        (now, q) => {
          const current = currentQuarter(now);
          const read = parsePeriod(`quý ${q}`, now)?.period;
          const index = (period: Period) => (period.kind === "quarter" ? period.year * 4 + period.quarter : Number.NaN);
          expect(read?.kind).toBe("quarter");
          expect(index(current) - index(read as Period)).toBeGreaterThanOrEqual(0);
          expect(index(current) - index(read as Period)).toBeLessThan(4);
        },
      ),
    );
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

  it("finds every quarter of a list, each with the year named after it", () => {
    expect(findPeriods("Quý I, II năm 2024", J).map((mention) => mention.period)).toEqual([quarter(2024, 1), quarter(2024, 2)]);
    expect(findPeriods("quý 3 và quý 4 năm 2024", N).map((mention) => mention.period)).toEqual([quarter(2024, 3), quarter(2024, 4)]);
    // The same quarter a year apart stays a year apart.
    expect(findPeriods("quý 4 và quý 4 năm ngoái", N).map((mention) => mention.period)).toEqual([quarter(2025, 4), quarter(2024, 4)]);
    // Without a year after it, "quý 4, 2 đơn vị" is one quarter and a count.
    expect(findPeriods("quý 4, 2 đơn vị chưa nộp", N).map((mention) => mention.period)).toEqual([quarter(2025, 4)]);
  });

  it("reads back every quarter as it formats it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom(1, 2, 3, 4), (year, q) => {
        const period = quarter(year, q as 1 | 2 | 3 | 4);
        expect(parsePeriod(formatPeriod(period, vi), NOW)).toEqual({ period });
      }),
    );
  });

  it("formats periods as reports write them", () => {
    expect(formatPeriod(quarter(2023, 4), vi)).toBe("quý IV/2023");
    expect(formatPeriod({ kind: "half", year: 2024, half: 1 }, vi)).toBe("6 tháng đầu năm 2024");
    expect(formatPeriod({ kind: "nine_months", year: 2024 }, vi)).toBe("9 tháng năm 2024");
    expect(formatPeriod({ kind: "year", year: 2023 }, vi)).toBe("năm 2023");
    expect(formatPeriod({ kind: "quarters", year: 2024, from: 2, to: 4 }, vi)).toBe("quý II–IV/2024");
  });

  it("formats periods for English readers, and the English quarter reads back", () => {
    const en = fluentTranslate("en", "periods");
    expect(formatPeriod(quarter(2023, 4), en)).toBe("Q4/2023");
    expect(formatPeriod({ kind: "half", year: 2024, half: 2 }, en)).toBe("the second half of 2024");
    expect(parsePeriod(formatPeriod(quarter(2023, 4), en), NOW)).toEqual({ period: quarter(2023, 4) });
  });

  it("names a run of quarters as reports do, the ones with a name by it", () => {
    expect(quarterRange(2024, 2, 4)).toEqual({ kind: "quarters", year: 2024, from: 2, to: 4 });
    expect(quarterRange(2024, 2, 3)).toEqual({ kind: "quarters", year: 2024, from: 2, to: 3 });
    expect(quarterRange(2024, 1, 3)).toEqual({ kind: "nine_months", year: 2024 });
    expect(quarterRange(2024, 3, 4)).toEqual({ kind: "half", year: 2024, half: 2 });
    expect(quarterRange(2024, 1, 4)).toEqual({ kind: "year", year: 2024 });
    expect(quarterRange(2024, 3, 3)).toEqual(quarter(2024, 3));
    expect(quartersOf({ kind: "quarters", year: 2024, from: 2, to: 4 })).toEqual([quarter(2024, 2), quarter(2024, 3), quarter(2024, 4)]);
    expect(previousPeriod({ kind: "quarters", year: 2024, from: 2, to: 4 })).toEqual({ kind: "quarters", year: 2023, from: 2, to: 4 });
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
      { kind: "quarters", year: 2023, from: 2, to: 4 },
    ];
    for (const period of periods) expect(parsePeriodKey(periodKey(period))).toEqual(period);
    expect(periodKey(quarter(2023, 4))).toBe("2023-Q4");
    expect(parsePeriodKey("2023-Q5")).toBeUndefined();
    expect(parsePeriodKey("2023-Q4-Q2")).toBeUndefined();
  });
});
