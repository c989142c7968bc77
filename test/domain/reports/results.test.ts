import { describe, expect, it } from "vitest";
import { toTelegramHtml } from "../../../src/bot/render/telegram-html.js";
import type { Period } from "../../../src/domain/periods/period.js";
import { compileRanking, renderRanking } from "../../../src/domain/reports/ranking.js";
import { compileResults, renderResults } from "../../../src/domain/reports/results.js";
import { compileTexts, renderTexts } from "../../../src/domain/reports/texts.js";
import type { TextSection } from "../../../src/domain/submission/draft.js";
import { type RichText, toPlainText } from "../../../src/domain/text/rich-text.js";
import { fluentTranslate } from "../../support/fluent.js";
import { parseTelegramHtml } from "../../support/telegram-html.js";
import { giaLai, LDLD_LIMITATION, MEMBER_ORGS, ND_LIMITATION, q4Reports, report } from "./gia-lai.js";

const t = fluentTranslate("vi", "reports", "periods", "figures");
const tHedges = fluentTranslate("vi", "reports", "periods", "submit", "figures");
const Q3: Period = { kind: "quarter", year: 2023, quarter: 3 };
const Q4: Period = { kind: "quarter", year: 2023, quarter: 4 };

// The answers as a text channel shows them; the escaping tests read the Telegram HTML.
const resultsText = (...args: Parameters<typeof renderResults>) => toPlainText(renderResults(...args));
const rankingText = (...args: Parameters<typeof renderRanking>) => toPlainText(renderRanking(...args));
const textsText = (...args: Parameters<typeof renderTexts>) => toPlainText(renderTexts(...args));

type Query = { period?: Period; organisationCodes?: string[]; indicatorCodes?: string[]; compareWith?: Period };

function answerText(data: ReturnType<typeof giaLai>, query: Query): RichText {
  return renderResults(
    compileResults(data, {
      period: query.period ?? Q4,
      organisationCodes: query.organisationCodes ?? [],
      indicatorCodes: query.indicatorCodes ?? [],
      ...(query.compareWith ? { compareWith: query.compareWith } : {}),
    }),
    t,
  );
}

/** The answer as plain text. */
function answer(data = giaLai(), query: Query = {}): string {
  return toPlainText(answerText(data, query));
}

/** The answer as Telegram HTML. */
function answerHtml(data = giaLai(), query: Query = {}): string {
  return toTelegramHtml(answerText(data, query));
}

/** The lines from a heading (after a blank line) to the next blank line. */
function block(text: string, heading: string): string {
  const found = text.indexOf(`\n\n${heading}`);
  const start = found < 0 ? found : found + 2;
  expect(start, `${heading} in\n${text}`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf("\n\n", start);
  return text.slice(start, end < 0 ? undefined : end);
}

describe("results of quarter IV/2023 for the whole bloc", () => {
  const text = answer();

  it("names the period and how many organisations submitted", () => {
    expect(text.split("\n")[0]).toBe("Kết quả quý IV/2023 (6/6 đơn vị đã nộp đủ)");
  });

  it("gives the totals of the shared indicators first", () => {
    const totals = block(text, "Tổng các đơn vị");
    expect(totals).toContain("Đoàn viên, hội viên mới: 42.489 người");
    expect(totals).toContain("Quần chúng ưu tú giới thiệu cho Đảng: 6.338 người");
    expect(totals).toContain("Đảng viên mới được kết nạp: 2.554 người");
    expect(totals).toContain("Đoàn viên, hội viên giảm: 10.827 người");
    expect(totals).not.toContain("Quỹ");
    expect(text.indexOf("Tổng các đơn vị")).toBeLessThan(text.indexOf("Tỉnh đoàn"));
  });

  it("then each organisation in the bloc's order, in its units", () => {
    const order = [
      "Ủy ban MTTQ Việt Nam tỉnh",
      "Tỉnh đoàn",
      "Hội Liên hiệp Phụ nữ tỉnh",
      "Hội Nông dân tỉnh",
      "Hội Cựu chiến binh tỉnh",
      "Liên đoàn Lao động tỉnh",
    ].map((name) => text.indexOf(`${name}`));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(block(text, "Ủy ban MTTQ Việt Nam tỉnh")).toContain("Vận động Quỹ Vì người nghèo: 12.750 triệu đồng (12,75 tỷ đồng)");
    expect(block(text, "Ủy ban MTTQ Việt Nam tỉnh")).toContain("Cuộc giám sát chủ trì: 14 cuộc");
    expect(block(text, "Hội Nông dân tỉnh")).toContain("Đoàn viên, hội viên giảm: 7.289 người");
  });

  it("shows a zero that was reported as zero", () => {
    expect(block(text, "Hội Liên hiệp Phụ nữ tỉnh")).toContain("Đoàn viên, hội viên giảm: 0 người");
  });
});

describe("missing figures and organisations", () => {
  it("writes a skipped figure as missing, never as 0, and says the total lacks it", () => {
    const reports = q4Reports().map((r) =>
      r.organisationCode === "PN" ? report("PN", "2023-Q4", { HV_MOI: 10212, HV_GIAM: null, GT_DANG: 1290 }) : r,
    );
    const text = answer(giaLai(reports));
    const pn = block(text, "Hội Liên hiệp Phụ nữ tỉnh");
    expect(pn).toContain("Đoàn viên, hội viên giảm: chưa có số liệu");
    expect(pn).toContain("Đảng viên mới được kết nạp: chưa có số liệu");
    expect(pn).not.toMatch(/\b0 người/);
    const totals = block(text, "Tổng các đơn vị");
    expect(totals).toContain("- Đoàn viên, hội viên giảm: theo báo cáo của 4/5 đơn vị, 10.827 người (chưa có số liệu: Hội Phụ nữ)");
    expect(totals).toContain("- Đảng viên mới được kết nạp: theo báo cáo của 4/5 đơn vị, 2.043 người (chưa có số liệu: Hội Phụ nữ)");
    expect(totals).toContain("- Đoàn viên, hội viên mới: 42.489 người\n");
  });

  it("says an organisation without a report has not submitted", () => {
    const text = answer(giaLai(q4Reports().filter((r) => r.organisationCode !== "CCB")));
    expect(text).toContain("(5/6 đơn vị đã nộp đủ)");
    expect(block(text, "Hội Cựu chiến binh tỉnh")).toContain("chưa nộp báo cáo");
    expect(block(text, "Tổng các đơn vị")).toContain(
      "- Đoàn viên, hội viên mới: theo báo cáo của 4/5 đơn vị, 41.387 người (chưa có số liệu: Hội CCB)",
    );
  });

  it("says so when nothing at all was submitted for the period", () => {
    const text = answer(giaLai(), { period: { kind: "quarter", year: 2022, quarter: 1 } });
    expect(text).toContain("Chưa có số liệu nào được nộp cho quý I/2022.");
    expect(text).not.toContain("Tổng các đơn vị");
    expect(answer(giaLai([]))).toContain("Chưa có số liệu nào được nộp cho quý IV/2023.");
  });
});

describe("narrowed questions", () => {
  it("shows only the organisation asked about, without totals", () => {
    const text = answer(giaLai(), { organisationCodes: ["ND"] });
    expect(text).toContain("Hội Nông dân tỉnh");
    expect(text).toContain("6.541 người");
    expect(text).toContain("7.289 người");
    expect(text).not.toContain("Tổng các đơn vị");
    expect(text).not.toContain("Tỉnh đoàn");
    expect(text).not.toContain("42.489");
  });

  it("shows one indicator's total and its breakdown by organisation", () => {
    const text = answer(giaLai(), { indicatorCodes: ["HV_MOI"] });
    expect(block(text, "Tổng các đơn vị")).toContain("42.489 người");
    for (const figure of ["18.406", "10.212", "6.541", "1.102", "6.228"]) expect(text).toContain(`${figure} người`);
    expect(text).not.toContain("Ủy ban MTTQ");
    expect(text).not.toContain("Đảng viên mới");
    expect(text).toContain("(5/5 đơn vị đã nộp đủ)");
  });

  it("answers an indicator only the Front reports", () => {
    const text = answer(giaLai(), { indicatorCodes: ["QUY_VNN"] });
    expect(text).toContain("12.750 triệu đồng");
    expect(text).not.toContain("Tổng các đơn vị");
    expect(text).not.toContain("Tỉnh đoàn");
  });
});

describe("longer periods", () => {
  const stockData = () => {
    const data = giaLai([
      report("DOAN", "2024-Q1", { HV_MOI: 1000, TONG_HV: 50000 }),
      report("DOAN", "2024-Q2", { HV_MOI: 1500, TONG_HV: 51200 }),
      report("ND", "2024-Q1", { HV_MOI: 300, TONG_HV: 20000 }),
      report("ND", "2024-Q2", { HV_MOI: 200, TONG_HV: 19800 }),
    ]);
    data.indicators.push({
      code: "TONG_HV",
      name: "Tổng số đoàn viên, hội viên",
      unit: "người",
      kind: "stock",
      organisationCodes: MEMBER_ORGS,
      sortOrder: 10,
    });
    return data;
  };

  it("sums flows over the half-year and takes the stock at its end", () => {
    const text = answer(stockData(), { period: { kind: "half", year: 2024, half: 1 }, organisationCodes: ["DOAN", "ND"] });
    expect(text.split("\n")[0]).toContain("6 tháng đầu năm 2024");
    const totals = block(text, "Tổng các đơn vị");
    expect(totals).toContain("Đoàn viên, hội viên mới: 3.000 người");
    expect(totals).toContain("Tổng số đoàn viên, hội viên: 71.000 người");
    const doan = block(text, "Tỉnh đoàn");
    expect(doan).toContain("Đoàn viên, hội viên mới: 2.500 người");
    expect(doan).toContain("Tổng số đoàn viên, hội viên: 51.200 người");
    expect(doan).not.toContain("thiếu");
    expect(block(text, "Hội Nông dân tỉnh")).toContain("Tổng số đoàn viên, hội viên: 19.800 người");
  });

  it("over the year, counts only the quarters someone reported, and names those nobody did", () => {
    const text = answer(stockData(), { period: { kind: "year", year: 2024 }, organisationCodes: ["DOAN", "ND"] });
    expect(text.split("\n")[0]).toBe("Kết quả năm 2024 (2/2 đơn vị đã nộp đủ)");
    expect(text).toContain("Chưa có đơn vị nào nộp báo cáo quý III/2024, quý IV/2024");
    expect(block(text, "Tỉnh đoàn")).toContain("Đoàn viên, hội viên mới: 2.500 người\n");
    expect(text).not.toMatch(/thiếu số liệu (\d+|một số) quý/);
  });

  it("says a flow lacks a quarter another organisation reported, and that the organisation did not submit it", () => {
    const data = stockData();
    data.reports.push(report("PN", "2024-Q3", { HV_MOI: 400, TONG_HV: 30000 }));
    const text = answer(data, { period: { kind: "year", year: 2024 }, organisationCodes: ["DOAN", "ND", "PN"] });
    expect(text).toContain("(0/3 đơn vị đã nộp đủ)");
    expect(text).toContain("Chưa có đơn vị nào nộp báo cáo quý IV/2024");
    expect(block(text, "Tỉnh đoàn")).toContain("Đoàn viên, hội viên mới: 2.500 người (thiếu số liệu 1 quý)");
    expect(block(text, "Hội Liên hiệp Phụ nữ tỉnh")).toContain("Đoàn viên, hội viên mới: 400 người (thiếu số liệu 2 quý)");
  });

  it("takes a stock from the last quarter without asking for the others, and says when it is older", () => {
    const data = stockData();
    data.reports.push(report("DOAN", "2024-Q3", { HV_MOI: 700, TONG_HV: 52000 }), report("ND", "2024-Q3", { HV_MOI: 100, TONG_HV: null }));
    data.reports = data.reports.filter((r) => !(r.organisationCode === "DOAN" && r.periodKey === "2024-Q2"));
    const text = answer(data, { period: { kind: "nine_months", year: 2024 }, organisationCodes: ["DOAN", "ND"] });
    const doan = block(text, "Tỉnh đoàn");
    expect(doan).toContain("Tổng số đoàn viên, hội viên: 52.000 người");
    expect(doan).not.toContain("Tổng số đoàn viên, hội viên: 52.000 người ");
    expect(doan).toContain("Đoàn viên, hội viên mới: 1.700 người (thiếu số liệu 1 quý)");
    expect(block(text, "Hội Nông dân tỉnh")).toContain("Tổng số đoàn viên, hội viên: 19.800 người (số liệu quý II/2024)");
  });

  it("tells an organisation that left a figure empty from one that did not submit", () => {
    const data = giaLai([
      report("DOAN", "2023-Q4", { HV_MOI: 18406, KN_DANG: null }),
      report("ND", "2023-Q4", { HV_MOI: 6541, KN_DANG: 448 }),
    ]);
    const text = answer(data, { period: { kind: "year", year: 2023 }, indicatorCodes: ["KN_DANG"] });
    expect(block(text, "Tỉnh đoàn")).toContain("Đảng viên mới được kết nạp: chưa có số liệu");
    expect(block(text, "Tỉnh đoàn")).not.toContain("chưa nộp báo cáo");
    expect(block(text, "Hội Cựu chiến binh tỉnh")).toContain("chưa nộp báo cáo");
    expect(text).toContain("(2/5 đơn vị đã nộp đủ)");
  });
});

describe("rates", () => {
  it("are shown per organisation but never added up into a total", () => {
    const data = giaLai([report("DOAN", "2023-Q4", { TY_LE: 24.93 }), report("PN", "2023-Q4", { TY_LE: 30 })]);
    data.indicators.push({
      code: "TY_LE",
      name: "Tỷ lệ tập hợp",
      unit: "%",
      kind: "rate",
      organisationCodes: ["DOAN", "PN"],
      sortOrder: 11,
    });
    const text = answer(data, { indicatorCodes: ["TY_LE"] });
    expect(text).not.toContain("Tổng các đơn vị");
    expect(text).not.toContain("54,93");
    expect(block(text, "Tỉnh đoàn")).toContain("Tỷ lệ tập hợp: 24,93%");
    expect(block(text, "Hội Liên hiệp Phụ nữ tỉnh")).toContain("Tỷ lệ tập hợp: 30%");
  });
});

describe("comparison with another period", () => {
  const q3 = [
    report("DOAN", "2023-Q3", { HV_MOI: 17000, HV_GIAM: 2200, GT_DANG: 2410, KN_DANG: 1000 }),
    report("PN", "2023-Q3", { HV_MOI: 10000, HV_GIAM: 0 }),
    report("ND", "2023-Q3", { HV_MOI: 6000, HV_GIAM: 7000, GT_DANG: 1000, KN_DANG: 400 }),
    report("CCB", "2023-Q3", { HV_MOI: 1000, HV_GIAM: 100, GT_DANG: 300, KN_DANG: 100 }),
    report("LDLD", "2023-Q3", { HV_MOI: 6000, HV_GIAM: 1000, GT_DANG: 1200, KN_DANG: 400 }),
  ];
  const text = answer(giaLai([...q4Reports(), ...q3]), { compareWith: Q3 });

  it("names the comparison period", () => {
    expect(text).toContain("So sánh với quý III/2023.");
  });

  it("gives each figure the earlier value and the change, up or down", () => {
    const doan = block(text, "Tỉnh đoàn");
    expect(doan).toContain("Đoàn viên, hội viên mới: 18.406 người; quý III/2023: 17.000 người; tăng 1.406 người (8,3%)");
    expect(doan).toContain("Đoàn viên, hội viên giảm: 2.115 người; quý III/2023: 2.200 người; giảm 85 người (3,9%)");
    expect(doan).toContain("Quần chúng ưu tú giới thiệu cho Đảng: 2.410 người; quý III/2023: 2.410 người; bằng quý trước");
    expect(block(text, "Tổng các đơn vị")).toContain("42.489 người; quý III/2023: 40.000 người; tăng 2.489 người (6,2%)");
  });

  it("says when the comparison period has no figure", () => {
    expect(block(text, "Hội Liên hiệp Phụ nữ tỉnh")).toContain(
      "Quần chúng ưu tú giới thiệu cho Đảng: 1.290 người; quý III/2023: chưa có số liệu",
    );
    expect(block(text, "Ủy ban MTTQ Việt Nam tỉnh")).toContain("; quý III/2023: chưa có số liệu");
  });

  it("restates money in a larger unit only, says a large rise 'gấp … lần', and nests no parentheses", () => {
    const money = answer(giaLai([...q4Reports(), report("MTTQ", "2023-Q3", { QUY_VNN: 1200, GIAM_SAT: 14 })]), {
      organisationCodes: ["MTTQ"],
      compareWith: Q3,
    });
    expect(money).toContain(
      "Vận động Quỹ Vì người nghèo: 12.750 triệu đồng (12,75 tỷ đồng); quý III/2023: 1.200 triệu đồng (1,2 tỷ đồng); tăng 11.550 triệu đồng (gấp 10,6 lần)",
    );
    expect(money).toContain("Cuộc giám sát chủ trì: 14 cuộc; quý III/2023: 14 cuộc; bằng quý trước");
    expect(money).not.toMatch(/\([^()]*\(/);
  });

  it("never restates a figure rounded in its own unit", () => {
    const odd = answer(giaLai([report("MTTQ", "2023-Q4", { QUY_VNN: 471.294, GIAM_SAT: 3 })]), { organisationCodes: ["MTTQ"] });
    expect(odd).toContain("Vận động Quỹ Vì người nghèo: 471,294 triệu đồng\n");
  });

  it("says 'bằng cùng kỳ' against the same quarter of the year before", () => {
    const lastYear = answer(giaLai([...q4Reports(), report("MTTQ", "2022-Q4", { QUY_VNN: 12750 })]), {
      organisationCodes: ["MTTQ"],
      compareWith: { kind: "quarter", year: 2022, quarter: 4 },
    });
    expect(lastYear).toContain("12.750 triệu đồng (12,75 tỷ đồng); quý IV/2022: 12.750 triệu đồng (12,75 tỷ đồng); bằng cùng kỳ");
  });

  it("adds no comparison when none was asked", () => {
    expect(answer(giaLai([...q4Reports(), ...q3]))).not.toContain("quý III/2023");
  });
});

describe("a comparison of totals", () => {
  it("sets one organisation's total against the same organisation's, not against all of them", () => {
    const data = giaLai([...q4Reports(), report("CCB", "2024-Q1", { HV_MOI: 90, HV_GIAM: 20 })]);
    const text = answer(data, { period: { kind: "quarter", year: 2024, quarter: 1 }, compareWith: Q4 });
    const totals = block(text, "Tổng các đơn vị");
    expect(totals).toContain(
      "Đoàn viên, hội viên mới: theo báo cáo của 1/5 đơn vị, 90 người (chưa có số liệu: Tỉnh đoàn, Hội Phụ nữ, Hội Nông dân, LĐLĐ tỉnh); quý IV/2023: 1.102 người; giảm 1.012 người (91,8%)",
    );
    expect(totals).toContain("Đảng viên mới được kết nạp: chưa có số liệu; quý IV/2023: 2.554 người");
    expect(totals).not.toContain("42.489");
  });

  it("compares a total over the organisations that reported in both periods, and says how many", () => {
    const data = giaLai([...q4Reports(), report("DOAN", "2023-Q3", { HV_MOI: 17000 }), report("ND", "2023-Q3", { HV_MOI: 6000 })]);
    const text = answer(data, { compareWith: Q3, indicatorCodes: ["HV_MOI"] });
    expect(block(text, "Tổng các đơn vị")).toContain(
      "- Đoàn viên, hội viên mới: 42.489 người; so với quý III/2023 của 2 đơn vị cùng báo cáo: nay 24.947 người, quý III/2023: 23.000 người; tăng 1.947 người (8,5%)",
    );
    expect(text).not.toMatch(/42\.489 người; quý III\/2023/);
    expect(block(text, "Tỉnh đoàn")).toContain("18.406 người; quý III/2023: 17.000 người; tăng 1.406 người");
  });

  it("over an incomplete set now and then, compares only those in both, and names who is missing now", () => {
    const now = q4Reports().filter((r) => r.organisationCode !== "CCB");
    const then = ["DOAN", "PN", "CCB"].map((code) => report(code, "2023-Q3", { HV_MOI: 1000 }));
    const text = answer(giaLai([...now, ...then]), { compareWith: Q3, indicatorCodes: ["HV_MOI"] });
    expect(block(text, "Tổng các đơn vị")).toContain(
      "- Đoàn viên, hội viên mới: theo báo cáo của 4/5 đơn vị, 41.387 người (chưa có số liệu: Hội CCB); so với quý III/2023 của 2 đơn vị cùng báo cáo: nay 28.618 người, quý III/2023: 2.000 người",
    );
  });

  it("keeps a hedge in the part compared like with like", () => {
    const now = q4Reports().map((r) => (r.organisationCode === "DOAN" ? { ...r, hedges: { HV_MOI: "about" } } : r));
    const data = giaLai([
      ...now,
      report("DOAN", "2023-Q3", { HV_MOI: 17000 }, { hedges: { HV_MOI: "over" } }),
      report("PN", "2023-Q3", { HV_MOI: 10000 }),
    ]);
    const text = toPlainText(
      renderResults(compileResults(data, { period: Q4, organisationCodes: [], indicatorCodes: ["HV_MOI"], compareWith: Q3 }), tHedges),
    );
    expect(block(text, "Tổng các đơn vị")).toContain(
      "khoảng 42.489 người; so với quý III/2023 của 2 đơn vị cùng báo cáo: nay khoảng 28.618 người, quý III/2023: hơn 27.000 người",
    );
  });
});

describe("late reports", () => {
  it("are marked where an answer lists the organisation's report, naming the quarters over a longer period", () => {
    const reports = q4Reports().map((r) => (r.organisationCode === "ND" ? { ...r, late: true } : r));
    expect(answer(giaLai(reports), { indicatorCodes: ["HV_MOI"] })).toContain(
      "\n\nHội Nông dân tỉnh (nộp muộn)\n- Đoàn viên, hội viên mới: 6.541 người",
    );
    const year = answer(giaLai([...reports, report("ND", "2023-Q3", { HV_MOI: 10 })]), {
      period: { kind: "year", year: 2023 },
      organisationCodes: ["ND"],
    });
    expect(year).toContain("Hội Nông dân tỉnh (nộp muộn quý IV/2023)");
    expect(answerHtml(giaLai(reports), { organisationCodes: ["ND"] })).toContain("<b>Hội Nông dân tỉnh <i>(nộp muộn)</i></b>");
    expect(answer(giaLai(), { organisationCodes: ["ND"] })).not.toContain("nộp muộn");
  });

  it("are marked beside the texts they wrote", () => {
    const reports = q4Reports().map((r) => (r.organisationCode === "ND" ? { ...r, late: true } : r));
    const text = toPlainText(
      renderTexts(compileTexts(giaLai(reports), { period: Q4, organisationCodes: [], sections: ["limitations"] }), t),
    );
    expect(text).toContain(`- Hội Nông dân (nộp muộn): ${ND_LIMITATION}`);
    expect(text).toContain(`- LĐLĐ tỉnh: ${LDLD_LIMITATION}`);
  });
});

describe("hedged figures", () => {
  it("keep their hedge in every answer, and a total of hedged figures is hedged", () => {
    const reports = q4Reports().map((r) => (r.organisationCode === "ND" ? { ...r, hedges: { HV_MOI: "about" } } : r));
    reports.push(report("ND", "2023-Q3", { HV_MOI: 6000 }, { hedges: { HV_MOI: "over" } }));
    const text = resultsText(
      compileResults(giaLai(reports), { period: Q4, organisationCodes: [], indicatorCodes: ["HV_MOI"], compareWith: Q3 }),
      tHedges,
    );
    expect(block(text, "Hội Nông dân tỉnh")).toContain(
      "Đoàn viên, hội viên mới: khoảng 6.541 người; quý III/2023: hơn 6.000 người; tăng 541 người (9%)",
    );
    expect(block(text, "Tổng các đơn vị")).toContain("khoảng 42.489 người");
    expect(block(text, "Tỉnh đoàn")).toContain("Đoàn viên, hội viên mới: 18.406 người");
    const half = resultsText(
      compileResults(giaLai(reports), {
        period: { kind: "half", year: 2023, half: 2 },
        organisationCodes: ["ND"],
        indicatorCodes: ["HV_MOI"],
      }),
      tHedges,
    );
    expect(half).toContain("Đoàn viên, hội viên mới: khoảng 12.541 người");
  });
});

describe("text from data", () => {
  it("is escaped for Telegram HTML", () => {
    const data = giaLai();
    const nd = data.organisations.find((org) => org.code === "ND");
    if (nd) nd.name = "Hội <Nông> dân & trang trại";
    const text = answerHtml(data, { organisationCodes: ["ND"] });
    expect(text).toContain("<b>Hội &lt;Nông&gt; dân &amp; trang trại</b>");
    expect(text.replace(/<\/?[bi]>/g, "")).not.toMatch(/[<>]/);
  });

  it("escapes the catalog's units too, in the figures and in the comparison", () => {
    const data = giaLai([...q4Reports(), report("ND", "2023-Q3", { HV_MOI: 6000 })]);
    for (const indicator of data.indicators) indicator.unit = "hộ <nghèo> & cận nghèo";
    const parsed = parseTelegramHtml(answerHtml(data, { organisationCodes: ["ND"], compareWith: Q3 }));
    expect(parsed).toMatchObject({ ok: true });
    expect(parsed.ok && parsed.text).toContain(
      "6.541 hộ <nghèo> & cận nghèo; quý III/2023: 6.000 hộ <nghèo> & cận nghèo; tăng 541 hộ <nghèo> & cận nghèo (9%)",
    );
  });

  it("renders in English with the English file", () => {
    const text = resultsText(
      compileResults(giaLai(), { period: Q4, organisationCodes: [], indicatorCodes: [] }),
      fluentTranslate("en", "reports", "periods", "figures"),
    );
    expect(text).toContain("(6/6 organisations submitted in full)");
    expect(text).toContain("All organisations");
    expect(text).toContain("- Đoàn viên, hội viên mới (Vietnamese name): 42,489 people");
    expect(text).toContain("12,750 million VND (12.75 billion VND)");
  });

  it("names indicators by their English name in English when the catalog has one", () => {
    const data = giaLai();
    for (const indicator of data.indicators) if (indicator.code === "HV_MOI") indicator.nameEn = "New members";
    const text = resultsText(
      compileResults(data, { period: Q4, organisationCodes: [], indicatorCodes: [], compareWith: Q3 }),
      fluentTranslate("en", "reports", "periods", "figures"),
    );
    expect(text).toContain("- New members: 42,489 people");
    expect(text).toContain("- Đoàn viên, hội viên giảm (Vietnamese name): ");
  });
});

describe("rankings", () => {
  const rank = (data = giaLai(), order: "most" | "least" | "all" = "all", indicatorCodes = ["HV_MOI"], organisationCodes: string[] = []) =>
    rankingText(compileRanking(data, { period: Q4, organisationCodes, indicatorCodes }), order, t);

  it.each([
    ["most", ["Nhiều nhất: Tỉnh đoàn (18.406 người)."], ["Ít nhất"]],
    ["least", ["Ít nhất: Hội Cựu chiến binh tỉnh (1.102 người)."], ["Nhiều nhất"]],
    ["all", ["Nhiều nhất: Tỉnh đoàn (18.406 người).", "Ít nhất: Hội Cựu chiến binh tỉnh (1.102 người)."], []],
  ] as const)("for %s, names %j and gives the whole order", (order, named, unnamed) => {
    const text = rank(giaLai(), order);
    expect(text).toContain("Xếp hạng theo Đoàn viên, hội viên mới, quý IV/2023");
    for (const line of named) expect(text).toContain(line);
    for (const line of unnamed) expect(text).not.toContain(line);
    expect(text).toContain(
      "1. Tỉnh đoàn: 18.406 người\n2. Hội Liên hiệp Phụ nữ tỉnh: 10.212 người\n3. Hội Nông dân tỉnh: 6.541 người\n4. Liên đoàn Lao động tỉnh: 6.228 người\n5. Hội Cựu chiến binh tỉnh: 1.102 người",
    );
  });

  it("escapes the catalog's unit in the ranked figures", () => {
    const data = giaLai();
    for (const indicator of data.indicators) indicator.unit = "hộ <nghèo> & cận nghèo";
    const parsed = parseTelegramHtml(
      toTelegramHtml(renderRanking(compileRanking(data, { period: Q4, organisationCodes: [], indicatorCodes: ["HV_MOI"] }), "all", t)),
    );
    expect(parsed).toMatchObject({ ok: true });
    expect(parsed.ok && parsed.text).toContain("1. Tỉnh đoàn: 18.406 hộ <nghèo> & cận nghèo");
  });

  it("gives equal figures the same place, and lists those without a figure apart, never as 0", () => {
    const reports = q4Reports().map((r) =>
      r.organisationCode === "ND"
        ? report("ND", "2023-Q4", { HV_MOI: 6228 })
        : r.organisationCode === "PN"
          ? report("PN", "2023-Q4", { HV_MOI: null })
          : r,
    );
    const text = rank(giaLai(reports));
    expect(text).toContain("2. Hội Nông dân tỉnh: 6.228 người\n2. Liên đoàn Lao động tỉnh: 6.228 người\n4. Hội Cựu chiến binh tỉnh");
    expect(text).toContain("Chưa có số liệu: Hội Liên hiệp Phụ nữ tỉnh.");
    expect(text).not.toContain("0 người");
  });

  it("ranks only the organisations named, and asks which indicator when none is named", () => {
    const two = rank(giaLai(), "all", ["KN_DANG"], ["ND", "CCB"]);
    expect(two).toContain("1. Hội Nông dân tỉnh: 448 người\n2. Hội Cựu chiến binh tỉnh: 121 người");
    expect(two).not.toContain("Tỉnh đoàn");
    const which = rank(giaLai(), "most", []);
    expect(which).toContain("Xếp hạng theo chỉ tiêu nào?");
    expect(which).toContain("Đoàn viên, hội viên mới; Đoàn viên, hội viên giảm");
  });

  it("keeps a hedge and over a longer period sums the quarters", () => {
    const reports = [...q4Reports(), report("DOAN", "2023-Q3", { HV_MOI: 100 }, { hedges: { HV_MOI: "over" } })];
    const text = rankingText(
      compileRanking(giaLai(reports), { period: { kind: "half", year: 2023, half: 2 }, organisationCodes: [], indicatorCodes: ["HV_MOI"] }),
      "most",
      fluentTranslate("vi", "reports", "periods", "submit", "figures"),
    );
    expect(text).toContain("Nhiều nhất: Tỉnh đoàn (hơn 18.506 người).");
  });
});

describe("texts of the reports", () => {
  const texts = (data = giaLai(), sections: TextSection[] = ["limitations"], organisationCodes: string[] = [], period: Period = Q4) =>
    textsText(compileTexts(data, { period, organisationCodes, sections }), t);

  it("gives each organisation's text attributed, and says who wrote none", () => {
    const text = texts();
    expect(text).toContain("Hạn chế, khó khăn — báo cáo quý IV/2023");
    expect(text).toContain(`- Hội Nông dân: ${ND_LIMITATION}`);
    expect(text).toContain(`- LĐLĐ tỉnh: ${LDLD_LIMITATION}`);
    expect(text).toContain("Không nêu: MTTQ tỉnh, Tỉnh đoàn, Hội Phụ nữ, Hội CCB.");
  });

  it.each([
    [["ND"], [ND_LIMITATION], [LDLD_LIMITATION, "Không nêu"]],
    [["CCB"], ["Không nêu: Hội CCB."], [ND_LIMITATION]],
  ])("for %j, gives only theirs", (codes, shown, hidden) => {
    const text = texts(giaLai(), ["limitations"], codes);
    for (const line of shown) expect(text).toContain(line);
    for (const line of hidden) expect(text).not.toContain(line);
  });

  it("answers several sections, and names the quarter of each text over a longer period", () => {
    const reports = [
      ...q4Reports().filter((r) => r.organisationCode !== "CCB"),
      report("ND", "2023-Q3", {}, { texts: { proposals: "Hỗ trợ giống cây trồng." } }),
    ];
    const text = texts(giaLai(reports), ["limitations", "proposals"], ["ND", "CCB"], { kind: "half", year: 2023, half: 2 });
    expect(text).toContain(`- Hội Nông dân, quý IV/2023: ${ND_LIMITATION}`);
    expect(text).toContain("Kiến nghị, đề xuất — báo cáo 6 tháng cuối năm 2023\n- Hội Nông dân, quý III/2023: Hỗ trợ giống cây trồng.");
    expect(text).toContain("Chưa nộp báo cáo: Hội CCB.");
  });

  it("says when nothing was submitted for the period, and escapes what people wrote", () => {
    expect(texts(giaLai([]))).toContain("Chưa có số liệu nào được nộp cho quý IV/2023.");
    const reports = [report("ND", "2023-Q4", {}, { texts: { limitations: "Vốn <ít> & chậm" } })];
    expect(texts(giaLai(reports))).toContain("- Hội Nông dân: Vốn <ít> & chậm");
    const html = toTelegramHtml(
      renderTexts(compileTexts(giaLai(reports), { period: Q4, organisationCodes: [], sections: ["limitations"] }), t),
    );
    expect(html).toContain("- <i>Hội Nông dân</i>: Vốn &lt;ít&gt; &amp; chậm");
  });
});
