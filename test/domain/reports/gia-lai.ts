import { Decimal } from "decimal.js";
import type { ReportData, ReportIndicator, SubmittedReport } from "../../../src/domain/reports/report-data.js";

/** The five organisations that report membership figures (the Front reports its own). */
export const MEMBER_ORGS = ["DOAN", "PN", "ND", "CCB", "LDLD"];

/** Gia Lai's figures for quarter IV/2023, after the public report of the 28/11/2023 giao ban. */
export const Q4_2023: Record<string, Record<string, number | null>> = {
  MTTQ: { QUY_VNN: 12750, GIAM_SAT: 14 },
  DOAN: { HV_MOI: 18406, HV_GIAM: 2115, GT_DANG: 2410, KN_DANG: 1002 },
  PN: { HV_MOI: 10212, HV_GIAM: 0, GT_DANG: 1290, KN_DANG: 511 },
  ND: { HV_MOI: 6541, HV_GIAM: 7289, GT_DANG: 1105, KN_DANG: 448 },
  CCB: { HV_MOI: 1102, HV_GIAM: 96, GT_DANG: 318, KN_DANG: 121 },
  LDLD: { HV_MOI: 6228, HV_GIAM: 1327, GT_DANG: 1215, KN_DANG: 472 },
};

export const ND_LIMITATION = "Số lượng hội viên giảm nhiều do chuyển đi làm ăn xa.";
export const LDLD_LIMITATION = "Công đoàn giảm 1.327 đoàn viên do doanh nghiệp giải thể.";

const indicators: ReportIndicator[] = [
  {
    code: "HV_MOI",
    name: "Đoàn viên, hội viên mới",
    unit: "người",
    kind: "flow",
    organisationCodes: MEMBER_ORGS,
    sortOrder: 1,
    summaryPhrase: "phát triển {value} đoàn viên, hội viên mới",
    phrase: "phát triển {value} đoàn viên, hội viên mới",
  },
  {
    code: "HV_GIAM",
    name: "Đoàn viên, hội viên giảm",
    unit: "người",
    kind: "flow",
    organisationCodes: MEMBER_ORGS,
    sortOrder: 2,
    phrase: "giảm {value} đoàn viên, hội viên",
    loss: true,
  },
  {
    code: "GT_DANG",
    name: "Quần chúng ưu tú giới thiệu cho Đảng",
    unit: "người",
    kind: "flow",
    organisationCodes: MEMBER_ORGS,
    sortOrder: 3,
    summaryPhrase: "giới thiệu {value} quần chúng ưu tú cho Đảng xem xét kết nạp",
    phrase: "giới thiệu {value} quần chúng ưu tú cho Đảng xem xét kết nạp",
  },
  {
    code: "KN_DANG",
    name: "Đảng viên mới được kết nạp",
    unit: "người",
    kind: "flow",
    organisationCodes: MEMBER_ORGS,
    sortOrder: 4,
    summaryPhrase: "kết nạp {value} đảng viên mới",
    phrase: "có {value} đoàn viên, hội viên được kết nạp vào Đảng",
  },
  {
    code: "QUY_VNN",
    name: "Vận động Quỹ Vì người nghèo",
    unit: "triệu đồng",
    kind: "flow",
    organisationCodes: ["MTTQ"],
    sortOrder: 5,
    phrase: "vận động Quỹ “Vì người nghèo” được {value}",
  },
  {
    code: "GIAM_SAT",
    name: "Cuộc giám sát chủ trì",
    unit: "cuộc",
    kind: "flow",
    organisationCodes: ["MTTQ"],
    sortOrder: 6,
    phrase: "chủ trì {value} cuộc giám sát",
  },
];

/** A submitted report; numbers become exact decimals, null stays skipped. */
export function report(
  organisationCode: string,
  periodKey: string,
  values: Record<string, number | null>,
  extra: Partial<Omit<SubmittedReport, "organisationCode" | "periodKey" | "values">> = {},
): SubmittedReport {
  return {
    organisationCode,
    periodKey,
    version: 1,
    submittedBy: `Đại diện ${organisationCode}`,
    submittedAt: new Date("2023-11-25T02:30:00Z"),
    texts: {},
    ...extra,
    values: Object.fromEntries(Object.entries(values).map(([code, value]) => [code, value === null ? null : new Decimal(value)])),
  };
}

/** The six quarter IV/2023 reports, with the limitations two organisations wrote. */
export function q4Reports(): SubmittedReport[] {
  return Object.entries(Q4_2023).map(([code, values]) =>
    report(code, "2023-Q4", values, {
      texts: code === "ND" ? { limitations: ND_LIMITATION } : code === "LDLD" ? { limitations: LDLD_LIMITATION } : {},
    }),
  );
}

/** Gia Lai's bloc with the given reports (by default, the six of quarter IV/2023). */
export function giaLai(reports: SubmittedReport[] = q4Reports()): ReportData {
  return {
    blocName: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai",
    areaName: "tỉnh Gia Lai",
    level: "province",
    organisations: [
      { code: "MTTQ", name: "Ủy ban MTTQ Việt Nam tỉnh", shortName: "MTTQ tỉnh", sortOrder: 1 },
      { code: "DOAN", name: "Tỉnh đoàn", sortOrder: 2 },
      { code: "PN", name: "Hội Liên hiệp Phụ nữ tỉnh", shortName: "Hội Phụ nữ", sortOrder: 3 },
      { code: "ND", name: "Hội Nông dân tỉnh", shortName: "Hội Nông dân", sortOrder: 4 },
      { code: "CCB", name: "Hội Cựu chiến binh tỉnh", shortName: "Hội CCB", sortOrder: 5 },
      { code: "LDLD", name: "Liên đoàn Lao động tỉnh", shortName: "LĐLĐ tỉnh", sortOrder: 6 },
    ],
    indicators: indicators.map((indicator) => ({ ...indicator, organisationCodes: [...indicator.organisationCodes] })),
    reports,
  };
}
