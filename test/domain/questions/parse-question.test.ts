import { describe, expect, it } from "vitest";
import { parseQuestion, type QuestionContext } from "../../../src/domain/questions/parse-question.js";

const context: QuestionContext = {
  now: new Date("2023-12-10T03:00:00Z"),
  organisations: [
    { id: "MTTQ", names: ["Ủy ban MTTQ Việt Nam tỉnh", "MTTQ", "mặt trận"] },
    { id: "DOAN", names: ["Tỉnh đoàn", "DOAN", "đoàn thanh niên", "đoàn"] },
    { id: "PN", names: ["Hội Liên hiệp Phụ nữ tỉnh", "PN", "hội phụ nữ"] },
    { id: "ND", names: ["Hội Nông dân tỉnh", "ND", "hội nông dân", "hnd"] },
    { id: "CCB", names: ["Hội Cựu chiến binh tỉnh", "CCB"] },
    { id: "LDLD", names: ["Liên đoàn Lao động tỉnh", "LDLD", "lđlđ"] },
  ],
  indicators: [
    { id: "HV_MOI", names: ["Đoàn viên, hội viên mới"] },
    { id: "HV_GIAM", names: ["Đoàn viên, hội viên giảm"] },
    { id: "GT_DANG", names: ["Quần chúng ưu tú giới thiệu cho Đảng"] },
    { id: "KN_DANG", names: ["Đảng viên mới được kết nạp", "kết nạp đảng viên"] },
    { id: "QUY_VNN", names: ["Vận động Quỹ Vì người nghèo"] },
  ],
};
const q4 = { kind: "quarter", year: 2023, quarter: 4 };

describe("parseQuestion", () => {
  it.each([
    ["kết quả quý IV", { intent: "results", period: q4, organisationIds: [], indicatorIds: [] }],
    ["ket qua quy 4 nam 2023", { intent: "results", period: q4, organisationIds: [], indicatorIds: [] }],
    ["kq", { intent: "results", period: null, organisationIds: [], indicatorIds: [] }],
    ["Hội Nông dân quý IV", { intent: "results", period: q4, organisationIds: ["ND"], indicatorIds: [] }],
    ["HND quý ba", { intent: "results", period: { ...q4, quarter: 3 }, organisationIds: ["ND"] }],
    ["hoi nong dam quy 3", { intent: "results", organisationIds: ["ND"] }],
    ["Quỹ vì người nghèo quý 4", { intent: "results", period: q4, indicatorIds: ["QUY_VNN"] }],
    ["kết nạp đảng viên năm 2023", { intent: "results", period: { kind: "year", year: 2023 }, indicatorIds: ["KN_DANG"] }],
    ["đoàn viên, hội viên mới của tỉnh đoàn quý 4", { intent: "results", organisationIds: ["DOAN"], indicatorIds: ["HV_MOI"] }],
    ["6 tháng đầu năm", { intent: "results", period: { kind: "half", year: 2023, half: 1 } }],
  ])("understands %j", (text, expected) => {
    expect(parseQuestion(text, context)).toMatchObject(expected);
  });

  it("understands comparisons with a named period, the one before, or the same quarter last year", () => {
    expect(parseQuestion("so sánh quý IV với quý III", context)).toMatchObject({
      intent: "compare",
      period: q4,
      against: { kind: "quarter", year: 2023, quarter: 3 },
    });
    expect(parseQuestion("quý 4 so với cùng kỳ", context)).toMatchObject({
      intent: "compare",
      against: "same_last_year",
    });
    expect(parseQuestion("hnd quy 4 so voi quy truoc", context)).toMatchObject({
      intent: "compare",
      organisationIds: ["ND"],
      against: "previous",
    });
  });

  it("understands who has and has not submitted", () => {
    expect(parseQuestion("ai chưa nộp", context)).toEqual({ intent: "progress", period: null });
    expect(parseQuestion("đơn vị nào chưa nộp báo cáo", context)).toEqual({ intent: "progress", period: null });
    expect(parseQuestion("tiến độ", context)).toEqual({ intent: "progress", period: null });
    expect(parseQuestion("tien do quy 3", context)).toEqual({
      intent: "progress",
      period: { ...q4, quarter: 3 },
    });
  });

  it("offers help and suggestions instead of guessing", () => {
    expect(parseQuestion("trợ giúp", context)).toEqual({ intent: "help" });
    expect(parseQuestion("xin chào", context)).toMatchObject({ intent: "not_understood" });
  });
});
