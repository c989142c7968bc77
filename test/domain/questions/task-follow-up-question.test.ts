import { describe, expect, it } from "vitest";
import { quarterOf } from "../../../src/domain/periods/period.js";
import { parseQuestion, type QuestionContext } from "../../../src/domain/questions/parse-question.js";
import { followUpQuarter } from "../../../src/domain/reports/task-follow-up.js";

const context: QuestionContext = {
  now: new Date("2023-12-10T03:00:00Z"),
  organisations: [
    { id: "ND", names: ["Hội Nông dân tỉnh", "ND", "hội nông dân", "hnd"] },
    { id: "PN", names: ["Hội Liên hiệp Phụ nữ tỉnh", "PN", "hội phụ nữ"] },
  ],
  indicators: [{ id: "HV_MOI", names: ["Đoàn viên, hội viên mới"] }],
};
const q3 = { kind: "quarter", year: 2023, quarter: 3 };

describe("questions about last quarter's tasks", () => {
  it.each([
    ["Hội Nông dân đã làm được gì trong số nhiệm vụ quý trước?", { period: q3, organisationIds: ["ND"] }],
    ["tiến độ thực hiện nhiệm vụ quý III", { period: q3, organisationIds: [] }],
    ["các đơn vị thực hiện nhiệm vụ thế nào", { period: null, organisationIds: [] }],
    ["hoi phu nu hoan thanh nhiem vu chua", { period: null, organisationIds: ["PN"] }],
    ["how is the task follow-up going", { period: null, organisationIds: [] }],
  ])("%s", (text, expected) => {
    expect(parseQuestion(text, context)).toEqual({ intent: "tasks", ...expected });
  });

  it.each([
    ["nhiệm vụ quý tới của các đơn vị", "texts"],
    ["Hội Nông dân có kiến nghị gì", "texts"],
    ["ai chưa nộp", "progress"],
    ["tiến độ nộp báo cáo", "progress"],
  ])("%s is still %s", (text, intent) => {
    expect(parseQuestion(text, context).intent).toBe(intent);
  });

  it("reads a quarter's tasks in the next quarter's reports, and the reporting quarter's without one", () => {
    const q4 = quarterOf(2023, 4);
    expect(followUpQuarter(quarterOf(2023, 3), q4)).toEqual(q4);
    expect(followUpQuarter(q4, q4)).toEqual(quarterOf(2024, 1));
    expect(followUpQuarter(null, q4)).toEqual(q4);
  });
});
