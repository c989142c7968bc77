import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG } from "../../../src/domain/catalog/builtin-catalog.js";
import type { BlocCatalog } from "../../../src/domain/catalog/catalog.js";
import { parseCatalog } from "../../../src/domain/catalog/catalog-schema.js";
import { quarterOf } from "../../../src/domain/periods/period.js";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import { readableIndicator } from "../../../src/domain/report-reading/readable-indicator.js";

/** The built-in catalog's indicators of the Tỉnh đoàn, as the reader is given them. */
const INDICATORS = (parseCatalog(BUILTIN_CATALOG)[0] as BlocCatalog).indicators
  .filter((indicator) => indicator.organisations.includes("DOAN"))
  .map(readableIndicator);

const NINE_MONTHS = [
  "BÁO CÁO Kết quả công tác Đoàn 9 tháng đầu năm 2025",
  "Thanh niên tình nguyện: 9 tháng, các cấp bộ Đoàn thực hiện 1.027 công trình, phần việc thanh niên, riêng quý III thực hiện 436 công trình, phần việc thanh niên.",
  "Hiến máu tình nguyện: lũy kế 9 tháng vận động hiến 5.402 đơn vị máu; trong quý III là 1.618 đơn vị máu.",
  "Nội dung\tQuý III/2025\t9 tháng 2025",
  "Kết nạp đoàn viên mới\t1.562\t4.380",
  "Giới thiệu đoàn viên ưu tú cho Đảng\t\t1.105",
].join("\n");

const values = (text: string, context: Parameters<typeof readReport>[2]) => {
  const { figures } = readReport(text, INDICATORS, context);
  return Object.fromEntries(Object.entries(figures).map(([code, found]) => [code, found.map((figure) => figure.value)]));
};

describe("a report of several quarters read for the last quarter submitted", () => {
  it("proposes the quarter's figures given beside the cumulative ones, in prose and in the quarter's column", () => {
    const read = values(NINE_MONTHS, { quarter: quarterOf(2025, 3) });
    expect(read.DOAN_CTTN).toEqual(["436"]);
    expect(read.DOAN_HIEN_MAU).toEqual(["1618"]);
    expect(read.HV_MOI).toEqual(["1562"]);
    // Given for the 9 months only: no quarter's figure to propose.
    expect(read.GT_DANG).toEqual([]);
  });

  it("reads the report for its own period when no quarter is submitted, or another one", () => {
    for (const context of [{}, { quarter: quarterOf(2025, 2) }]) expect(values(NINE_MONTHS, context).DOAN_CTTN).toEqual(["1027"]);
  });

  it("keeps a half-year report's figures when it gives no quarter's own", () => {
    const text = "Báo cáo 6 tháng đầu năm 2025\n6 tháng đầu năm, kết nạp 4.732 đoàn viên mới.";
    expect(values(text, { quarter: quarterOf(2025, 2) }).HV_MOI).toEqual(["4732"]);
  });
});
