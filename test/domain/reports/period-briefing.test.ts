import { describe, expect, it } from "vitest";
import type { Period } from "../../../src/domain/periods/period.js";
import { compileBriefing } from "../../../src/domain/reports/briefing.js";
import { briefingChart } from "../../../src/domain/reports/briefing-chart-data.js";
import { annexRows, briefingDocument } from "../../../src/domain/reports/briefing-document.js";
import {
  briefingQuarters,
  comparisonPeriod,
  followingPeriod,
  periodInFuture,
  sheetPeriods,
  trendQuarters,
} from "../../../src/domain/reports/briefing-period.js";
import { renderBriefing } from "../../../src/domain/reports/briefing-prose.js";
import { briefingSheets } from "../../../src/domain/reports/briefing-sheets.js";
import type { ReportData, SubmittedReport } from "../../../src/domain/reports/report-data.js";
import { toPlainText } from "../../../src/domain/text/rich-text.js";
import { fluentTranslate } from "../../support/fluent.js";
import { giaLai, MEMBER_ORGS, report } from "./gia-lai.js";

const t = fluentTranslate("vi", "reports", "periods", "figures", "tasks", "documents");
const YEAR_2023: Period = { kind: "year", year: 2023 };
const H1_2024: Period = { kind: "half", year: 2024, half: 1 };
const NINE_2024: Period = { kind: "nine_months", year: 2024 };
const NOW = new Date("2024-12-20T03:00:00Z");

/** Gia Lai with a stock (members in total) and a rate (the Women's Union's share of poor households helped) besides its flows. */
function bloc(reports: SubmittedReport[]): ReportData {
  const data = giaLai(reports);
  data.indicators.push(
    {
      code: "TONG_HV",
      name: "Tổng số đoàn viên, hội viên",
      unit: "người",
      kind: "stock",
      organisationCodes: [...MEMBER_ORGS],
      sortOrder: 7,
    },
    { code: "TY_LE", name: "Tỷ lệ hộ nghèo được hỗ trợ", unit: "%", kind: "rate", organisationCodes: ["PN", "ND"], sortOrder: 8 },
  );
  return data;
}

/** One quarter's report per organisation: new members, members in total, the rate for PN and ND. */
function quarterReports(year: number, quarter: number, step: number, codes = ["MTTQ", ...MEMBER_ORGS]): SubmittedReport[] {
  return codes.map((code) =>
    code === "MTTQ"
      ? report(code, `${year}-Q${quarter}`, { QUY_VNN: 1000 * quarter, GIAM_SAT: 2 })
      : report(code, `${year}-Q${quarter}`, {
          HV_MOI: 100 * quarter,
          TONG_HV: 10000 + step * quarter,
          ...(code === "PN" || code === "ND" ? { TY_LE: 50 + quarter } : {}),
        }),
  );
}

/** The briefing as the text channels show it. */
const render = (data: ReportData, period: Period) =>
  toPlainText(renderBriefing(compileBriefing(data, period, { version: 1, now: NOW }), t));
/** An organisation's part of the briefing: its paragraph, which opens with its name. */
const part = (text: string, name: string) => text.split("\n\n").find((paragraph) => paragraph.startsWith(name)) ?? "";

describe("the periods a briefing reads", () => {
  it("compares a quarter with the one before and a longer period with the same period of the year before", () => {
    expect(comparisonPeriod({ kind: "quarter", year: 2024, quarter: 1 })).toEqual({ kind: "quarter", year: 2023, quarter: 4 });
    expect(comparisonPeriod(H1_2024)).toEqual({ kind: "half", year: 2023, half: 1 });
    expect(briefingQuarters(YEAR_2023).map((quarter) => `${quarter.year}-Q${quarter.quarter}`)).toEqual([
      "2023-Q1",
      "2023-Q2",
      "2023-Q3",
      "2023-Q4",
      "2022-Q1",
      "2022-Q2",
      "2022-Q3",
      "2022-Q4",
    ]);
  });

  it("sets the next tasks for the period that follows, and knows a period not begun", () => {
    expect(followingPeriod(H1_2024)).toEqual({ kind: "half", year: 2024, half: 2 });
    expect(followingPeriod({ kind: "half", year: 2024, half: 2 })).toEqual({ kind: "half", year: 2025, half: 1 });
    expect(followingPeriod(NINE_2024)).toEqual({ kind: "quarter", year: 2024, quarter: 4 });
    expect(followingPeriod(YEAR_2023)).toEqual({ kind: "year", year: 2024 });
    expect(periodInFuture({ kind: "year", year: 2025 }, { kind: "quarter", year: 2024, quarter: 4 })).toBe(true);
    expect(periodInFuture(YEAR_2023, { kind: "quarter", year: 2023, quarter: 1 })).toBe(false);
  });

  it("gives the sheets the period and three before it, and the trend the four quarters to its end", () => {
    expect(sheetPeriods(H1_2024).map((period) => period.kind === "half" && `${period.year}-H${period.half}`)).toEqual([
      "2024-H1",
      "2023-H2",
      "2023-H1",
      "2022-H2",
    ]);
    expect(trendQuarters(NINE_2024).map((quarter) => `${quarter.year}-Q${quarter.quarter}`)).toEqual([
      "2023-Q4",
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
    ]);
  });
});

describe("the yearly briefing over four quarters", () => {
  const data = bloc([1, 2, 3, 4].flatMap((quarter) => quarterReports(2023, quarter, 10)));
  const text = render(data, YEAR_2023);
  const model = compileBriefing(data, YEAR_2023, { version: 1, now: NOW });

  it("says the year in its title and its opening", () => {
    expect(text.split("\n")[0]).toBe("Kết quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai năm 2023");
    expect(text.split("\n\n")[1]).toMatch(/^Trong năm 2023, /);
    expect(text).toContain("Tất cả 6/6 cơ quan, đơn vị đã nộp báo cáo.");
  });

  it("sums the flows over the quarters, takes the stocks at the year's end, and never totals the rates", () => {
    // 5 organisations × (100 + 200 + 300 + 400) new members.
    expect(text).toContain("Toàn tỉnh đã phát triển 5.000 đoàn viên, hội viên mới.");
    // 5 organisations × 10.040 members at the end of quarter IV, not the sum of four quarters.
    expect(text).toContain("tổng số đoàn viên, hội viên: 50.200 người");
    expect(model.summary.map((entry) => entry.indicator.code)).not.toContain("TY_LE");
    const pn = part(text, "Hội Liên hiệp Phụ nữ tỉnh");
    expect(pn).toContain("Phát triển 1.000 đoàn viên, hội viên mới");
    expect(pn).toContain("tổng số đoàn viên, hội viên: 10.040 người");
    expect(pn).toContain("tỷ lệ hộ nghèo được hỗ trợ: 54%");
    expect(part(text, "Ủy ban MTTQ Việt Nam tỉnh")).toContain("Vận động Quỹ “Vì người nghèo” được 10 tỷ đồng");
  });

  it("compares with the year before when everyone counted reported all of it", () => {
    const withLastYear = bloc([...data.reports, ...[1, 2, 3, 4].flatMap((quarter) => quarterReports(2022, quarter, 5))]);
    const opening = render(withLastYear, YEAR_2023).split("\n\n")[1] ?? "";
    expect(opening).toContain("phát triển 5.000 đoàn viên, hội viên mới, bằng năm 2022");
    expect(opening).toContain("tổng số đoàn viên, hội viên: 50.200 người, tăng 100 người (0,2%) so với năm 2022");
    // Without the Farmers' Union's quarter III/2022 the year's flows compare over the other four; the stock at the year's end over all.
    const missingQuarter = render(
      bloc(withLastYear.reports.filter((r) => !(r.organisationCode === "ND" && r.periodKey === "2022-Q3"))),
      YEAR_2023,
    );
    expect(missingQuarter).toContain("phát triển 5.000 đoàn viên, hội viên mới, ");
    expect(missingQuarter).toContain("năm 2022 (tính trên 4/5 đơn vị có số liệu cả hai kỳ)");
    expect(missingQuarter).toContain("50.200 người, tăng 100 người");
  });

  it("names the Word file and its annex for the year beside the year before, and gives the spreadsheet a sheet per year", () => {
    const doc = briefingDocument(model, data, { place: "Gia Lai", date: NOW, timeZone: "Asia/Ho_Chi_Minh" }, t);
    expect(doc.fileName).toBe("bao-cao-2023");
    expect(doc.subtitle).toContain("tỉnh Gia Lai năm 2023");
    expect(doc.annex.header.slice(3, 5)).toEqual(["Năm 2023", "Năm 2022"]);
    const rows = annexRows(data, YEAR_2023, t);
    expect(rows.find((row) => row.cells[1] === "Đoàn viên, hội viên mới")?.cells.slice(3)).toEqual(["1.000", "—", "—"]);
    const sheets = briefingSheets(data, YEAR_2023, t);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["năm 2023", "năm 2022", "năm 2021", "năm 2020"]);
    expect(sheets[0]?.totals[0]).toBe(5000);
    expect(briefingChart(data, YEAR_2023, t).trend.map((point) => point.quarter)).toEqual([
      "quý I/2023",
      "quý II/2023",
      "quý III/2023",
      "quý IV/2023",
    ]);
  });
});

describe("texts of several quarters", () => {
  const reports = [1, 2].flatMap((quarter) => quarterReports(2024, quarter, 10));
  const write = (code: string, key: string, texts: SubmittedReport["texts"]) => {
    const found = reports.find((r) => r.organisationCode === code && r.periodKey === key);
    if (found) found.texts = texts;
  };
  write("ND", "2024-Q1", { highlights: "Ngày hội nông dân.", limitations: "Thiếu vốn." });
  write("ND", "2024-Q2", { highlights: "Hội thi nhà nông giỏi.", limitations: "Hội viên đi làm ăn xa.", next_tasks: "Sơ kết 6 tháng." });
  const text = render(bloc(reports), H1_2024);

  it("takes each organisation's texts of each quarter, attributed with the quarter", () => {
    const nd = part(text, "Hội Nông dân tỉnh");
    expect(nd).toContain("Quý I/2024: Ngày hội nông dân. Quý II/2024: Hội thi nhà nông giỏi.");
    expect(text).toContain("Thiếu vốn (Hội Nông dân, quý I/2024). Hội viên đi làm ăn xa (Hội Nông dân, quý II/2024).");
  });

  it("names the half-year in the title and the next half-year in the tasks", () => {
    expect(text.split("\n")[0]).toMatch(/tỉnh Gia Lai 6 tháng đầu năm 2024$/);
    expect(text).toContain("Về nhiệm vụ trọng tâm 6 tháng cuối năm 2024, các đơn vị đề ra: Sơ kết 6 tháng (Hội Nông dân, quý II/2024).");
  });
});

describe("a period some organisations reported only in part", () => {
  it("says which quarters are missing for whom, and sums only what came in", () => {
    const reports = [1, 2]
      .flatMap((quarter) => quarterReports(2024, quarter, 10))
      .filter((r) => !(r.organisationCode === "CCB" && r.periodKey === "2024-Q2") && !(r.organisationCode === "LDLD"));
    const text = render(bloc(reports), H1_2024);
    expect(text).toContain("Chưa nộp báo cáo (1 đơn vị): LĐLĐ tỉnh.");
    expect(text).toContain("Chưa nộp đủ báo cáo các quý (1 đơn vị): Hội CCB (quý II/2024).");
    expect(text).not.toContain("Tất cả");
    // DOAN, PN, ND: 300 each; CCB: 100 in quarter I only.
    expect(text).toContain("phát triển 1.000 đoàn viên, hội viên mới");
    expect(part(text, "Hội Cựu chiến binh tỉnh")).toContain("Phát triển 100 đoàn viên, hội viên mới");
    expect(text.split("\n")[1]).toContain("4/6");
  });

  it("says which quarters of the period nobody has reported yet", () => {
    const text = render(bloc([1, 2].flatMap((quarter) => quarterReports(2024, quarter, 10))), NINE_2024);
    expect(text).toContain("Chưa có đơn vị nào nộp báo cáo quý III/2024");
    expect(text).toContain("Trong 9 tháng năm 2024, ");
    expect(text).toContain("phát triển 1.500 đoàn viên, hội viên mới");
  });
});
