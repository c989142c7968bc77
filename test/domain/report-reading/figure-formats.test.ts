import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, numberToWords } from "../../../src/domain/numbers/format-number.js";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import type { ReadableIndicator } from "../../../src/domain/report-reading/report-reading.js";
import { HV_MOI } from "./indicators.js";

const INDICATORS: ReadableIndicator[] = [
  HV_MOI,
  {
    code: "HV_GIAM",
    name: "Đoàn viên, hội viên giảm",
    aliases: [],
    phrase: "giảm {value} đoàn viên, hội viên",
    unit: "người",
    integer: true,
  },
  {
    code: "NHA_DDK",
    name: "Nhà Đại đoàn kết xây mới, sửa chữa",
    aliases: ["nhà đại đoàn kết"],
    phrase: "xây mới, sửa chữa {value} nhà Đại đoàn kết",
    unit: "căn",
    integer: true,
  },
  {
    code: "QUY_VNN",
    name: "Vận động Quỹ Vì người nghèo",
    aliases: [],
    phrase: "vận động Quỹ “Vì người nghèo” được {value}",
    unit: "triệu đồng",
    integer: false,
  },
];

/** Words before the figure's phrase that say nothing of it. */
const OPENINGS = ["", "Trong quý, ", "Quý này, các cấp Hội đã ", "Toàn tỉnh ", "Bằng nhiều hình thức, cơ sở "];
const CLOSINGS = [".", " trong toàn tỉnh.", ", vượt kế hoạch đề ra.", "; các cơ sở đều hoàn thành."];

/**
 * A count as reports write it: grouped with dots or spaces, without separators, with a leading
 * zero, in words. Plain four-digit numbers from 1950 to 2099 are left out: a report's years,
 * which the reader never takes for a figure.
 */
function written(count: number): fc.Arbitrary<string> {
  const ways = [formatNumber(count), formatNumber(count, { thousands: " ", decimal: "," })];
  if (count < 1950 || count > 2099) ways.push(String(count));
  if (count < 10) ways.push(`0${count}`);
  if (count >= 10) ways.push(numberToWords(count));
  return fc.constantFrom(...ways);
}

/** A sum of money in triệu đồng as reports write it: in triệu, in tỷ with a decimal comma, in đồng. */
function writtenMoney(millions: number): fc.Arbitrary<string> {
  const ways = [`${formatNumber(millions)} triệu đồng`, `${formatNumber(BigInt(millions) * 1_000_000n)} đồng`];
  if (millions % 100 === 0 && millions >= 1000) ways.push(`${formatNumber(millions / 1000)} tỷ đồng`);
  return fc.constantFrom(...ways);
}

function sentence(opening: string, phrase: string, figure: string, closing: string): string {
  const text = `${opening}${phrase.replace("{value}", figure)}${closing}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

describe("a figure in any format the number reader takes, in a sentence with the indicator's phrase", () => {
  it("is found with its exact value, its sentence beside it", () => {
    const count = fc.integer({ min: 1, max: 99_999 }).chain((value) => fc.tuple(fc.constant(value), written(value)));
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATORS.filter((indicator) => indicator.unit !== "triệu đồng")),
        count,
        fc.constantFrom(...OPENINGS),
        fc.constantFrom(...CLOSINGS),
        (indicator, [value, figure], opening, closing) => {
          const text = sentence(opening, indicator.phrase ?? "", figure, closing);
          const found = readReport(text, INDICATORS).figures[indicator.code] ?? [];
          expect(found.map((candidate) => candidate.value)).toContain(String(value));
          for (const candidate of found) expect(text).toContain(candidate.raw);
        },
      ),
    );
  });

  it("is read into the indicator's unit when written in another scale of money", () => {
    const money = fc.integer({ min: 1, max: 500_000 }).chain((value) => fc.tuple(fc.constant(value), writtenMoney(value)));
    fc.assert(
      fc.property(money, fc.constantFrom(...OPENINGS), fc.constantFrom(...CLOSINGS), ([value, figure], opening, closing) => {
        const text = sentence(opening, "vận động Quỹ “Vì người nghèo” được {value}", figure, closing);
        const found = readReport(text, INDICATORS).figures.QUY_VNN ?? [];
        expect(found.map((candidate) => candidate.value)).toContain(String(value));
      }),
    );
  });
});

describe("any text given as a report", () => {
  /** Pieces reports are made of, joined at random: figures, units, periods, headings, tabs, words. */
  const PIECES = [
    "Kết nạp",
    "1.255",
    "hội viên mới",
    "quý III/2024",
    "II. HẠN CHẾ",
    "\t",
    "\n",
    "so với cùng kỳ",
    "tăng",
    "5",
    "tỷ đồng",
    "%",
    "(",
    ")",
    "ba trăm",
    "không",
    ":",
    "-",
    "năm 2023",
    "30/4/2024",
    "nhà Đại đoàn kết",
    "trong đó",
  ];
  const report = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(" ")),
    fc.string({ maxLength: 200 }),
  );

  it("is read without failing, every candidate with its sentence holding the number as written", () => {
    fc.assert(
      fc.property(report, (text) => {
        const reading = readReport(text, INDICATORS);
        for (const figures of Object.values(reading.figures)) {
          for (const figure of figures) {
            expect(figure.sentence).toContain(figure.raw);
            expect(Number.isFinite(Number(figure.value))).toBe(true);
          }
        }
      }),
    );
  });
});
