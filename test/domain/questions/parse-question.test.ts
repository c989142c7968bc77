import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG } from "../../../src/domain/catalog/builtin-catalog.js";
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

describe("parseQuestion against the built-in catalog", () => {
  // The names the bot passes: name, code, short name and aliases (src/bot/features/questions.ts).
  const builtin = (now: Date): QuestionContext => ({
    now,
    organisations: BUILTIN_CATALOG.organisations.map((org) => ({
      id: org.code,
      names: [org.name, org.code, org.short_name, ...org.aliases],
    })),
    indicators: BUILTIN_CATALOG.indicators.map((indicator) => ({
      id: indicator.code,
      names: [indicator.name, indicator.code, ...indicator.aliases],
    })),
  });
  // Early in Q1/2025 (J) and late in Q4/2025 (N).
  const J = builtin(new Date("2025-01-10T03:00:00Z"));
  const N = builtin(new Date("2025-11-20T03:00:00Z"));
  const quarter = (year: number, q: number) => ({ kind: "quarter", year, quarter: q });

  it.each([
    ["còn ai chưa báo cáo", { intent: "progress", period: null }],
    ["những ai chưa báo cáo", { intent: "progress", period: null }],
    ["ai chưa nhập số liệu quý 4", { intent: "progress", period: quarter(2025, 4) }],
    ["đủ chưa", { intent: "progress", period: null }],
    ["đơn vị nào chưa gửi", { intent: "progress", period: null }],
    ["đơn vị nào còn nợ báo cáo", { intent: "progress", period: null }],
    ["các đơn vị đã báo cáo chưa", { intent: "progress", period: null }],
    ["ai đã nhập số liệu rồi", { intent: "progress", period: null }],
    ["progress Q4", { intent: "progress", period: quarter(2025, 4) }],
    ["who hasn't submitted yet", { intent: "progress", period: null }],
    ["missing reports", { intent: "progress", period: null }],
  ])("takes %j as a question about who has submitted", (text, expected) => {
    expect(parseQuestion(text, N)).toEqual(expected);
  });

  it.each([
    ["so sanh hnd quy 4 voi nam ngoai", { period: quarter(2025, 4), against: "same_last_year", organisationIds: ["ND"] }],
    ["so với quý 3", { period: null, against: quarter(2025, 3) }],
    ["so với quý trước", { period: null, against: "previous" }],
    ["hội nông dân quý 4 năm 2024 và quý 4 năm 2023", { period: quarter(2024, 4), against: quarter(2023, 4), organisationIds: ["ND"] }],
    ["compare Q4 with Q3", { period: quarter(2025, 4), against: quarter(2025, 3) }],
    ["quý 4 so với quý 4 năm ngoái", { period: quarter(2025, 4), against: quarter(2024, 4) }],
    ["so sánh hnd và hpn quý 4", { period: quarter(2025, 4), against: "previous", organisationIds: ["ND", "PN"] }],
    ["ket qua quy 4 so voi cung ki", { period: quarter(2025, 4), against: "same_last_year" }],
    ["Q4 vs same period last year", { period: quarter(2025, 4), against: "same_last_year" }],
    // Joined by "và", the later period is shown and the earlier is the baseline.
    ["so sánh kết nạp đảng quý 3 và quý 4", { period: quarter(2025, 4), against: quarter(2025, 3), indicatorIds: ["KN_DANG"] }],
    ["kết quả quý 3 và quý 4 năm 2024", { period: quarter(2024, 4), against: quarter(2024, 3) }],
    // "So với" names the baseline, whichever is later.
    ["quý 3 so với quý 4 năm ngoái", { period: quarter(2025, 3), against: quarter(2024, 4) }],
  ])("compares %j", (text, expected) => {
    expect(parseQuestion(text, N)).toMatchObject({ intent: "compare", ...expected });
  });

  it.each([
    ["bao nhieu doan vien moi", N, { organisationIds: [], indicatorIds: ["HV_MOI"] }],
    ["doan vien moi cua doan thanh nien", N, { organisationIds: ["DOAN"], indicatorIds: ["HV_MOI"] }],
    ["số đảng viên kết nạp", N, { organisationIds: [], indicatorIds: ["KN_DANG"] }],
    [
      "hội nông dân quý 4 kết nạp được bao nhiêu hội viên",
      N,
      { period: quarter(2025, 4), organisationIds: ["ND"], indicatorIds: ["HV_MOI"] },
    ],
    ["quý 4 đoàn có bao nhiêu đoàn viên", N, { period: quarter(2025, 4), organisationIds: ["DOAN"], indicatorIds: ["DOAN_TONG"] }],
    ["quỹ hỗ trợ nông dân của hội nông dân", N, { organisationIds: ["ND"], indicatorIds: ["ND_QHTND"] }],
    ["kết nạp đảng viên và hiến máu quý 4", N, { organisationIds: [], indicatorIds: ["KN_DANG", "DOAN_HIEN_MAU"] }],
    // Equally good candidates are all offered.
    ["hội viên", N, { organisationIds: [], indicatorIds: ["HV_MOI", "HV_GIAM"] }],
    ["tong quy vi nguoi ngheo ca nam", N, { period: { kind: "year", year: 2025 }, indicatorIds: ["QUY_VNN"] }],
    ["ket nap dang vien 6 thang dau nam", J, { period: { kind: "half", year: 2025, half: 1 }, indicatorIds: ["KN_DANG"] }],
  ] as const)("reads %j as the names that fit it best", (text, context, expected) => {
    expect(parseQuestion(text, context)).toMatchObject({ intent: "results", ...expected });
  });

  it.each([
    ["kết quả công tác quý 4 của Hội LHPN", "PN"],
    ["LHPN quý 4", "PN"],
    ["Hội LHPN tỉnh", "PN"],
    ["HLHPN quy 4", "PN"],
    ["UBMTTQ tỉnh năm 2024", "MTTQ"],
    ["ĐTN quý 4", "DOAN"],
    ["HCCB quý 4", "CCB"],
    ["CĐ quý 4", "LDLD"],
    ["LĐLĐ quý 3", "LDLD"],
    // Two letters swapped are one typo.
    ["cuu chein binh", "CCB"],
    ["Women's Union Q4 results", "PN"],
  ])("finds the organisation in %j", (text, id) => {
    expect(parseQuestion(text, N)).toMatchObject({ intent: "results", organisationIds: [id] });
  });

  it.each([
    ["năm 2024 quý 4 hội nông dân", quarter(2024, 4)],
    ["hnd quý 4 của năm 2024", quarter(2024, 4)],
    ["Quý IV - năm 2024 hội nông dân", quarter(2024, 4)],
    ["hnd năm qua", { kind: "year", year: 2025 }],
  ])("reads the period of %j as /baocao will show it", (text, period) => {
    expect(parseQuestion(text, N)).toMatchObject({ intent: "results", period, organisationIds: ["ND"] });
  });

  it.each(["help me", "what can I ask?", "trợ giúp", "?"])("offers help for %j", (text) => {
    expect(parseQuestion(text, N)).toEqual({ intent: "help" });
  });

  it("finds new members asked for in English", () => {
    expect(parseQuestion("new members Q4", N)).toMatchObject({ intent: "results", period: quarter(2025, 4), indicatorIds: ["HV_MOI"] });
  });

  it("finds exactly the indicator or the organisation named, whatever the period around it", () => {
    const indicatorNames = BUILTIN_CATALOG.indicators.flatMap((indicator) =>
      [indicator.name, ...indicator.aliases].map((name) => [indicator.code, name] as const),
    );
    const organisationNames = BUILTIN_CATALOG.organisations.flatMap((org) =>
      [org.name, org.short_name, ...org.aliases].map((name) => [org.code, name] as const),
    );
    const periods = fc.constantFrom("", "quý 4", "quy IV/2024", "6 tháng đầu năm", "năm nay");
    fc.assert(
      fc.property(fc.constantFrom(...indicatorNames), periods, ([code, name], period) => {
        expect(parseQuestion(`bao nhiêu ${name} ${period}`, N)).toMatchObject({ intent: "results", indicatorIds: [code] });
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...organisationNames), periods, ([code, name], period) => {
        expect(parseQuestion(`kết quả của ${name} ${period}`, N)).toMatchObject({
          intent: "results",
          organisationIds: [code],
          indicatorIds: [],
        });
      }),
    );
  });
});
