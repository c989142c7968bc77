import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isOnlyANumber } from "../../../src/domain/report-reading/only-a-number.js";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import type { ReadableIndicator } from "../../../src/domain/report-reading/report-reading.js";
import { loadCorpus } from "../../fixtures/reports/corpus.js";

/** Every indicator the corpus's reports are read against (the built-in catalog and the scenarios'). */
const INDICATOR_SETS: ReadableIndicator[][] = [
  ...new Map(loadCorpus().map((report) => [report.indicators.map((indicator) => indicator.code).join(","), report.indicators])).values(),
];

const DIGITS = ["1.250", "96", "12,5", "0", "2024"];
const WORDS = ["hai", "trăm", "mươi", "lăm", "nghìn", "ngàn", "triệu", "tỷ", "không", "ko", "Một", "tư"];
const PIECES = [...DIGITS, ...WORDS];
const SIGNS = [" ", " ", "", ",", ".", "%", "-", "+", "(", ")", "/", ":"];
const numberLike = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SIGNS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([piece, sign]) => piece + sign).join(""));

describe("a typed answer that is only a number", () => {
  it("is told apart from a report's sentence, a table row or several lines", () => {
    for (const answer of ["1.250", "hai trăm", "không", "ko", "12,5%", "96 ", "Một nghìn rưỡi", "500k", "2,5 tr"])
      expect(isOnlyANumber(answer), answer).toBe(true);
    for (const report of ["Kết nạp 12 đảng viên mới", "12 người", "tỷ lệ 12%", "12\t15", "12\n15", "quý 4: 12", "Hội số 5"])
      expect(isOnlyANumber(report), report).toBe(false);
  });

  it("holds nothing the reader could find, for any of the corpus's indicators", () => {
    expect(INDICATOR_SETS.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(numberLike, fc.constantFrom(...INDICATOR_SETS), (text, indicators) => {
        fc.pre(isOnlyANumber(text));
        const reading = readReport(text, indicators);
        expect(Object.values(reading.figures).flat()).toEqual([]);
        expect(reading.texts).toEqual({});
      }),
      { numRuns: 400 },
    );
  });
});
