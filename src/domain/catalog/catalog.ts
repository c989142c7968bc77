/** How an indicator combines over several quarters: flows add up, stocks take the last value. */
export type IndicatorKind = "flow" | "stock" | "rate";

/** A role a person holds in a bloc. */
export type Role = "admin" | "chair" | "representative" | "viewer";

/** An organisation of a bloc, as configured. */
export interface CatalogOrganisation {
  code: string;
  name: string;
  shortName: string | undefined;
  aliases: string[];
}

/** An indicator, as configured: what is reported, in which unit, by whom, and its bounds. */
export interface CatalogIndicator {
  code: string;
  name: string;
  /** The name in English for English readers (`name_en`); without it they read `name`, marked as Vietnamese. */
  nameEn: string | undefined;
  aliases: string[];
  unit: string;
  kind: IndicatorKind;
  integer: boolean;
  min: string | undefined;
  max: string | undefined;
  organisations: string[];
  help: string | undefined;
  /** Phrase for the briefing's opening sentence, with {value}: "kết nạp {value} đảng viên mới". */
  summary: string | undefined;
  /**
   * Phrase for an organisation's part of the briefing, with {value}: "kết nạp {value} hội viên
   * mới". {value} is the figure with its hedge ("khoảng 2.000"); the phrase writes what is
   * counted after it, except money and percentages, whose unit the briefing adds itself
   * because it rescales them ("giải ngân {value}" reads "giải ngân 5,1 tỷ đồng"). The opening's
   * `summary` follows the same rule.
   */
  phrase: string | undefined;
  /** The indicator counts a loss ("Đoàn viên, hội viên giảm"): the briefing tells it among the limitations. */
  loss: boolean;
  /** First and last quarter it applies to, as period keys ("2025-Q3"). */
  firstQuarter: string | undefined;
  lastQuarter: string | undefined;
}

/** When a quarter is open for submission, and its deadline. */
export interface SubmissionSchedule {
  /** The quarter opens on this day of its last month (1 = the first day). */
  opensOnDayOfLastMonth: number;
  /** The deadline: this day of the month after the quarter ends. */
  deadlineDayOfNextMonth: number;
  /** With a meeting set, the window opens this many days before it (start of that day). */
  opensDaysBeforeMeeting: number;
  /** With a meeting set, the deadline is the end of the day this many days before it. */
  deadlineDaysBeforeMeeting: number;
  /** Reminders go this many days before the deadline (0 = the morning of its day), at `reminderHour` local time. */
  reminderOffsetsDays: number[];
  reminderHour: number;
}

/** A meeting listed in the catalog file: the period whose reports it takes, its local date and time. */
export interface CatalogMeeting {
  /** "2023-Q4". */
  period: string;
  /** "2023-11-28", the bloc's local date. */
  date: string;
  /** "08:00", local; absent: only the date is known. */
  time: string | undefined;
  place: string | undefined;
  chair: string | undefined;
}

/** One bloc's catalog: the bloc, its organisations and indicators, and its schedule. */
export interface BlocCatalog {
  code: string;
  name: string;
  /** The area in titles: "tỉnh Gia Lai". */
  area: string;
  /** Who convenes the bloc's giao ban, as the meeting's sentence names them ("Thường trực Tỉnh ủy"); absent: unnamed. */
  convener?: string | undefined;
  level: "province" | "commune";
  timezone: string;
  groupChat: string | undefined;
  schedule: SubmissionSchedule;
  /** Meetings known when the file was written; one set later in the chat wins. */
  meetings: CatalogMeeting[];
  organisations: CatalogOrganisation[];
  indicators: CatalogIndicator[];
}

/**
 * Every name an organisation can be asked about or invited by: its name, code, short name and
 * aliases, so questions and invites match the same words.
 */
export function organisationNames(org: {
  name: string;
  code: string;
  shortName?: string | null | undefined;
  aliases: readonly string[];
}): string[] {
  return [org.name, org.code, ...(org.shortName ? [org.shortName] : []), ...org.aliases];
}
