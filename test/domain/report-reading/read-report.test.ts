import { describe, expect, it } from "vitest";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import type { ReadableIndicator } from "../../../src/domain/report-reading/report-reading.js";
import { count, HV_MOI } from "./indicators.js";

const HV_GIAM = count("HV_GIAM", "Đoàn viên, hội viên giảm", ["hội viên giảm"], "giảm {value} đoàn viên, hội viên");
const GT_DANG = count(
  "GT_DANG",
  "Quần chúng ưu tú giới thiệu cho Đảng",
  ["giới thiệu cho đảng"],
  "giới thiệu {value} quần chúng ưu tú cho Đảng xem xét kết nạp",
);
const KN_DANG = count(
  "KN_DANG",
  "Đảng viên mới được kết nạp",
  ["kết nạp đảng viên"],
  "có {value} đoàn viên, hội viên được kết nạp vào Đảng",
);
const NHA = count(
  "NHA_DDK",
  "Nhà Đại đoàn kết xây mới, sửa chữa",
  ["nhà đại đoàn kết"],
  "xây mới, sửa chữa {value} nhà Đại đoàn kết",
  "căn",
);
const VON: ReadableIndicator = {
  code: "PN_VON_GN",
  name: "Vốn giải ngân trong kỳ",
  aliases: ["vốn giải ngân"],
  phrase: "giải ngân {value} vốn vay",
  unit: "triệu đồng",
  integer: false,
};
const MEMBERS = [HV_MOI, HV_GIAM, GT_DANG, KN_DANG];

describe("the figures of a report", () => {
  it("reads each indicator's figure in its unit, with the sentence it came from", () => {
    const reading = readReport(
      "Trong quý, các cấp Hội đã kết nạp 1.255 hội viên mới. Giải ngân 5,1 tỷ đồng vốn vay cho hội viên. Xây dựng, sửa chữa 03 nhà Đại đoàn kết cho hộ nghèo.",
      [...MEMBERS, NHA, VON],
    );
    expect(reading.figures.HV_MOI).toEqual([
      { value: "1255", hedge: null, raw: "1.255", sentence: "Trong quý, các cấp Hội đã kết nạp 1.255 hội viên mới." },
    ]);
    expect(reading.figures.PN_VON_GN?.map((figure) => [figure.value, figure.raw])).toEqual([["5100", "5,1 tỷ đồng"]]);
    expect(reading.figures.NHA_DDK?.map((figure) => [figure.value, figure.raw])).toEqual([["3", "03 nhà"]]);
  });

  it("keeps the hedge written before a figure", () => {
    const reading = readReport("Kết nạp khoảng 2.000 hội viên mới.", MEMBERS);
    expect(reading.figures.HV_MOI?.map((figure) => [figure.value, figure.hedge])).toEqual([["2000", "about"]]);
  });

  it("tells two figures of one sentence apart", () => {
    const reading = readReport(
      "Giới thiệu 318 quần chúng ưu tú cho Đảng xem xét kết nạp, trong đó có 121 hội viên được kết nạp vào Đảng.",
      MEMBERS,
    );
    expect(reading.figures.GT_DANG?.map((figure) => figure.value)).toEqual(["318"]);
    expect(reading.figures.KN_DANG?.map((figure) => figure.value)).toEqual(["121"]);
  });

  it("never proposes a figure of the same quarter last year, a change, a date or a section number", () => {
    const reading = readReport(
      "1. Kết nạp 1.102 hội viên mới, so với cùng kỳ năm 2023 là 900.\nGiảm 96 hội viên (tăng 5 so với cùng kỳ), tính đến ngày 30/9/2024.",
      MEMBERS,
    );
    expect(reading.figures.HV_MOI?.map((figure) => figure.value)).toEqual(["1102"]);
    expect(reading.figures.HV_GIAM?.map((figure) => figure.value)).toEqual(["96"]);
  });

  it("takes the figure a change came to, not the change", () => {
    const rate: ReadableIndicator = {
      code: "CCB_TL_NGHEO",
      name: "Tỷ lệ hộ nghèo trong Hội",
      aliases: ["tỷ lệ hộ nghèo"],
      phrase: "tỷ lệ hộ nghèo trong Hội còn {value}",
      unit: "%",
      integer: false,
    };
    const reading = readReport("Tỷ lệ hộ nghèo trong Hội giảm còn 0,9%, giảm 0,5% so với cùng kỳ.", [rate]);
    expect(reading.figures.CCB_TL_NGHEO?.map((figure) => figure.value)).toEqual(["0.9"]);
  });

  it("reads a figure written in words", () => {
    const reading = readReport("Kết nạp ba trăm hội viên mới.", MEMBERS);
    expect(reading.figures.HV_MOI?.map((figure) => figure.value)).toEqual(["300"]);
  });
});

describe("the figures of a table in a report", () => {
  it("takes this quarter's column, as the header names it, in the unit of the ĐVT column", () => {
    const reading = readReport(
      [
        "BÁO CÁO kết quả quý III/2024",
        "STT\tChỉ tiêu\tĐVT\tCùng kỳ năm 2023\tQuý này\tTăng, giảm",
        "1\tKết nạp hội viên mới\tngười\t1.190\t1.255\t+65",
        "2\tGiải ngân vốn vay\ttỷ đồng\t4,8\t5,1\t+0,3",
      ].join("\n"),
      [...MEMBERS, VON],
    );
    expect(reading.figures.HV_MOI).toEqual([
      { value: "1255", hedge: null, raw: "1.255", sentence: "1\tKết nạp hội viên mới\tngười\t1.190\t1.255\t+65" },
    ]);
    expect(reading.figures.PN_VON_GN?.map((figure) => figure.value)).toEqual(["5100"]);
  });

  it("takes the column of the report's period, and the first figure of a table without a header", () => {
    const withPeriods = readReport(
      ["Báo cáo quý IV năm 2023", "Nội dung\tQuý III/2023\tQuý IV/2023", "Hội viên giảm\t80\t96"].join("\n"),
      MEMBERS,
    );
    expect(withPeriods.figures.HV_GIAM?.map((figure) => figure.value)).toEqual(["96"]);
    const bare = readReport("Hội viên mới\t1.255 người\nĐảng viên mới được kết nạp\t121", MEMBERS);
    expect(bare.figures.HV_MOI?.map((figure) => figure.value)).toEqual(["1255"]);
    expect(bare.figures.KN_DANG?.map((figure) => figure.value)).toEqual(["121"]);
  });
});

describe("the text sections and periods of a report", () => {
  it("finds the sections under their headings and the period of the title", () => {
    const reading = readReport(
      [
        "BÁO CÁO",
        "Kết quả công tác quý III năm 2024",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Kết nạp 120 hội viên mới.",
        "II. Hạn chế, khó khăn",
        "- Kinh phí còn ít.",
        "III. PHUONG HUONG, NHIEM VU QUY IV",
        "+ Tiếp tục phát triển hội viên.",
        "IV. KIẾN NGHỊ",
        "a) Đề nghị hỗ trợ vốn.",
        "Nơi nhận:",
        "- Như trên;",
      ].join("\n"),
      MEMBERS,
    );
    expect(reading.texts).toEqual({
      highlights: { heading: "I. KẾT QUẢ ĐẠT ĐƯỢC", text: "1. Kết nạp 120 hội viên mới." },
      limitations: { heading: "II. Hạn chế, khó khăn", text: "- Kinh phí còn ít." },
      next_tasks: { heading: "III. PHUONG HUONG, NHIEM VU QUY IV", text: "+ Tiếp tục phát triển hội viên." },
      proposals: { heading: "IV. KIẾN NGHỊ", text: "a) Đề nghị hỗ trợ vốn." },
    });
    expect(reading.periods[0]).toEqual({ kind: "quarter", year: 2024, quarter: 3 });
  });
});

describe("a report as a Word file's text reads", () => {
  it("takes blank lines between paragraphs and rows, non-breaking spaces and Windows line ends as a typed text", () => {
    const text = [
      "BÁO CÁO",
      "",
      "Kết quả công tác quý III năm 2024",
      "",
      "I. KẾT QUẢ ĐẠT ĐƯỢC",
      "",
      "Kết nạp 1\u00a0255 hội viên mới.",
      "",
      "Chỉ tiêu\tQuý này\tCùng kỳ",
      "",
      "Hội viên giảm\t96\t80",
    ].join("\r\n");
    const reading = readReport(text, MEMBERS);
    expect(reading.figures.HV_MOI?.map((figure) => figure.value)).toEqual(["1255"]);
    expect(reading.figures.HV_GIAM?.map((figure) => figure.value)).toEqual(["96"]);
    expect(Object.keys(reading.texts)).toEqual(["highlights"]);
    expect(reading.periods[0]).toEqual({ kind: "quarter", year: 2024, quarter: 3 });
  });
});

describe("numbering and figures at the start of a line", () => {
  it("takes a figure opening a line for a figure, and the numbering before a heading for none", () => {
    const reading = readReport("2.1. Kết nạp 12 hội viên mới.\n1.255 hội viên mới được kết nạp trong quý.\n3. Giảm 4 hội viên.", MEMBERS);
    expect(reading.figures.HV_MOI?.map((figure) => figure.value)).toEqual(["12", "1255"]);
    expect(reading.figures.HV_GIAM?.map((figure) => figure.value)).toEqual(["4"]);
  });
});
