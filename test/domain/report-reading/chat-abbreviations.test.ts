import { describe, expect, it } from "vitest";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import type { ReadableIndicator } from "../../../src/domain/report-reading/report-reading.js";
import { count, HV_MOI } from "./indicators.js";

/** A Đoàn's indicators as the built-in catalog names them. */
const INDICATORS: ReadableIndicator[] = [
  HV_MOI,
  count(
    "GT_DANG",
    "Quần chúng ưu tú giới thiệu cho Đảng",
    ["giới thiệu đảng viên", "giới thiệu cho đảng"],
    "giới thiệu {value} người cho Đảng xem xét kết nạp",
    "người",
  ),
  count("KN_DANG", "Đảng viên mới được kết nạp", ["kết nạp đảng viên", "kết nạp đảng"], "{value} người được kết nạp Đảng", "người"),
  count(
    "DOAN_CTTN",
    "Công trình, phần việc thanh niên",
    ["công trình thanh niên"],
    "thực hiện {value} công trình thanh niên",
    "công trình",
  ),
];

const values = (text: string) => {
  const { figures } = readReport(`Báo cáo quý 2/2025\n${text}`, INDICATORS);
  return Object.fromEntries(Object.entries(figures).map(([code, found]) => [code, found.map((figure) => figure.value)]));
};

describe("the reader of a report, on a chat message's short forms", () => {
  it("reads KN as kết nạp and đ/c (đồng chí) as people", () => {
    expect(values("- KN ĐV mới: 46 đ/c")).toMatchObject({ HV_MOI: ["46"] });
  });

  it("reads GT as giới thiệu, two figures on one line", () => {
    expect(values("- GT cho Đảng 9 đ/c, KN Đảng 3 đ/c")).toMatchObject({ GT_DANG: ["9"], KN_DANG: ["3"] });
  });

  it("reads CTTN and CT as công trình (thanh niên)", () => {
    expect(values("- CTTN: 4 CT (đường hoa, sân chơi thiếu nhi...)")).toMatchObject({ DOAN_CTTN: ["4"] });
  });
});
