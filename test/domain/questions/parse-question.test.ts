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
    expect(parseQuestion("ai chưa nộp", context)).toEqual({ intent: "progress", period: null, organisationIds: [] });
    expect(parseQuestion("đơn vị nào chưa nộp báo cáo", context)).toEqual({ intent: "progress", period: null, organisationIds: [] });
    expect(parseQuestion("tiến độ", context)).toEqual({ intent: "progress", period: null, organisationIds: [] });
    expect(parseQuestion("tien do quy 3", context)).toEqual({
      intent: "progress",
      period: { ...q4, quarter: 3 },
      organisationIds: [],
    });
  });

  it("offers help and suggestions instead of guessing", () => {
    expect(parseQuestion("trợ giúp", context)).toEqual({ intent: "help" });
    expect(parseQuestion("asdf qwerty", context)).toMatchObject({ intent: "not_understood" });
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
      kind: indicator.kind,
    })),
  });
  // Early in Q1/2025 (J) and late in Q4/2025 (N).
  const J = builtin(new Date("2025-01-10T03:00:00Z"));
  const N = builtin(new Date("2025-11-20T03:00:00Z"));
  const quarter = (year: number, q: number) => ({ kind: "quarter", year, quarter: q });

  it.each([
    ["còn ai chưa báo cáo", { intent: "progress", period: null, organisationIds: [] }],
    ["những ai chưa báo cáo", { intent: "progress", period: null, organisationIds: [] }],
    ["ai chưa nhập số liệu quý 4", { intent: "progress", period: quarter(2025, 4), organisationIds: [] }],
    ["đủ chưa", { intent: "progress", period: null, organisationIds: [] }],
    ["đơn vị nào chưa gửi", { intent: "progress", period: null, organisationIds: [] }],
    ["đơn vị nào còn nợ báo cáo", { intent: "progress", period: null, organisationIds: [] }],
    ["các đơn vị đã báo cáo chưa", { intent: "progress", period: null, organisationIds: [] }],
    ["ai đã nhập số liệu rồi", { intent: "progress", period: null, organisationIds: [] }],
    ["progress Q4", { intent: "progress", period: quarter(2025, 4), organisationIds: [] }],
    ["who hasn't submitted yet", { intent: "progress", period: null, organisationIds: [] }],
    ["missing reports", { intent: "progress", period: null, organisationIds: [] }],
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

describe("parseQuestion beyond figures", () => {
  const N: QuestionContext = {
    now: new Date("2025-11-20T03:00:00Z"),
    organisations: BUILTIN_CATALOG.organisations.map((org) => ({
      id: org.code,
      names: [org.name, org.code, org.short_name, ...org.aliases],
    })),
    indicators: BUILTIN_CATALOG.indicators.map((indicator) => ({
      id: indicator.code,
      names: [indicator.name, indicator.code, ...indicator.aliases],
      kind: indicator.kind,
    })),
  };
  const quarter = (year: number, q: number) => ({ kind: "quarter", year, quarter: q });

  it.each([
    ["Hội Nông dân có kiến nghị gì?", { organisationIds: ["ND"], sections: ["proposals"], period: null }],
    ["các đơn vị có khó khăn gì", { organisationIds: [], sections: ["limitations"], period: null }],
    ["hạn chế của tỉnh đoàn quý 3", { organisationIds: ["DOAN"], sections: ["limitations"], period: quarter(2025, 3) }],
    ["kết quả nổi bật của hội phụ nữ", { organisationIds: ["PN"], sections: ["highlights"] }],
    ["khó khăn, vướng mắc và đề xuất của HND", { organisationIds: ["ND"], sections: ["limitations", "proposals"] }],
    // Next quarter's tasks are in this quarter's reports.
    ["nhiệm vụ quý tới của các đơn vị", { organisationIds: [], sections: ["next_tasks"], period: null }],
    ["phuong huong quy sau cua cong doan", { organisationIds: ["LDLD"], sections: ["next_tasks"], period: null }],
    ["what problems did the Farmers' Union report", { organisationIds: ["ND"], sections: ["limitations"] }],
  ])("takes %j as a question about the texts", (text, expected) => {
    expect(parseQuestion(text, N)).toMatchObject({ intent: "texts", ...expected });
  });

  it.each([
    ["nop bao cao", false],
    ["Nộp báo cáo quý 4", false],
    ["em muốn nộp", false],
    ["làm sao để nộp báo cáo?", false],
    ["I want to submit", false],
    ["toi muon sua so lieu", true],
    ["cập nhật lại số liệu quý 4", true],
    ["sửa số liệu đã nộp", true],
    ["đơn vị em cần điều chỉnh báo cáo", true],
  ])("takes %j as a wish to submit (correction: %s)", (text, correction) => {
    expect(parseQuestion(text, N)).toEqual({ intent: "submit", correction });
  });

  it.each(["ai chưa nộp", "nộp chưa", "đơn vị nào đã gửi báo cáo", "tỉnh đoàn nộp báo cáo chưa"])(
    "takes %j as a question about others' reports, not a wish to submit",
    (text) => {
      expect(parseQuestion(text, N)).toMatchObject({ intent: "progress" });
    },
  );

  it.each([
    ["xin chào", "hello"],
    ["Chào bot ạ!", "hello"],
    ["hello", "hello"],
    ["chao buoi sang", "hello"],
    ["cảm ơn anh nhiều nhé", "thanks"],
    ["ok cám ơn", "thanks"],
    ["thank you", "thanks"],
  ])("takes %j as a greeting", (text, kind) => {
    expect(parseQuestion(text, N)).toEqual({ intent: "greeting", kind });
  });

  it("answers the question a greeting comes with", () => {
    expect(parseQuestion("chào anh, kết quả quý 4", N)).toMatchObject({ intent: "results", period: quarter(2025, 4) });
  });

  it.each([
    ["Hội Nông dân nộp lúc nào", { organisationIds: ["ND"], period: null }],
    ["khi nào tỉnh đoàn gửi báo cáo", { organisationIds: ["DOAN"] }],
    ["HPN nộp báo cáo quý 3 hôm nào", { organisationIds: ["PN"], period: quarter(2025, 3) }],
    ["hội nông dân đã nộp chưa", { organisationIds: ["ND"] }],
  ])("takes %j as a question about when a report came", (text, expected) => {
    expect(parseQuestion(text, N)).toMatchObject({ intent: "progress", ...expected });
  });

  it.each([
    ["đơn vị nào kết nạp hội viên mới nhiều nhất", { order: "most", indicatorIds: ["HV_MOI"] }],
    ["đơn vị nào có ít đảng viên mới nhất", { order: "least", indicatorIds: ["KN_DANG"] }],
    ["xếp hạng các đơn vị theo số đảng viên được kết nạp", { order: "all", indicatorIds: ["KN_DANG"] }],
    [
      "đơn vị nào đứng đầu về giới thiệu đảng viên năm 2025",
      { order: "most", indicatorIds: ["GT_DANG"], period: { kind: "year", year: 2025 } },
    ],
    ["hội nông dân hay hội phụ nữ kết nạp nhiều hội viên hơn", { order: "all", organisationIds: ["ND", "PN"], indicatorIds: ["HV_MOI"] }],
    ["đơn vị nào thấp nhất", { order: "least", indicatorIds: [] }],
  ])("takes %j as a ranking", (text, expected) => {
    expect(parseQuestion(text, N)).toMatchObject({ intent: "ranking", ...expected });
  });

  it.each([
    ["ket qua quy 5", { reason: "nonexistent_quarter", quarter: "5" }],
    ["quý 0 năm 2024", { reason: "nonexistent_quarter", quarter: "0" }],
    ["kết quả năm 3000", { reason: "future_period", period: { kind: "year", year: 3000 } }],
    ["kết quả quý tới", { reason: "future_period", period: quarter(2026, 1) }],
    ["khó khăn của các đơn vị năm 2027", { reason: "future_period", period: { kind: "year", year: 2027 } }],
    ["dự báo số hội viên mới quý tới", { reason: "forecast" }],
    ["ước tính cả năm kết nạp được bao nhiêu đảng viên", { reason: "forecast" }],
    ["Hội Người cao tuổi quý 4", { reason: "unknown_organisation", name: "Hội Người cao tuổi" }],
    ["hoi chu thap do co bao nhieu hoi vien", { reason: "unknown_organisation", name: "hoi chu thap do" }],
    ["bao nhiêu hộ thoát nghèo", { reason: "unknown_indicator", name: "hộ thoát nghèo" }],
    ["số nhà tình nghĩa năm 2025", { reason: "unknown_indicator", name: "nhà tình nghĩa" }],
    // No total of the associations' members in the catalog: not the members admitted instead.
    ["tổng số hội viên", { reason: "unknown_indicator", name: "tổng số hội viên" }],
    // A count whose words only a rate has: not answered with the rate, which is named as the nearest.
    ["có bao nhiêu hộ nghèo", { reason: "unknown_indicator", name: "hộ nghèo", nearest: ["CCB_TL_NGHEO"] }],
    ["số hộ nghèo trong hội quý 4", { reason: "unknown_indicator", name: "hộ nghèo", nearest: ["CCB_TL_NGHEO"] }],
    ["bao nhiêu hộ nghèo trong hội cựu chiến binh", { reason: "unknown_indicator", name: "hộ nghèo", nearest: ["CCB_TL_NGHEO"] }],
    ["số lượng hộ nghèo năm 2025", { reason: "unknown_indicator", name: "hộ nghèo", nearest: ["CCB_TL_NGHEO"] }],
  ])("says %j cannot be answered", (text, expected) => {
    expect(parseQuestion(text, N)).toMatchObject({ intent: "unanswerable", ...expected });
  });

  it.each([
    ["hội viên mới của các hội", ["HV_MOI"]],
    ["kết nạp hội viên mới", ["HV_MOI"]],
    ["tổng số hội viên mới", ["HV_MOI"]],
    ["hội nghị phản biện quý 4", ["PHAN_BIEN"]],
    ["kết nạp đảng viên 3 quý đầu năm", ["KN_DANG"]],
    // The rate itself, asked as a share or without asking a count.
    ["tỷ lệ hộ nghèo trong hội", ["CCB_TL_NGHEO"]],
    ["ti le ho ngheo quy 4", ["CCB_TL_NGHEO"]],
    ["hộ nghèo trong hội quý 4 chiếm bao nhiêu phần trăm", ["CCB_TL_NGHEO"]],
    ["hộ nghèo quý 4", ["CCB_TL_NGHEO"]],
    ["tỷ lệ tập hợp phụ nữ", ["PN_TL_TAPHOP"]],
  ])("reads %j as a figure of the catalog", (text, indicatorIds) => {
    expect(parseQuestion(text, N)).toMatchObject({ intent: "results", indicatorIds });
  });

  it("reads new members and the membership apart when the catalog has both", () => {
    const withTotal: QuestionContext = {
      ...context,
      indicators: [...context.indicators, { id: "TONG_HV", names: ["Tổng số đoàn viên, hội viên"], kind: "stock" }],
    };
    const read = (text: string) => parseQuestion(text, withTotal);
    expect(read("hội viên mới quý 4")).toMatchObject({ indicatorIds: ["HV_MOI"] });
    expect(read("tổng số hội viên mới")).toMatchObject({ indicatorIds: ["HV_MOI"] });
    expect(read("kết nạp hội viên mới")).toMatchObject({ indicatorIds: ["HV_MOI"] });
    expect(read("tổng số hội viên")).toMatchObject({ indicatorIds: ["TONG_HV"] });
    expect(read("có bao nhiêu hội viên")).toMatchObject({ indicatorIds: ["TONG_HV"] });
  });

  it("finds an association by its initials though the catalog lists none", () => {
    expect(parseQuestion("Hội LHPN quý 4", context)).toMatchObject({ intent: "results", organisationIds: ["PN"] });
    expect(parseQuestion("lhpn có khó khăn gì", context)).toMatchObject({ intent: "texts", organisationIds: ["PN"] });
  });
});
