import { describe, expect, it } from "vitest";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import type { ReadableIndicator } from "../../../src/domain/report-reading/report-reading.js";
import { count, HV_MOI } from "./indicators.js";

/** The indicators of a union or a Đoàn as the built-in catalog names them. */
const INDICATORS: ReadableIndicator[] = [
  HV_MOI,
  count("HV_GIAM", "Đoàn viên, hội viên giảm", ["hội viên giảm"], "giảm {value} đoàn viên, hội viên", "người"),
  count("DOAN_TONG", "Tổng số đoàn viên", ["tổng đoàn viên"], "tổng số đoàn viên đạt {value} người", "người"),
  count(
    "CD_CDCS_MOI",
    "Công đoàn cơ sở thành lập mới",
    ["cđcs mới", "công đoàn cơ sở mới"],
    "thành lập mới {value} công đoàn cơ sở",
    "CĐCS",
  ),
];

const values = (text: string) => {
  const { figures } = readReport(text, INDICATORS);
  return Object.fromEntries(Object.entries(figures).map(([code, found]) => [code, found.map((figure) => figure.value)]));
};

describe("the reader of a report, on the short forms reports write", () => {
  it("reads members' and bodies' initials as their words, in capitals with or without diacritics", () => {
    expect(values("Báo cáo nhanh quý 2/2026:\n- Kết nạp 14 ĐV mới, tổng số ĐV hiện có 362")).toMatchObject({
      HV_MOI: ["14"],
      DOAN_TONG: ["362"],
    });
    expect(values("Báo cáo quý 2/2026\nKết nạp 9 HV mới; giảm 4 DV.")).toMatchObject({ HV_MOI: ["9"], HV_GIAM: ["4"] });
    expect(values("Báo cáo quý 2/2026\nThành lập mới 3 CĐCS.")).toMatchObject({ CD_CDCS_MOI: ["3"] });
  });

  it("takes a count at the last day of the report's quarter for the stock, and not at another day", () => {
    const at = (day: string) =>
      values(`Báo cáo quý III/2026\nTính đến ngày ${day}, toàn tỉnh có 121.308 đoàn viên sinh hoạt tại 2.415 chi đoàn.`);
    expect(at("30/9/2026").DOAN_TONG).toContain("121308");
    expect(at("30/9/2026")).toMatchObject({ HV_MOI: [], HV_GIAM: [] });
    expect(at("15/8/2026").DOAN_TONG).not.toContain("121308");
  });

  it("reads 'đoàn viên công đoàn' as members, not as unions founded, and keeps the hedge 'trên'", () => {
    const { figures } = readReport(
      "Báo cáo quý III/2026\nCác cấp công đoàn đã kết nạp trên 2.300 đoàn viên công đoàn mới, thành lập mới 17 công đoàn cơ sở.",
      INDICATORS,
    );
    expect(figures.HV_MOI?.map((figure) => [figure.value, figure.hedge])).toEqual([["2300", "over"]]);
    expect(figures.CD_CDCS_MOI?.map((figure) => figure.value)).toEqual(["17"]);
  });

  it("reads a figure in words with its digits repeated in brackets as one figure, named by the words after it", () => {
    const { figures } = readReport("Báo cáo quý IV/2025\nCác cấp Hội kết nạp được chín trăm bốn mươi hai (942) hội viên mới.", INDICATORS);
    expect(figures.HV_MOI?.map((figure) => figure.value)).toEqual(["942"]);
    expect(figures.HV_MOI?.[0]?.raw).toContain("chín trăm bốn mươi hai (942)");
  });
});
