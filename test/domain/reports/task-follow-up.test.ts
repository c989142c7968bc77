import { describe, expect, it } from "vitest";
import { toTelegramHtml } from "../../../src/bot/render/telegram-html.js";
import { quarterOf } from "../../../src/domain/periods/period.js";
import { compileBriefing } from "../../../src/domain/reports/briefing.js";
import { renderBriefing } from "../../../src/domain/reports/briefing-prose.js";
import type { SubmittedReport } from "../../../src/domain/reports/report-data.js";
import { compileTaskFollowUp, renderTaskFollowUp } from "../../../src/domain/reports/task-follow-up.js";
import type { TaskMark } from "../../../src/domain/tasks/task-marks.js";
import { toPlainText } from "../../../src/domain/text/rich-text.js";
import { fluentTranslate } from "../../support/fluent.js";
import { parseTelegramHtml } from "../../support/telegram-html.js";
import { giaLai, q4Reports } from "./gia-lai.js";

const t = fluentTranslate("vi", "reports", "periods", "figures", "tasks");
const Q4 = quarterOf(2023, 4);
const mark = (text: string, status: TaskMark["status"], note: string | null = null): TaskMark => ({ text, status, note });
const ND_MARKS = [
  mark("Tổ chức 12 lớp tập huấn", "done", "640 lượt hội viên"),
  mark("Kết nạp 500 hội viên mới", "in_progress"),
  mark("Sơ kết mô hình <chi hội>", "not_done"),
];
const withTasks = (): SubmittedReport[] =>
  q4Reports().map((report) =>
    report.organisationCode === "ND"
      ? { ...report, tasks: { fromPeriodKey: "2023-Q3", marks: ND_MARKS } }
      : report.organisationCode === "PN"
        ? { ...report, tasks: { fromPeriodKey: "2023-Q3", marks: [mark("Ra mắt mô hình", "done"), mark("Tập huấn", null)] } }
        : report,
  );

describe("the follow-up of last quarter's tasks in answers and the briefing", () => {
  it("answers per organisation with its summary and its tasks marked, naming those that did not report one", () => {
    const text = toTelegramHtml(renderTaskFollowUp(compileTaskFollowUp(giaLai(withTasks()), Q4, ["ND", "LDLD"]), t));
    expect(text).toContain("<b>Thực hiện nhiệm vụ quý III/2023 (báo cáo quý IV/2023):</b>");
    expect(text).toContain(": 1/3 hoàn thành, 1 đang thực hiện, 1 chưa thực hiện");
    expect(text).toContain("✅ Tổ chức 12 lớp tập huấn: Hoàn thành (640 lượt hội viên)");
    expect(text).toContain("❌ Sơ kết mô hình &lt;chi hội&gt;: Chưa thực hiện");
    expect(text).toMatch(/Chưa báo cáo: .*L/);
    expect(() => parseTelegramHtml(text)).not.toThrow();
    expect(toPlainText(renderTaskFollowUp(compileTaskFollowUp(giaLai(), Q4, []), t))).toBe(
      "Chưa có đơn vị nào báo cáo việc thực hiện nhiệm vụ quý III/2023.",
    );
  });

  it("puts a line under each organisation that followed its tasks up, and the bloc's total", () => {
    const text = toPlainText(
      renderBriefing(compileBriefing(giaLai(withTasks()), Q4, { version: 1, now: new Date("2023-11-28T03:00:00Z") }), t),
    );
    expect(text).toContain("Thực hiện nhiệm vụ quý III/2023: 1/3 hoàn thành, 1 đang thực hiện, 1 chưa thực hiện.");
    expect(text).toContain("Thực hiện nhiệm vụ quý III/2023: 1/2 hoàn thành, 1 chưa báo cáo.");
    expect(text).toContain(
      "Thực hiện nhiệm vụ quý III/2023 toàn khối: 2/5 hoàn thành, 1 đang thực hiện, 1 chưa thực hiện, 1 chưa báo cáo (2 đơn vị báo cáo).",
    );
    const without = toPlainText(renderBriefing(compileBriefing(giaLai(), Q4, { version: 1, now: new Date("2023-11-28T03:00:00Z") }), t));
    expect(without).not.toContain("Thực hiện nhiệm vụ");
  });
});
