import { describe, expect, it } from "vitest";
import { readPeriods } from "../../../src/domain/report-reading/report-periods.js";

describe("the periods a report names", () => {
  it.each([
    ["BÁO CÁO\nKết quả công tác quý III năm 2024", { kind: "quarter", year: 2024, quarter: 3 }],
    ["Báo cáo kết quả hoạt động quý II/2020", { kind: "quarter", year: 2020, quarter: 2 }],
    ["BÁO CÁO kết quả quý 2 năm 2020", { kind: "quarter", year: 2020, quarter: 2 }],
    ["Báo cáo kết quả 6 tháng đầu năm 2024", { kind: "half", year: 2024, half: 1 }],
    ["Báo cáo 9 tháng đầu năm 2024", { kind: "nine_months", year: 2024 }],
    ["Báo cáo tổng kết công tác năm 2023", { kind: "year", year: 2023 }],
    ["Số liệu tính đến ngày 30/4/2024", { kind: "quarter", year: 2024, quarter: 2 }],
    ["BAO CAO KET QUA CONG TAC QUY IV NAM 2023", { kind: "quarter", year: 2023, quarter: 4 }],
  ])("%j is about %j", (text, period) => {
    expect(readPeriods(text.split("\n"), text.split("\n").length)[0]).toEqual(period);
  });

  it("takes the title's period first, then the others in the order of the text", () => {
    const text = "BÁO CÁO\nKết quả công tác quý III và 9 tháng đầu năm 2024\nI. Kết quả\nSo với quý II/2024, tăng.";
    expect(readPeriods(text.split("\n"), 2)).toEqual([
      { kind: "quarter", year: 2024, quarter: 3 },
      { kind: "nine_months", year: 2024 },
      { kind: "quarter", year: 2024, quarter: 2 },
    ]);
  });

  it("gives a period named without its year the report's year", () => {
    expect(readPeriods(["BÁO CÁO 6 tháng đầu năm", "Gia Lai, ngày 20 tháng 6 năm 2024"], 2)[0]).toEqual({
      kind: "half",
      year: 2024,
      half: 1,
    });
  });

  it("reads periods named relative to a day only when told the day, and none without any year", () => {
    expect(readPeriods(["Nhiệm vụ quý tới"], 1)).toEqual([]);
    expect(readPeriods(["Báo cáo quý này"], 1, new Date("2024-08-10T03:00:00Z"))[0]).toEqual({ kind: "quarter", year: 2024, quarter: 3 });
  });
});
