import { describe, expect, it } from "vitest";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "../../../src/bot/render/split-html.js";
import { toTelegramHtml } from "../../../src/bot/render/telegram-html.js";
import type { Quarter } from "../../../src/domain/periods/period.js";
import { compileBriefing } from "../../../src/domain/reports/briefing.js";
import type { BriefingFraming } from "../../../src/domain/reports/briefing-framing.js";
import { renderBriefing } from "../../../src/domain/reports/briefing-prose.js";
import type { ReportData, SubmittedReport } from "../../../src/domain/reports/report-data.js";
import { toPlainText } from "../../../src/domain/text/rich-text.js";
import { fluentTranslate } from "../../support/fluent.js";
import { parseTelegramHtml } from "../../support/telegram-html.js";
import { giaLai, LDLD_LIMITATION, ND_LIMITATION, q4Reports, report } from "./gia-lai.js";

const t = fluentTranslate("vi", "reports", "periods", "figures", "submit", "locking", "tasks");
const Q4: Quarter = { kind: "quarter", year: 2023, quarter: 4 };
/** 10:00 on 28/11/2023 in Vietnam, the day of the giao ban. */
const NOW = new Date("2023-11-28T03:00:00Z");

const rich = (data: ReportData = giaLai(), version = 1, framing?: BriefingFraming) =>
  renderBriefing(compileBriefing(data, Q4, { version, now: NOW, framing }), t);
const whole = (data?: ReportData, version?: number, framing?: BriefingFraming) => toPlainText(rich(data, version, framing));
/** The paragraph that starts with `start`. */
const paragraph = (text: string, start: string) => text.split("\n\n").find((part) => part.startsWith(start)) ?? "";
const withTexts = (code: string, texts: SubmittedReport["texts"]) =>
  q4Reports().map((r) => (r.organisationCode === code ? { ...r, texts: { ...r.texts, ...texts } } : r));
/** The reports of the given organisations only. */
const only = (...codes: string[]) => q4Reports().filter((r) => codes.includes(r.organisationCode));

describe("the briefing of quarter IV/2023", () => {
  const text = whole();

  it("opens with the bold title naming the area and the quarter, and the date", () => {
    const [title, compiled] = text.split("\n");
    expect(title).toBe("Kết quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai quý IV/2023");
    expect(rich()[0]).toEqual({ kind: "line", runs: [{ text: title, bold: true }] });
    expect(compiled).toContain("28/11/2023");
    expect(compiled).toContain("6/6");
    expect(text).not.toContain("cập nhật");
  });

  it("says which update it is from the second version", () => {
    expect(whole(giaLai(), 2).split("\n")[1]).toBe("(cập nhật lần 2)");
  });

  it("sums the shared indicators in one opening sentence, as the provincial report does", () => {
    const opening = text.split("\n\n")[1] ?? "";
    expect(opening).toMatch(/^Trong quý IV\/2023, /);
    expect(opening).toContain(
      "Toàn tỉnh đã phát triển 42.489 đoàn viên, hội viên mới; giới thiệu 6.338 quần chúng ưu tú cho Đảng xem xét kết nạp; kết nạp 2.554 đảng viên mới.",
    );
    // Members lost are a limitation, not a result.
    expect(opening).not.toContain("giảm");
    expect(opening).not.toContain("12.750");
  });

  it("writes each organisation's part as prose: its figures woven into a sentence, each once", () => {
    expect(paragraph(text, "Hội Liên hiệp Phụ nữ tỉnh")).toBe(
      "Hội Liên hiệp Phụ nữ tỉnh: Phát triển 10.212 đoàn viên, hội viên mới, giới thiệu 1.290 quần chúng ưu tú cho Đảng xem xét kết nạp, có 511 đoàn viên, hội viên được kết nạp vào Đảng.",
    );
    // Money is written once, in the unit a reader takes in: not "12.750 triệu đồng (12,75 tỷ đồng)".
    expect(paragraph(text, "Ủy ban MTTQ Việt Nam tỉnh")).toBe(
      "Ủy ban MTTQ Việt Nam tỉnh: Vận động Quỹ “Vì người nghèo” được 12,75 tỷ đồng, chủ trì 14 cuộc giám sát.",
    );
    expect(text.indexOf("Tỉnh đoàn:")).toBeLessThan(text.indexOf("Liên đoàn Lao động tỉnh:"));
    expect(text).not.toContain("chưa có số liệu");
    expect(text).not.toContain("Đoàn viên, hội viên mới:");
  });

  it("merges the limitations into one paragraph, each attributed, with the members lost", () => {
    const limitations = paragraph(text, "Tuy nhiên");
    expect(limitations).toContain(`${ND_LIMITATION.replace(/\.$/, "")} (Hội Nông dân).`);
    expect(limitations).toContain(`${LDLD_LIMITATION.replace(/\.$/, "")} (LĐLĐ tỉnh).`);
    expect(limitations).toContain(
      "Số đoàn viên, hội viên giảm toàn tỉnh là 10.827 người (Tỉnh đoàn 2.115, Hội Nông dân 7.289, Hội CCB 96, LĐLĐ tỉnh 1.327).",
    );
    // Hội Phụ nữ lost none: not listed.
    expect(limitations).not.toContain("Hội Phụ nữ");
    expect(text).not.toMatch(/^- /m);
  });

  it("ends saying every organisation has submitted", () => {
    expect(text.trimEnd().split("\n").at(-1)).toBe("Tất cả 6/6 cơ quan, đơn vị đã nộp báo cáo.");
  });

  it("leaves out the sections no one wrote anything for", () => {
    expect(text).not.toContain("kiến nghị, đề xuất");
    expect(text).not.toContain("nhiệm vụ trọng tâm");
  });

  it("fits in one Telegram message", () => {
    expect(splitMessage(toTelegramHtml(rich()), TELEGRAM_MESSAGE_LIMIT)).toHaveLength(1);
  });
});

describe("texts in the briefing", () => {
  it("adds highlights after the organisation's figures, and merges proposals and next quarter's tasks", () => {
    const reports = withTexts("ND", {
      highlights: "Tổ chức Ngày hội nông dân 14/10.",
      proposals: "Đề nghị hỗ trợ vốn vay.",
      next_tasks: "Tổng kết năm 2023.",
    }).map((r) => (r.organisationCode === "DOAN" ? { ...r, texts: { proposals: "Bổ sung biên chế cán bộ Đoàn." } } : r));
    const text = whole(giaLai(reports));
    expect(paragraph(text, "Hội Nông dân tỉnh")).toMatch(
      /có 448 đoàn viên, hội viên được kết nạp vào Đảng\. Tổ chức Ngày hội nông dân 14\/10\.$/,
    );
    expect(paragraph(text, "Các đơn vị kiến nghị")).toBe(
      "Các đơn vị kiến nghị, đề xuất: Bổ sung biên chế cán bộ Đoàn (Tỉnh đoàn). Đề nghị hỗ trợ vốn vay (Hội Nông dân).",
    );
    expect(paragraph(text, "Về nhiệm vụ trọng tâm")).toBe(
      "Về nhiệm vụ trọng tâm quý I/2024, các đơn vị đề ra: Tổng kết năm 2023 (Hội Nông dân).",
    );
    const order = ["Tuy nhiên", "Các đơn vị kiến nghị", "Về nhiệm vụ trọng tâm"].map((start) => text.indexOf(start));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("leaves a figure the organisation's own highlights state to them, so it is read once", () => {
    const text = whole(giaLai(withTexts("DOAN", { highlights: "Kết nạp 18.406 đoàn viên mới, vượt chỉ tiêu năm." })));
    const doan = paragraph(text, "Tỉnh đoàn");
    expect(doan.match(/18\.406/g)).toHaveLength(1);
    expect(doan).toBe(
      "Tỉnh đoàn: Giới thiệu 2.410 quần chúng ưu tú cho Đảng xem xét kết nạp, có 1.002 đoàn viên, hội viên được kết nạp vào Đảng. Kết nạp 18.406 đoàn viên mới, vượt chỉ tiêu năm.",
    );
  });

  it("keeps a figure its highlights only hold inside a longer number (118.406, 18.406,5) in the sentence", () => {
    for (const highlights of ["Lũy kế 118.406 đoàn viên mới.", "Bình quân 18.406,5 giờ.", "Mã 184060."]) {
      const doan = paragraph(whole(giaLai(withTexts("DOAN", { highlights }))), "Tỉnh đoàn");
      expect(doan, highlights).toContain("Phát triển 18.406 đoàn viên");
    }
  });

  it("runs a list typed on several lines into the sentence", () => {
    const text = whole(giaLai(withTexts("ND", { limitations: "- Thiếu vốn;\n- Thiếu đất sản xuất" })));
    expect(paragraph(text, "Tuy nhiên")).toContain("Thiếu vốn; Thiếu đất sản xuất (Hội Nông dân).");
  });

  it("says no limitations were reported when none were and nothing was lost, and skips answers of 'none'", () => {
    const reports = q4Reports().map((r) => ({ ...r, values: { ...r.values, HV_GIAM: null }, texts: { limitations: "", proposals: "  " } }));
    const text = whole(giaLai(reports));
    expect(text).toContain("Các đơn vị chưa nêu hạn chế, khó khăn.");
    expect(text).not.toContain("kiến nghị");
  });

  it("keeps what organisations wrote as text, escaped once when it becomes Telegram HTML", () => {
    const briefing = rich(giaLai(withTexts("ND", { limitations: "Thiếu <vốn> & đất" })));
    expect(toPlainText(briefing)).toContain("Thiếu <vốn> & đất (Hội Nông dân).");
    const html = toTelegramHtml(briefing);
    expect(html).toContain("Thiếu &lt;vốn&gt; &amp; đất");
    expect(parseTelegramHtml(html)).toMatchObject({ ok: true });
  });
});

describe("honest totals", () => {
  it("with 1 of 6 reports in, claims nothing for the province and says whose figures are missing", () => {
    const text = whole(giaLai(only("ND")));
    expect(text).not.toMatch(/toàn tỉnh/i);
    // Out of the five that report the members' figures: the Front does not.
    expect(paragraph(text, "Trong quý IV/2023")).toContain(
      "Theo báo cáo của 1/5 đơn vị (chưa gồm Tỉnh đoàn, Hội Phụ nữ, Hội CCB, LĐLĐ tỉnh), đã phát triển 6.541 đoàn viên, hội viên mới;",
    );
    expect(text).toContain("Chưa nộp báo cáo (5 đơn vị): MTTQ tỉnh, Tỉnh đoàn, Hội Phụ nữ, Hội CCB, LĐLĐ tỉnh.");
  });

  it("with 4 of 6 in, totals over the three of them that report the members' figures, out of the five that do, in the opening and the losses", () => {
    const text = whole(giaLai(q4Reports().filter((r) => !["CCB", "LDLD"].includes(r.organisationCode))));
    expect(text).not.toMatch(/toàn tỉnh/i);
    expect(text).toContain("từ báo cáo của 4/6 cơ quan, đơn vị.");
    expect(paragraph(text, "Trong quý IV/2023")).toContain(
      "Theo báo cáo của 3/5 đơn vị (chưa gồm Hội CCB, LĐLĐ tỉnh), đã phát triển 35.159 đoàn viên, hội viên mới;",
    );
    expect(paragraph(text, "Tuy nhiên")).toContain(
      "Số đoàn viên, hội viên giảm theo báo cáo của 3/5 đơn vị (chưa gồm Hội CCB, LĐLĐ tỉnh) là 9.404 người (Tỉnh đoàn 2.115, Hội Nông dân 7.289).",
    );
  });

  it("with 4 of the 5 that report an indicator in and the Front missing, says 4/5, never 4/6", () => {
    const text = whole(giaLai(q4Reports().filter((r) => !["MTTQ", "CCB"].includes(r.organisationCode))));
    expect(text).not.toMatch(/toàn tỉnh|\/6 đơn vị/i);
    expect(paragraph(text, "Trong quý IV/2023")).toContain(
      "Theo báo cáo của 4/5 đơn vị (chưa gồm Hội CCB), đã phát triển 41.387 đoàn viên, hội viên mới;",
    );
    expect(paragraph(text, "Tuy nhiên")).toContain(
      "Số đoàn viên, hội viên giảm theo báo cáo của 4/5 đơn vị (chưa gồm Hội CCB) là 10.731 người",
    );
    expect(text).toContain("Chưa nộp báo cáo (2 đơn vị): MTTQ tỉnh, Hội CCB.");
  });

  it("says toàn tỉnh for an indicator all five that report it gave, while the Front, which does not report it, is missing", () => {
    const text = whole(giaLai(q4Reports().filter((r) => r.organisationCode !== "MTTQ")));
    expect(paragraph(text, "Trong quý IV/2023")).toContain("Toàn tỉnh đã phát triển 42.489 đoàn viên, hội viên mới;");
    expect(paragraph(text, "Tuy nhiên")).toContain("Số đoàn viên, hội viên giảm toàn tỉnh là 10.827 người");
    expect(text).not.toMatch(/theo báo cáo của/i);
    expect(text).toContain("Chưa nộp báo cáo (1 đơn vị): MTTQ tỉnh.");
  });

  it("does not call a total the province's when an organisation that submitted skipped the figure, and lists it once at the end", () => {
    const reports = q4Reports().map((r) =>
      r.organisationCode === "CCB" ? report("CCB", "2023-Q4", { HV_MOI: 1102, HV_GIAM: 96, GT_DANG: 318, KN_DANG: null }) : r,
    );
    const text = whole(giaLai(reports));
    expect(paragraph(text, "Trong quý IV/2023")).toContain("Toàn tỉnh đã phát triển 42.489 đoàn viên, hội viên mới;");
    expect(paragraph(text, "Trong quý IV/2023")).toContain(
      "Theo báo cáo của 4/5 đơn vị (chưa gồm Hội CCB), đã kết nạp 2.433 đảng viên mới.",
    );
    expect(paragraph(text, "Hội Cựu chiến binh tỉnh")).not.toContain("kết nạp vào Đảng");
    expect(paragraph(text, "Hội Cựu chiến binh tỉnh")).not.toContain("0 ");
    expect(text.split("\n\n").at(-1)).toBe("Chưa có số liệu: Hội CCB (đảng viên mới được kết nạp).");
  });

  it("still compiles when nothing was submitted", () => {
    const text = whole(giaLai([]));
    expect(text).toContain("quý IV/2023");
    expect(text).toContain("Chưa có số liệu chung để tổng hợp.");
    expect(text).toContain("Chưa nộp báo cáo (6 đơn vị)");
  });
});

describe("change against the previous quarter", () => {
  it("is given for a total when every organisation in it reported both quarters", () => {
    const q3 = ["DOAN", "PN", "ND", "CCB", "LDLD"].map((code) => report(code, "2023-Q3", { HV_MOI: 8000 }));
    const opening = paragraph(whole(giaLai([...q4Reports(), ...q3])), "Trong quý IV/2023");
    expect(opening).toContain("phát triển 42.489 đoàn viên, hội viên mới, tăng 2.489 người (6,2%) so với quý III/2023;");
  });

  it("compares like with like: over the organisations that reported both quarters, saying so", () => {
    // CCB did not report KN_DANG in quarter III: the four others are compared with themselves.
    const q3 = [
      report("DOAN", "2023-Q3", { KN_DANG: 1000 }),
      report("PN", "2023-Q3", { KN_DANG: 500 }),
      report("ND", "2023-Q3", { KN_DANG: 400 }),
      report("CCB", "2023-Q3", { KN_DANG: null }),
      report("LDLD", "2023-Q3", { KN_DANG: 400 }),
    ];
    const opening = paragraph(whole(giaLai([...q4Reports(), ...q3])), "Trong quý IV/2023");
    // 1.002 + 511 + 448 + 472 = 2.433 against 2.300: not 2.554 (with CCB's 121) against 2.300.
    expect(opening).toContain(
      "kết nạp 2.554 đảng viên mới, tăng 133 người (5,8%) so với quý III/2023 (tính trên 4/5 đơn vị có số liệu cả hai kỳ).",
    );
  });

  it("tells a fall among the limitations, not among the results", () => {
    const q3 = ["DOAN", "PN", "ND", "CCB", "LDLD"].map((code) => report(code, "2023-Q3", { GT_DANG: 1400 }));
    const text = whole(giaLai([...q4Reports(), ...q3]));
    expect(paragraph(text, "Trong quý IV/2023")).toContain("giới thiệu 6.338 quần chúng ưu tú cho Đảng xem xét kết nạp;");
    expect(paragraph(text, "Trong quý IV/2023")).not.toContain("giảm");
    expect(paragraph(text, "Tuy nhiên")).toContain(
      "Một số chỉ tiêu giảm: quần chúng ưu tú giới thiệu cho Đảng giảm 662 người (9,5%) so với quý III/2023.",
    );
  });
});

describe("marks and hedges", () => {
  it("keeps the hedge a figure was confirmed with, in the part, the totals and the losses", () => {
    const reports = q4Reports().map((r) => (r.organisationCode === "ND" ? { ...r, hedges: { HV_MOI: "about", HV_GIAM: "over" } } : r));
    const text = whole(giaLai(reports));
    expect(paragraph(text, "Hội Nông dân tỉnh")).toContain("Phát triển khoảng 6.541 đoàn viên, hội viên mới,");
    expect(text).toContain("Toàn tỉnh đã phát triển khoảng 42.489 đoàn viên, hội viên mới");
    expect(text).toContain("Số đoàn viên, hội viên giảm toàn tỉnh là hơn 10.827 người (Tỉnh đoàn 2.115, Hội Nông dân hơn 7.289,");
    expect(text).toContain("kết nạp 2.554 đảng viên mới");
  });

  it("marks a late report and one the secretariat entered, after the organisation's name", () => {
    const reports = q4Reports().map((r) =>
      r.organisationCode === "CCB"
        ? { ...r, late: true }
        : r.organisationCode === "PN"
          ? { ...r, enteredOnBehalf: true, submittedBy: "Thư ký Lan" }
          : r,
    );
    const briefing = rich(giaLai(reports));
    const text = toPlainText(briefing);
    expect(paragraph(text, "Hội Cựu chiến binh tỉnh")).toMatch(/^Hội Cựu chiến binh tỉnh \(nộp muộn\): Phát triển 1\.102/);
    expect(paragraph(text, "Hội Liên hiệp Phụ nữ tỉnh")).toMatch(/^Hội Liên hiệp Phụ nữ tỉnh \(thư ký nhập hộ: Thư ký Lan\): /);
    const ccb = briefing.find((value) => value.runs[0]?.text === "Hội Cựu chiến binh tỉnh");
    expect(ccb?.runs.slice(0, 3)).toEqual([
      { text: "Hội Cựu chiến binh tỉnh", bold: true },
      { text: " " },
      { text: "(nộp muộn)", italic: true },
    ]);
  });
});

describe("the framing", () => {
  const framing: BriefingFraming = {
    meeting: {
      at: new Date("2023-11-28T01:00:00Z"),
      hasTime: true,
      place: "Hội trường Tỉnh ủy",
      chair: "đồng chí Rah Lan Chung - Phó Bí thư Tỉnh ủy",
      attendees: "đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Ban Tổ chức Tỉnh ủy",
    },
    assessment:
      "Trong quý IV, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp đã tập trung triển khai thực hiện tốt các nội dung chỉ đạo của Tỉnh ủy",
    conclusions: {
      points: ["Đẩy mạnh công tác tuyên truyền, giáo dục chính trị tư tưởng.", "Chú trọng phát triển đoàn viên, hội viên"],
      directions: [
        { organisationCode: "ND", text: "Tập trung xây dựng các đề án thực hiện 3 khâu đột phá" },
        { organisationCode: "PN", text: "thực hiện hiệu quả các chương trình do Trung ương Hội phát động." },
      ],
      enteredBy: "Thư ký Ban Dân vận",
    },
  };
  const text = whole(giaLai(), 1, framing);
  const parts = text.split("\n\n");

  it("opens with the meeting: its date and place, the chair and who attended (no convener named: “được tổ chức”)", () => {
    expect(parts[1]).toBe(
      "Ngày 28/11/2023, tại Hội trường Tỉnh ủy, Hội nghị giao ban Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai được tổ chức để đánh giá tình hình thực hiện nhiệm vụ công tác quý IV/2023. Đồng chí Rah Lan Chung - Phó Bí thư Tỉnh ủy chủ trì Hội nghị; tham dự Hội nghị có đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Ban Tổ chức Tỉnh ủy.",
    );
  });

  it("names who convened the meeting when the catalog does, as the provincial reports write it, in both languages", () => {
    const convened = { ...giaLai(), convener: "Thường trực Tỉnh ủy" };
    expect(whole(convened, 1, framing).split("\n\n")[1]).toBe(
      "Ngày 28/11/2023, tại Hội trường Tỉnh ủy, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai để đánh giá tình hình thực hiện nhiệm vụ công tác quý IV/2023. Đồng chí Rah Lan Chung - Phó Bí thư Tỉnh ủy chủ trì Hội nghị; tham dự Hội nghị có đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Ban Tổ chức Tỉnh ủy.",
    );
    const en = fluentTranslate("en", "reports", "periods", "figures", "submit", "locking", "tasks");
    const english = toPlainText(renderBriefing(compileBriefing(convened, Q4, { version: 1, now: NOW, framing }), en));
    expect(english).toContain(
      "On 28/11/2023, at Hội trường Tỉnh ủy, Thường trực Tỉnh ủy held the giao ban meeting of the Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai to review the work of Q4/2023.",
    );
    expect(english).not.toContain("was held");
  });

  it("puts the secretariat's assessment in place of the fixed opening sentence, before the totals", () => {
    expect(parts[2]).toMatch(/^Trong quý IV, Mặt trận Tổ quốc .* chỉ đạo của Tỉnh ủy\. Toàn tỉnh đã phát triển 42\.489 /);
    expect(text).not.toContain("theo chương trình");
  });

  it("ends with the chair's conclusions, numbered the Vietnamese way, and the directions per organisation", () => {
    expect(parts.slice(-4)).toEqual([
      "Kết luận Hội nghị, đồng chí Rah Lan Chung - Phó Bí thư Tỉnh ủy đề nghị Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:",
      "Một là, Đẩy mạnh công tác tuyên truyền, giáo dục chính trị tư tưởng.",
      "Hai là, Chú trọng phát triển đoàn viên, hội viên.",
      "Đối với từng cơ quan, đơn vị: Hội Nông dân tập trung xây dựng các đề án thực hiện 3 khâu đột phá; Hội Phụ nữ thực hiện hiệu quả các chương trình do Trung ương Hội phát động.",
    ]);
  });

  it("reads in English too", () => {
    const en = fluentTranslate("en", "reports", "periods", "figures", "submit", "locking", "tasks");
    const english = toPlainText(renderBriefing(compileBriefing(giaLai(only("ND")), Q4, { version: 1, now: NOW, framing }), en));
    expect(english).toContain("On 28/11/2023, at Hội trường Tỉnh ủy, the giao ban meeting");
    expect(english).toContain("According to the reports of 1/5 organisations");
    expect(english).toContain("First, Đẩy mạnh");
    // The catalog's phrases are Vietnamese: an English reader gets each indicator's name and figure.
    expect(english).toContain("Hội Nông dân tỉnh: Đoàn viên, hội viên mới (Vietnamese name): 6,541 people; ");
    expect(english).not.toContain("phát triển 6");
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
    const parts = splitMessage(
      toTelegramHtml(renderBriefing(compileBriefing(data, Q4, { version: 3, now: NOW }), t)),
      TELEGRAM_MESSAGE_LIMIT,
    );
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(part.trim()).not.toBe("");
      expect(parseTelegramHtml(part), part.slice(0, 200)).toMatchObject({ ok: true });
    }
    const text = parts.join("\n");
    expect(parts[0]).toContain("xã Ia Grai quý IV/2023");
    expect(parts[0]).toContain("(cập nhật lần 3)");
    expect(text).toContain("Theo báo cáo của 95/100 đơn vị (chưa gồm Hội đoàn thể số 96 của xã,");
    expect(text).not.toMatch(/toàn xã/i);
    expect(text).toContain("Hạn chế của đơn vị 95:");
    expect(text).toContain("Nhiệm vụ của đơn vị 1:");
    expect(text).toContain("&lt;b&gt;không&lt;/b&gt;");
    expect(text).toContain("Chưa nộp báo cáo (5 đơn vị):");
  });
});
