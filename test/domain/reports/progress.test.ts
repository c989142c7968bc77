import { describe, expect, it } from "vitest";
import { toTelegramHtml } from "../../../src/bot/render/telegram-html.js";
import type { Quarter } from "../../../src/domain/periods/period.js";
import { compileProgress, renderProgress } from "../../../src/domain/reports/progress.js";
import { renderHistory, renderTrace } from "../../../src/domain/reports/trace.js";
import { toPlainText } from "../../../src/domain/text/rich-text.js";
import { fluentTranslate } from "../../support/fluent.js";
import { giaLai, q4Reports, report } from "./gia-lai.js";

const t = fluentTranslate("vi", "reports", "periods", "figures");
const Q4: Quarter = { kind: "quarter", year: 2023, quarter: 4 };
/** 17:00 on 05/12/2023 in Vietnam. */
const DEADLINE = new Date("2023-12-05T10:00:00Z");

const progress = (reports = q4Reports(), now = new Date("2023-11-28T03:00:00Z")) =>
  toPlainText(renderProgress(compileProgress(giaLai(reports), Q4, DEADLINE, now), t));

describe("progress of the quarter's reports", () => {
  it("counts 6/6 when every organisation has submitted", () => {
    const text = progress();
    expect(text).toContain("Tiến độ nộp báo cáo quý IV/2023: 6/6 đơn vị đã nộp.");
    expect(text).toContain("Tất cả các đơn vị đã nộp báo cáo.");
    expect(text).not.toContain("Chưa nộp");
  });

  it("counts 5/6 and names the organisation that has not submitted", () => {
    const text = progress(q4Reports().filter((r) => r.organisationCode !== "CCB"));
    expect(text).toContain("5/6 đơn vị đã nộp");
    const missing = text.slice(text.indexOf("\n\nChưa nộp\n"));
    expect(missing).toContain("Hội Cựu chiến binh tỉnh");
    expect(missing).not.toContain("Hội Nông dân tỉnh");
    expect(text.slice(0, text.indexOf("\n\nChưa nộp\n"))).not.toContain("Hội Cựu chiến binh tỉnh");
  });

  it("ignores reports of other quarters", () => {
    const text = progress([report("DOAN", "2023-Q3", { HV_MOI: 1 })]);
    expect(text).toContain("0/6 đơn vị đã nộp");
    expect(text).not.toContain("\n\nĐã nộp\n");
  });

  it("marks a report that came after the deadline", () => {
    const reports = q4Reports().map((r) => (r.organisationCode === "ND" ? { ...r, late: true } : r));
    const text = progress(reports);
    expect(text).toContain("✅ Hội Nông dân tỉnh: 25/11/2023 09:30 (nộp muộn)");
    expect(text).toContain("✅ Tỉnh đoàn: 25/11/2023 09:30\n");
  });

  it("says when each report came in, in Vietnam's time, and which version it is", () => {
    const reports = q4Reports().map((r) =>
      r.organisationCode === "ND" ? { ...r, version: 2, submittedAt: new Date("2023-11-27T18:15:00Z") } : r,
    );
    const text = progress(reports);
    expect(text).toContain("Hội Nông dân tỉnh: 28/11/2023 01:15 (lần 2)");
    expect(text).toContain("Tỉnh đoàn: 25/11/2023 09:30");
    expect(text).not.toContain("Tỉnh đoàn: 25/11/2023 09:30 (lần");
  });
});

describe("progress of the organisations asked about", () => {
  it.each([
    [["ND"], ["Hội Nông dân tỉnh: 25/11/2023 09:30"], ["Tỉnh đoàn", "Tất cả"]],
    [["CCB", "PN"], ["1/2 đơn vị đã nộp", "Hội Liên hiệp Phụ nữ tỉnh: 25/11/2023 09:30", "⏳ Hội Cựu chiến binh tỉnh"], ["Hội Nông dân"]],
  ])("for %j, says only theirs", (codes, shown, hidden) => {
    const reports = q4Reports().filter((r) => r.organisationCode !== "CCB");
    const text = toPlainText(renderProgress(compileProgress(giaLai(reports), Q4, DEADLINE, new Date("2023-11-28T03:00:00Z"), codes), t));
    for (const line of shown) expect(text).toContain(line);
    for (const line of hidden) expect(text).not.toContain(line);
  });
});

describe("the deadline", () => {
  it("gives the date and the days left", () => {
    expect(progress()).toContain("Hạn nộp: 05/12/2023 (còn 7 ngày).");
  });

  it("says today is the deadline from midnight in Vietnam", () => {
    // 00:30 on 05/12 in Vietnam, still 04/12 in UTC.
    expect(progress(q4Reports(), new Date("2023-12-04T17:30:00Z"))).toContain("Hạn nộp: hôm nay, 05/12/2023.");
  });

  it("says by how many days it is overdue", () => {
    expect(progress(q4Reports(), new Date("2023-12-07T20:00:00Z"))).toContain("Hạn nộp: 05/12/2023 (đã quá hạn 3 ngày).");
  });

  it("is kept in the model as whole days", () => {
    const model = compileProgress(giaLai(), Q4, DEADLINE, new Date("2023-12-03T23:00:00Z"));
    expect(model.daysLeft).toBe(1);
    expect(model.submitted.map((entry) => entry.organisation.code)).toEqual(["MTTQ", "DOAN", "PN", "ND", "CCB", "LDLD"]);
  });
});

describe("the trace of a report", () => {
  it("names the organisation and quarter, then the version, person and time", () => {
    const data = giaLai();
    const nd = { ...report("ND", "2023-Q4", {}), version: 3, submittedBy: "Nguyễn Văn A <HND>" };
    expect(toPlainText(renderTrace(nd, data, t))).toBe(
      "Hội Nông dân tỉnh, quý IV/2023\nLần nộp 3, do Nguyễn Văn A <HND> xác nhận lúc 25/11/2023 09:30.",
    );
    expect(toTelegramHtml(renderTrace(nd, data, t))).toContain("do Nguyễn Văn A &lt;HND&gt; xác nhận");
  });

  it("marks a late report", () => {
    const late = { ...report("ND", "2023-Q4", {}), late: true };
    expect(toPlainText(renderTrace(late, giaLai(), t))).toContain("xác nhận lúc 25/11/2023 09:30. (nộp muộn)");
  });

  it("falls back to the code of an organisation no longer in the bloc", () => {
    expect(toPlainText(renderTrace(report("XYZ", "2024-Q1", {}), giaLai(), t))).toContain("XYZ, quý I/2024\nLần nộp 1");
  });
});

describe("the history of a report", () => {
  it("says a version that changed only texts left the figures as they were", () => {
    const first = { ...report("ND", "2023-Q4", { HV_MOI: 6541 }), version: 1 };
    const second = { ...first, version: 2, texts: { highlights: "Đã sửa" } };
    const history = toPlainText(renderHistory([second, first], giaLai(), t));
    expect(history).toContain("Lần nộp 2");
    expect(history).toContain("Số liệu giữ nguyên so với lần nộp 1 (chỉ sửa phần nội dung).");
  });

  it("lists a figure left empty then given as a change from missing", () => {
    const first = { ...report("ND", "2023-Q4", { HV_MOI: null }), version: 1 };
    const second = { ...report("ND", "2023-Q4", { HV_MOI: 6541 }), version: 2 };
    const history = toPlainText(renderHistory([first, second], giaLai(), t));
    expect(history).toMatch(/Sửa so với lần nộp 1: .+ chưa có số liệu → 6\.541\./);
  });

  it("keeps the hedge a figure was typed with, and counts a hedge dropped as a change", () => {
    const first = { ...report("ND", "2023-Q4", { HV_MOI: 7289 }, { hedges: { HV_MOI: "about" } }), version: 1 };
    const second = { ...report("ND", "2023-Q4", { HV_MOI: 7289 }), version: 2 };
    const history = toPlainText(renderHistory([second, first], giaLai(), fluentTranslate("vi", "reports", "periods", "figures", "submit")));
    expect(history).toContain("Sửa so với lần nộp 1: Đoàn viên, hội viên mới khoảng 7.289 → 7.289.");
  });

  it("separates the reports, each under its heading", () => {
    const reports = [report("ND", "2023-Q4", {}), report("DOAN", "2023-Q4", {})];
    expect(toPlainText(renderHistory(reports, giaLai(), t))).toContain(
      "Tỉnh đoàn, quý IV/2023\nLần nộp 1, do Đại diện DOAN xác nhận lúc 25/11/2023 09:30.\n\nHội Nông dân tỉnh, quý IV/2023",
    );
  });
});
