import { describe, expect, it } from "vitest";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import type { ReadableIndicator } from "../../../src/domain/report-reading/report-reading.js";
import { HV_MOI } from "./indicators.js";

/** The farmers' fund and new members, as the built-in catalog names them. */
const INDICATORS: ReadableIndicator[] = [
  { code: "ND_QHTND", name: "Quỹ Hỗ trợ nông dân", aliases: ["quỹ hỗ trợ nông dân"], phrase: undefined, unit: "tỷ đồng", integer: false },
  HV_MOI,
];

const values = (text: string) => {
  const { figures } = readReport(`Báo cáo quý IV năm 2025\n${text}`, INDICATORS);
  return Object.fromEntries(Object.entries(figures).map(([code, found]) => [code, found.map((figure) => figure.value)]));
};

describe("the reader of a report, on a total a figure grew to", () => {
  it("proposes the fund's total after 'nâng tổng … lên' beside its growth, not the growth alone", () => {
    const text =
      "Vận động tăng trưởng Quỹ Hỗ trợ nông dân các cấp được trên 3,8 tỷ đồng, nâng tổng nguồn vốn Quỹ toàn tỉnh lên khoảng 96 tỷ đồng.";
    expect(values(text).ND_QHTND).toContain("96");
  });

  it("does not give new members the total they grew to", () => {
    expect(values("Kết nạp 120 hội viên mới, nâng tổng số lên 5.400 người.").HV_MOI).toEqual(["120"]);
  });
});
