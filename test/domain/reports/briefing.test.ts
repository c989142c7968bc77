import { describe, expect, it } from "vitest";
import type { Quarter } from "../../../src/domain/periods/period.js";
import { compileBriefing, renderBriefing } from "../../../src/domain/reports/briefing.js";
import type { ReportData, SubmittedReport } from "../../../src/domain/reports/report-data.js";
import { fluentTranslate } from "../../support/fluent.js";
import { parseTelegramHtml } from "../../support/telegram-html.js";
import { giaLai, LDLD_LIMITATION, ND_LIMITATION, q4Reports, report } from "./gia-lai.js";

const t = fluentTranslate("vi", "reports", "periods", "figures");
const Q4: Quarter = { kind: "quarter", year: 2023, quarter: 4 };
/** 10:00 on 28/11/2023 in Vietnam, the day of the giao ban. */
const NOW = new Date("2023-11-28T03:00:00Z");

const briefing = (data: ReportData = giaLai(), version = 1) => renderBriefing(compileBriefing(data, Q4, { version, now: NOW }), t);
const whole = (data?: ReportData, version?: number) => briefing(data, version).join("\n\n");
const withTexts = (code: string, texts: SubmittedReport["texts"]) =>
  q4Reports().map((r) => (r.organisationCode === code ? { ...r, texts: { ...r.texts, ...texts } } : r));

describe("the briefing of quarter IV/2023", () => {
  const text = whole();

  it("opens with the bold title naming the area and the quarter, and the date", () => {
    const [title, compiled] = text.split("\n");
    expect(title).toBe("<b>Kết quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai quý IV/2023</b>");
    expect(compiled).toContain("28/11/2023");
    expect(compiled).toContain("6/6");
    expect(text).not.toContain("cập nhật");
  });

  it("says which update it is from the second version", () => {
    expect(whole(giaLai(), 2).split("\n")[1]).toBe("<i>(cập nhật lần 2)</i>");
  });

  it("sums the shared indicators in one opening sentence, as the provincial report does", () => {
    const opening = text.split("\n\n")[1] ?? "";
    expect(opening).toMatch(/^Trong quý IV\/2023, /);
    expect(opening).toContain(
      "Toàn tỉnh đã phát triển 42.489 đoàn viên, hội viên mới; giới thiệu 6.338 quần chúng ưu tú cho Đảng xem xét kết nạp; kết nạp 2.554 đảng viên mới.",
    );
    // An indicator without a phrase is still totalled, by its name.
    expect(opening).toContain("đoàn viên, hội viên giảm: 10.827 người");
    expect(opening).not.toContain("12.750");
  });

  it("has a section per organisation with its figures", () => {
    for (const name of ["Ủy ban MTTQ Việt Nam tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh", "Liên đoàn Lao động tỉnh"]) {
      expect(text).toMatch(new RegExp(`<b>\\d+\\. ${name}</b>`));
    }
    expect(text).toContain("Vận động Quỹ Vì người nghèo: 12.750 triệu đồng (12,75 tỷ đồng)");
    expect(text).toContain("Đoàn viên, hội viên giảm: 7.289 người");
    expect(text.indexOf("Tỉnh đoàn</b>")).toBeLessThan(text.indexOf("Liên đoàn Lao động tỉnh</b>"));
  });

  it("merges the limitations, each attributed to its organisation", () => {
    const section = text.slice(text.indexOf("<b>Hạn chế, khó khăn</b>"));
    expect(section).toContain("hạn chế");
    expect(section).toContain(`• <i>Hội Nông dân</i>: ${ND_LIMITATION}`);
    expect(section).toContain(`• <i>LĐLĐ tỉnh</i>: ${LDLD_LIMITATION}`);
  });

  it("ends saying every organisation has submitted", () => {
    expect(text.trimEnd().split("\n").at(-1)).toBe("Tất cả 6/6 cơ quan, đơn vị đã nộp báo cáo.");
  });

  it("leaves out the sections no one wrote anything for", () => {
    expect(text).not.toContain("Kiến nghị, đề xuất");
    expect(text).not.toContain("Nhiệm vụ trọng tâm");
  });

  it("fits in one Telegram message", () => {
    expect(briefing()).toHaveLength(1);
  });
});

describe("texts in the briefing", () => {
  it("adds highlights under the organisation, and merges proposals and next quarter's tasks", () => {
    const reports = withTexts("ND", {
      highlights: "Tổ chức Ngày hội nông dân 14/10.",
      proposals: "Đề nghị hỗ trợ vốn vay.",
      next_tasks: "Tổng kết năm 2023.",
    }).map((r) => (r.organisationCode === "DOAN" ? { ...r, texts: { proposals: "Bổ sung biên chế cán bộ Đoàn." } } : r));
    const text = whole(giaLai(reports));
    const nd = text.slice(text.indexOf("Hội Nông dân tỉnh</b>"));
    expect(nd.split("\n\n")[0]).toContain("Tổ chức Ngày hội nông dân 14/10.");
    const proposals = text.slice(text.indexOf("<b>Kiến nghị, đề xuất</b>")).split("\n\n")[0] ?? "";
    expect(proposals).toContain("• <i>Tỉnh đoàn</i>: Bổ sung biên chế cán bộ Đoàn.");
    expect(proposals).toContain("• <i>Hội Nông dân</i>: Đề nghị hỗ trợ vốn vay.");
    expect(proposals.indexOf("Tỉnh đoàn")).toBeLessThan(proposals.indexOf("Hội Nông dân"));
    expect(text).toContain("<b>Nhiệm vụ trọng tâm quý I/2024</b>\n• <i>Hội Nông dân</i>: Tổng kết năm 2023.");
    const order = ["Hạn chế, khó khăn", "Kiến nghị, đề xuất", "Nhiệm vụ trọng tâm"].map((heading) => text.indexOf(heading));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("says no limitations were reported when none were, and skips answers of 'none'", () => {
    const reports = q4Reports().map((r) => ({ ...r, texts: { limitations: "", proposals: "  " } }));
    const text = whole(giaLai(reports));
    expect(text).toContain("<b>Hạn chế, khó khăn</b>\nCác đơn vị chưa nêu hạn chế, khó khăn trong quý.");
    expect(text).not.toContain("Kiến nghị");
    expect(text).not.toContain("• <i>");
  });

  it("escapes what organisations wrote", () => {
    const text = whole(giaLai(withTexts("ND", { limitations: "Thiếu <vốn> & đất" })));
    expect(text).toContain("Thiếu &lt;vốn&gt; &amp; đất");
    expect(text).not.toContain("<vốn>");
  });

  it("escapes the catalog's units, in the sections and the opening totals", () => {
    const data = giaLai();
    for (const indicator of data.indicators) indicator.unit = "hộ <nghèo> & cận nghèo";
    for (const part of briefing(data)) {
      const parsed = parseTelegramHtml(part);
      expect(parsed, part).toMatchObject({ ok: true });
    }
    expect(
      briefing(data)
        .map((part) => parseTelegramHtml(part))
        .some((parsed) => parsed.ok && parsed.text.includes("hộ <nghèo> & cận nghèo")),
    ).toBe(true);
  });
});

describe("missing reports and figures", () => {
  it("names the organisations that have not submitted and totals only what came in", () => {
    const text = whole(giaLai(q4Reports().filter((r) => r.organisationCode !== "CCB")));
    expect(text).toContain("5/6");
    expect(text).toContain("<b>Chưa nộp báo cáo (1 đơn vị):</b> Hội Cựu chiến binh tỉnh.");
    expect(text).not.toMatch(/\d+\. Hội Cựu chiến binh tỉnh/);
    expect(text).toContain("phát triển 41.387 đoàn viên, hội viên mới");
  });

  it("writes a skipped figure as missing, never as 0", () => {
    const reports = q4Reports().map((r) =>
      r.organisationCode === "CCB" ? report("CCB", "2023-Q4", { HV_MOI: 1102, HV_GIAM: null, GT_DANG: 318, KN_DANG: 121 }) : r,
    );
    const text = whole(giaLai(reports));
    const ccb = text.slice(text.indexOf("Hội Cựu chiến binh tỉnh</b>")).split("\n\n")[0] ?? "";
    expect(ccb).toContain("Đoàn viên, hội viên giảm: chưa có số liệu");
    expect(ccb).not.toContain("0 người");
  });

  it("still compiles when nothing was submitted", () => {
    const parts = briefing(giaLai([]));
    const text = parts.join("\n\n");
    expect(text).toContain("quý IV/2023");
    expect(text).toContain("Chưa có số liệu chung để tổng hợp.");
    expect(text).toContain("Chưa nộp báo cáo (6 đơn vị)");
  });
});

describe("change against the previous quarter", () => {
  it("is given for a total when every organisation in it reported both quarters", () => {
    const q3 = [
      report("DOAN", "2023-Q3", { HV_MOI: 17000, KN_DANG: 1000 }),
      report("PN", "2023-Q3", { HV_MOI: 10000, KN_DANG: 500 }),
      report("ND", "2023-Q3", { HV_MOI: 6000, KN_DANG: 400 }),
      report("CCB", "2023-Q3", { HV_MOI: 1000 }),
      report("LDLD", "2023-Q3", { HV_MOI: 6000, KN_DANG: 400 }),
    ];
    const opening = whole(giaLai([...q4Reports(), ...q3])).split("\n\n")[1] ?? "";
    expect(opening).toContain("phát triển 42.489 đoàn viên, hội viên mới, tăng 2.489 người (6,2%) so với quý III/2023;");
    // CCB did not report KN_DANG in quarter III: no comparison that would mislead.
    expect(opening).toContain("kết nạp 2.554 đảng viên mới.");
    expect(opening).not.toContain("2.554 đảng viên mới,");
  });

  it("words a fall with the unit, the Vietnamese way", () => {
    const q3 = ["DOAN", "PN", "ND", "CCB", "LDLD"].map((code) => report(code, "2023-Q3", { GT_DANG: 1400 }));
    const opening = whole(giaLai([...q4Reports(), ...q3])).split("\n\n")[1] ?? "";
    expect(opening).toContain("giới thiệu 6.338 quần chúng ưu tú cho Đảng xem xét kết nạp, giảm 662 người (9,5%) so với quý III/2023");
    expect(opening).not.toMatch(/\([^()]*\(/);
  });
});

describe("a large bloc", () => {
  it("splits the briefing of 100 organisations into messages under Telegram's limit", () => {
    const organisations = Array.from({ length: 100 }, (_, index) => ({
      code: `ORG${index}`,
      name: `Hội đoàn thể số ${index + 1} của xã`,
      sortOrder: index,
    }));
    const long = (index: number, what: string) =>
      `${what} của đơn vị ${index + 1}: ${"nội dung chi tiết <b>không</b> phải thẻ & ký hiệu, ".repeat(8)}`;
    const data: ReportData = {
      blocName: "Khối",
      areaName: "xã Ia Grai",
      level: "commune",
      organisations,
      indicators: [
        {
          code: "HV_MOI",
          name: "Hội viên mới",
          unit: "người",
          kind: "flow",
          organisationCodes: organisations.map((org) => org.code),
          sortOrder: 1,
          summaryPhrase: "phát triển {value} hội viên mới",
        },
      ],
      reports: organisations.slice(0, 95).map((org, index) =>
        report(
          org.code,
          "2023-Q4",
          { HV_MOI: index + 1 },
          {
            texts: {
              highlights: long(index, "Điểm nổi bật"),
              limitations: long(index, "Hạn chế"),
              proposals: long(index, "Kiến nghị"),
              next_tasks: long(index, "Nhiệm vụ"),
            },
          },
        ),
      ),
    };
    const parts = renderBriefing(compileBriefing(data, Q4, { version: 3, now: NOW }), t);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(part.length).toBeLessThan(4096);
      expect(part.trim()).not.toBe("");
      const tags = [...part.matchAll(/<(\/?)([bi])>/g)].map((match) => match[0]);
      const open: string[] = [];
      for (const tag of tags) {
        if (tag.startsWith("</")) expect(open.pop()).toBe(tag.slice(2, 3));
        else open.push(tag.slice(1, 2));
      }
      expect(open).toEqual([]);
    }
    const text = parts.join("\n");
    expect(parts[0]).toContain("xã Ia Grai quý IV/2023");
    expect(parts[0]).toContain("(cập nhật lần 3)");
    expect(text).toContain("Toàn xã đã phát triển 4.560 hội viên mới.");
    expect(text).toContain("Hạn chế của đơn vị 95:");
    expect(text).toContain("Nhiệm vụ của đơn vị 1:");
    expect(text).toContain("&lt;b&gt;không&lt;/b&gt;");
    expect(text).toContain("<b>Chưa nộp báo cáo (5 đơn vị):</b>");
  });
});

describe("hedged figures in the briefing", () => {
  it("keep the hedge they were confirmed with, in the sections and in the totals", () => {
    const reports = q4Reports().map((r) => (r.organisationCode === "ND" ? { ...r, hedges: { HV_MOI: "about", HV_GIAM: "over" } } : r));
    const text = renderBriefing(
      compileBriefing(giaLai(reports), Q4, { version: 1, now: NOW }),
      fluentTranslate("vi", "reports", "periods", "submit", "figures"),
    ).join("\n\n");
    expect(text).toContain("Đoàn viên, hội viên mới: khoảng 6.541 người; Đoàn viên, hội viên giảm: hơn 7.289 người");
    expect(text).toContain("phát triển khoảng 42.489 đoàn viên, hội viên mới");
    expect(text).toContain("đoàn viên, hội viên giảm: hơn 10.827 người");
    expect(text).toContain("kết nạp 2.554 đảng viên mới");
  });
});
