import type { Decimal } from "decimal.js";
import type { IndicatorKind } from "../catalog/catalog.js";
import type { DraftSource, TextSection } from "../submission/draft.js";
import type { TaskMark } from "../tasks/task-marks.js";

/** An organisation as answers and briefings name and order it. */
export interface ReportOrganisation {
  code: string;
  name: string;
  shortName?: string | undefined;
  sortOrder: number;
}

/** An indicator as answers and briefings total and word it. */
export interface ReportIndicator {
  code: string;
  name: string;
  /** The name in English, for English readers; without it they read the Vietnamese name, marked. */
  nameEn?: string | undefined;
  unit: string;
  kind: IndicatorKind;
  /** The organisations that report it, by code. */
  organisationCodes: string[];
  sortOrder: number;
  /** Phrase for the briefing's opening sentence, with {value}: "kết nạp {value} đảng viên mới". */
  summaryPhrase?: string | undefined;
  /** Phrase for an organisation's part of the briefing, with {value} (CatalogIndicator.phrase). */
  phrase?: string | undefined;
  /** Counts a loss ("Đoàn viên, hội viên giảm"): told among the briefing's limitations. */
  loss?: boolean | undefined;
}

/** The current version of one organisation's report for one quarter. */
export interface SubmittedReport {
  organisationCode: string;
  /** The quarter, as `periodKey` writes it ("2023-Q4"). */
  periodKey: string;
  version: number;
  /** Who confirmed this version, as people know them. */
  submittedBy: string;
  submittedAt: Date;
  /** The report first came after the organisation's deadline ("nộp muộn"); absent: on time. */
  late?: boolean;
  /** The secretariat typed it in for the organisation ("thư ký nhập hộ"); absent: false. */
  enteredOnBehalf?: boolean;
  /** Stored while the quarter was locked: a correction after lock; absent: false. */
  afterLock?: boolean;
  /** The organisation's own report the figures were read from (a Word file, pasted text); absent: typed in. */
  source?: DraftSource;
  /** Value per indicator code; null when the organisation skipped it (missing, not zero). */
  values: Record<string, Decimal | null>;
  /** How a value was hedged when typed ("about", "over", "under", "nearly"), by indicator code; answers keep it. */
  hedges?: Record<string, string>;
  texts: Partial<Record<TextSection, string>>;
  /** How the tasks set in an earlier quarter's report ("2023-Q3") were followed up in this one. */
  tasks?: { fromPeriodKey: string; marks: TaskMark[] };
}

/** Everything answers and briefings are computed from, loaded once per question. */
export interface ReportData {
  blocName: string;
  /** Who convenes the giao ban ("Thường trực Tỉnh ủy"), for the meeting's sentence; absent: unnamed. */
  convener?: string;
  /** The area as titles write it: "tỉnh Gia Lai". */
  areaName: string;
  /** Whether the bloc is a province's or a commune's: "toàn tỉnh", "toàn xã". */
  level: "province" | "commune";
  organisations: ReportOrganisation[];
  indicators: ReportIndicator[];
  reports: SubmittedReport[];
}

export type { Translate } from "../text/translate.js";
