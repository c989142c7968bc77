import { describe, expect, it } from "vitest";
import type { Period } from "../../../src/domain/periods/period.js";
import { compileResults, renderResults } from "../../../src/domain/reports/results.js";
import { fluentTranslate } from "../../support/fluent.js";
import { parseTelegramHtml } from "../../support/telegram-html.js";
import { giaLai, MEMBER_ORGS, q4Reports, report } from "./gia-lai.js";

const t = fluentTranslate("vi", "reports", "periods");
const Q3: Period = { kind: "quarter", year: 2023, quarter: 3 };
const Q4: Period = { kind: "quarter", year: 2023, quarter: 4 };

function answer(
  data = giaLai(),
  query: { period?: Period; organisationCodes?: string[]; indicatorCodes?: string[]; compareWith?: Period } = {},
): string {
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

/** The lines between an organisation's bold heading and the next blank line. */
function block(text: string, heading: string): string {
  const start = text.indexOf(`<b>${heading}</b>`);
  expect(start, `${heading} in\n${text}`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf("\n\n", start);
  return text.slice(start, end < 0 ? undefined : end);
}

describe("results of quarter IV/2023 for the whole bloc", () => {
  const text = answer();

  it("names the period and how many organisations submitted", () => {
    expect(text.split("\n")[0]).toBe("<b>Kết quả quý IV/2023</b> (6/6 đơn vị đã nộp đủ)");
  });

  it("gives the totals of the shared indicators first", () => {
    const totals = block(text, "Tổng các đơn vị");
    expect(totals).toContain("Đoàn viên, hội viên mới: <b>42.489 người</b>");
    expect(totals).toContain("Quần chúng ưu tú giới thiệu cho Đảng: <b>6.338 người</b>");
    expect(totals).toContain("Đảng viên mới được kết nạp: <b>2.554 người</b>");
    expect(totals).toContain("Đoàn viên, hội viên giảm: <b>10.827 người</b>");
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
    ].map((name) => text.indexOf(`<b>${name}</b>`));
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
    expect(pn).toContain("Đoàn viên, hội viên giảm: <i>chưa có số liệu</i>");
    expect(pn).toContain("Đảng viên mới được kết nạp: <i>chưa có số liệu</i>");
    expect(pn).not.toMatch(/\b0 người/);
    const totals = block(text, "Tổng các đơn vị");
    expect(totals).toContain("Đoàn viên, hội viên giảm: <b>10.827 người</b> <i>(còn thiếu số liệu của 1 đơn vị)</i>");
    expect(totals).toContain("Đảng viên mới được kết nạp: <b>2.043 người</b> <i>(còn thiếu số liệu của 1 đơn vị)</i>");
  });

  it("says an organisation without a report has not submitted", () => {
    const text = answer(giaLai(q4Reports().filter((r) => r.organisationCode !== "CCB")));
    expect(text).toContain("(5/6 đơn vị đã nộp đủ)");
    expect(block(text, "Hội Cựu chiến binh tỉnh")).toContain("chưa nộp báo cáo");
    expect(block(text, "Tổng các đơn vị")).toContain("<b>41.387 người</b> <i>(còn thiếu số liệu của 1 đơn vị)</i>");
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
    expect(text).toContain("<b>Hội Nông dân tỉnh</b>");
    expect(text).toContain("6.541 người");
    expect(text).toContain("7.289 người");
    expect(text).not.toContain("Tổng các đơn vị");
    expect(text).not.toContain("Tỉnh đoàn");
    expect(text).not.toContain("42.489");
  });

  it("shows one indicator's total and its breakdown by organisation", () => {
    const text = answer(giaLai(), { indicatorCodes: ["HV_MOI"] });
    expect(block(text, "Tổng các đơn vị")).toContain("<b>42.489 người</b>");
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
    expect(totals).toContain("Đoàn viên, hội viên mới: <b>3.000 người</b>");
    expect(totals).toContain("Tổng số đoàn viên, hội viên: <b>71.000 người</b>");
    const doan = block(text, "Tỉnh đoàn");
    expect(doan).toContain("Đoàn viên, hội viên mới: 2.500 người");
    expect(doan).toContain("Tổng số đoàn viên, hội viên: 51.200 người");
    expect(doan).not.toContain("thiếu");
    expect(block(text, "Hội Nông dân tỉnh")).toContain("Tổng số đoàn viên, hội viên: 19.800 người");
  });

  it("over the year, says a figure lacks the quarters not yet reported", () => {
    const text = answer(stockData(), { period: { kind: "year", year: 2024 }, organisationCodes: ["DOAN", "ND"] });
    expect(text.split("\n")[0]).toContain("năm 2024");
    expect(text).toContain("(0/2 đơn vị đã nộp đủ)");
    expect(block(text, "Tỉnh đoàn")).toContain("Đoàn viên, hội viên mới: 2.500 người <i>(thiếu số liệu 2 quý)</i>");
    expect(block(text, "Tổng các đơn vị")).toContain("<b>3.000 người</b> <i>(2 đơn vị thiếu số liệu một số quý)</i>");
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
    expect(doan).toContain("Đoàn viên, hội viên mới: 18.406 người (quý III/2023: 17.000 người; +1.406 (+8,3%))");
    expect(doan).toContain("Đoàn viên, hội viên giảm: 2.115 người (quý III/2023: 2.200 người; -85 (-3,9%))");
    expect(doan).toContain("Quần chúng ưu tú giới thiệu cho Đảng: 2.410 người (quý III/2023: 2.410 người; 0 (0%))");
    expect(block(text, "Tổng các đơn vị")).toContain("<b>42.489 người</b> (quý III/2023: 40.000 người; +2.489 (+6,2%))");
  });

  it("says when the comparison period has no figure", () => {
    expect(block(text, "Hội Liên hiệp Phụ nữ tỉnh")).toContain(
      "Quần chúng ưu tú giới thiệu cho Đảng: 1.290 người (quý III/2023: chưa có số liệu)",
    );
    expect(block(text, "Ủy ban MTTQ Việt Nam tỉnh")).toContain("(quý III/2023: chưa có số liệu)");
  });

  it("adds no comparison when none was asked", () => {
    expect(answer(giaLai([...q4Reports(), ...q3]))).not.toContain("quý III/2023");
  });
});

describe("text from data", () => {
  it("is escaped for Telegram HTML", () => {
    const data = giaLai();
    const nd = data.organisations.find((org) => org.code === "ND");
    if (nd) nd.name = "Hội <Nông> dân & trang trại";
    const text = answer(data, { organisationCodes: ["ND"] });
    expect(text).toContain("<b>Hội &lt;Nông&gt; dân &amp; trang trại</b>");
    expect(text.replace(/<\/?[bi]>/g, "")).not.toMatch(/[<>]/);
  });

  it("escapes the catalog's units too, in the figures and in the comparison", () => {
    const data = giaLai([...q4Reports(), report("ND", "2023-Q3", { HV_MOI: 6000 })]);
    for (const indicator of data.indicators) indicator.unit = "hộ <nghèo> & cận nghèo";
    const parsed = parseTelegramHtml(answer(data, { organisationCodes: ["ND"], compareWith: Q3 }));
    expect(parsed).toMatchObject({ ok: true });
    expect(parsed.ok && parsed.text).toContain("6.541 hộ <nghèo> & cận nghèo (quý III/2023: 6.000 hộ <nghèo> & cận nghèo;");
  });

  it("renders in English with the English file", () => {
    const text = renderResults(
      compileResults(giaLai(), { period: Q4, organisationCodes: [], indicatorCodes: [] }),
      fluentTranslate("en", "reports", "periods"),
    );
    expect(text).toContain("(6/6 organisations submitted in full)");
    expect(text).toContain("<b>All organisations</b>");
    expect(text).toContain("42.489");
  });
});
