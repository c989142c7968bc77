import { describe, expect, it } from "vitest";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import type { ReadableIndicator } from "../../../src/domain/report-reading/report-reading.js";
import { HV_MOI } from "./indicators.js";

const INDICATORS: ReadableIndicator[] = [HV_MOI];

const chat = (next: string) =>
  [
    "Dạ em Bí thư Đoàn xã gửi báo cáo nhanh quý 2/2026 ạ:",
    "- Kết nạp 14 ĐV mới",
    "- Ra quân 3 đợt dọn vệ sinh môi trường",
    "- Khó khăn: ĐV đi làm ăn xa nhiều",
    `- ${next}: tổ chức sinh hoạt hè cho thiếu nhi, kết nạp 20 ĐV mới`,
    "Em cảm ơn anh chị!",
  ].join("\n");

describe("the reader of a report sent as a chat message, without headings", () => {
  it("reads a line labelled with the next quarter as the next tasks, ending the limitations before it", () => {
    for (const next of ["Quý 3", "Quý III", "Quý tới"]) {
      const { texts, figures } = readReport(chat(next), INDICATORS);
      expect(texts.limitations?.text, next).toBe("ĐV đi làm ăn xa nhiều");
      // The thanks that sign the message off are no task.
      expect(texts.next_tasks?.text, next).toBe("tổ chức sinh hoạt hè cho thiếu nhi, kết nạp 20 ĐV mới");
      // What is planned for the next quarter is no result of this one.
      expect(figures.HV_MOI?.map((figure) => figure.value)).toEqual(["14"]);
    }
  });

  it("does not take a label naming another quarter than the next for the next tasks", () => {
    expect(readReport(chat("Quý 4"), INDICATORS).texts.next_tasks).toBeUndefined();
  });

  it("reads the list items its opening line introduces, before the first labelled line, as its results", () => {
    const { texts } = readReport(chat("Quý 3"), INDICATORS);
    expect(texts.highlights).toEqual({
      text: "- Kết nạp 14 ĐV mới\n- Ra quân 3 đợt dọn vệ sinh môi trường",
      heading: "Dạ em Bí thư Đoàn xã gửi báo cáo nhanh quý 2/2026 ạ:",
    });
  });

  it("takes no results from list items under a title without a colon", () => {
    const report = chat("Quý 3").replace("gửi báo cáo nhanh quý 2/2026 ạ:", "BÁO CÁO NHANH QUÝ 2/2026");
    expect(readReport(report, INDICATORS).texts.highlights).toBeUndefined();
  });
});
