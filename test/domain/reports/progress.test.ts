import { describe, expect, it } from "vitest";
import type { Quarter } from "../../../src/domain/periods/period.js";
import { compileProgress, renderProgress } from "../../../src/domain/reports/progress.js";
import { renderHistory, renderTrace } from "../../../src/domain/reports/trace.js";
import { fluentTranslate } from "../../support/fluent.js";
import { giaLai, q4Reports, report } from "./gia-lai.js";

const t = fluentTranslate("vi", "reports", "periods", "figures");
const Q4: Quarter = { kind: "quarter", year: 2023, quarter: 4 };
/** 17:00 on 05/12/2023 in Vietnam. */
const DEADLINE = new Date("2023-12-05T10:00:00Z");

const progress = (reports = q4Reports(), now = new Date("2023-11-28T03:00:00Z")) =>
  renderProgress(compileProgress(giaLai(reports), Q4, DEADLINE, now), t);

describe("progress of the quarter's reports", () => {
  it("counts 6/6 when every organisation has submitted", () => {
    const text = progress();
    expect(text).toContain("<b>Tiến độ nộp báo cáo quý IV/2023</b>: 6/6 đơn vị đã nộp.");
    expect(text).toContain("Tất cả các đơn vị đã nộp báo cáo.");
    expect(text).not.toContain("Chưa nộp");
  });

  it("counts 5/6 and names the organisation that has not submitted", () => {
    const text = progress(q4Reports().filter((r) => r.organisationCode !== "CCB"));
    expect(text).toContain("5/6 đơn vị đã nộp");
    const missing = text.slice(text.indexOf("<b>Chưa nộp</b>"));
    expect(missing).toContain("Hội Cựu chiến binh tỉnh");
    expect(missing).not.toContain("Hội Nông dân tỉnh");
    expect(text.slice(0, text.indexOf("<b>Chưa nộp</b>"))).not.toContain("Hội Cựu chiến binh tỉnh");
  });

  it("ignores reports of other quarters", () => {
    const text = progress([report("DOAN", "2023-Q3", { HV_MOI: 1 })]);
    expect(text).toContain("0/6 đơn vị đã nộp");
    expect(text).not.toContain("<b>Đã nộp</b>");
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
    const text = renderProgress(compileProgress(giaLai(reports), Q4, DEADLINE, new Date("2023-11-28T03:00:00Z"), codes), t);
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
  it("names the organisation, quarter, version, person and time", () => {
    const data = giaLai();
    const nd = { ...report("ND", "2023-Q4", {}), version: 3, submittedBy: "Nguyễn Văn A <HND>" };
    expect(renderTrace(nd, data, t)).toBe(
      "• Hội Nông dân tỉnh, quý IV/2023: lần nộp 3, do Nguyễn Văn A &lt;HND&gt; xác nhận lúc 25/11/2023 09:30.",
    );
  });

  it("falls back to the code of an organisation no longer in the bloc", () => {
    expect(renderTrace(report("XYZ", "2024-Q1", {}), giaLai(), t)).toContain("• XYZ, quý I/2024: lần nộp 1");
  });
});

describe("the history of a report", () => {
  it("says a version that changed only texts left the figures as they were", () => {
    const first = { ...report("ND", "2023-Q4", { HV_MOI: 6541 }), version: 1 };
    const second = { ...first, version: 2, texts: { highlights: "Đã sửa" } };
    const [history] = renderHistory([second, first], giaLai(), t);
    expect(history).toContain("lần nộp 2");
    expect(history).toContain("Số liệu giữ nguyên so với lần nộp 1 (chỉ sửa phần nội dung).");
  });

  it("lists a figure left empty then given as a change from missing", () => {
    const first = { ...report("ND", "2023-Q4", { HV_MOI: null }), version: 1 };
    const second = { ...report("ND", "2023-Q4", { HV_MOI: 6541 }), version: 2 };
    const [history] = renderHistory([first, second], giaLai(), t);
    expect(history).toMatch(/Sửa so với lần nộp 1: .+ chưa có số liệu → 6\.541\./);
  });
});
