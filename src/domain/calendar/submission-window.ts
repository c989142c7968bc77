import { TZDate } from "@date-fns/tz";
import { startOfDay, subDays } from "date-fns";
import type { SubmissionSchedule } from "../catalog/catalog.js";
import { currentQuarter, periodKey, previousQuarter, type Quarter } from "../periods/period.js";
import { deadlineOf, opensOn } from "../submission/open-quarters.js";

/** A giao ban meeting set in the calendar: the quarter whose reports it takes, and when and where. */
export interface Meeting {
  /** The quarter whose reports are collected for it: "2023-Q4". */
  quarterKey: string;
  /** The period the meeting reviews: the quarter, or "2024-H1" (6 tháng), "2024" (the year's review). */
  reviewsKey: string;
  at: Date;
  /** Whether `at` carries a time of day, or only the date. */
  hasTime: boolean;
  place: string | null;
  chair: string | null;
}

/** More time for one organisation (`organisationCode`) or for all (null). */
export interface DeadlineExtension {
  quarterKey: string;
  organisationCode: string | null;
  until: Date;
  /** When it was given: reminders for the new deadline start after it. */
  grantedAt: Date;
}

/** When a quarter's reports are collected: the window opens, the deadline, and the meeting if one is set. */
export interface SubmissionWindow {
  quarter: Quarter;
  opensAt: Date;
  deadline: Date;
  meeting: Meeting | undefined;
}

/**
 * The window of a quarter: with a meeting, it opens at the start of the day
 * `opensDaysBeforeMeeting` before it and closes at the end of the day `deadlineDaysBeforeMeeting`
 * before it (the bloc's local days); without one, by the quarter-relative rule of the schedule.
 */
export function submissionWindow(quarter: Quarter, schedule: SubmissionSchedule, timeZone: string, meeting?: Meeting): SubmissionWindow {
  if (!meeting) {
    return {
      quarter,
      opensAt: opensOn(quarter, schedule, timeZone),
      deadline: deadlineOf(quarter, schedule, timeZone),
      meeting: undefined,
    };
  }
  const local = new TZDate(meeting.at, timeZone);
  const deadlineDay = subDays(local, schedule.deadlineDaysBeforeMeeting);
  return {
    quarter,
    opensAt: new Date(startOfDay(subDays(local, schedule.opensDaysBeforeMeeting)).getTime()),
    // 23:59:59 as the quarter-relative rule's deadline, so both read the same.
    deadline: new Date(
      new TZDate(deadlineDay.getFullYear(), deadlineDay.getMonth(), deadlineDay.getDate(), 23, 59, 59, timeZone).getTime(),
    ),
    meeting,
  };
}

/** The quarters whose windows matter at `now`: the previous and the current quarter, in order. */
export function candidateQuarters(now: Date, timeZone: string): Quarter[] {
  const current = currentQuarter(now, timeZone);
  return [previousQuarter(current), current];
}

/** An organisation's deadline: the window's, or the latest extension given to it or to all. */
export function deadlineForOrganisation(
  window: SubmissionWindow,
  organisationCode: string,
  extensions: readonly DeadlineExtension[],
): Date {
  return extensionInForce(window, organisationCode, extensions)?.until ?? window.deadline;
}

/** The extension that sets an organisation's deadline (the latest one past the window's), if any. */
export function extensionInForce(
  window: SubmissionWindow,
  organisationCode: string,
  extensions: readonly DeadlineExtension[],
): DeadlineExtension | undefined {
  const key = periodKey(window.quarter);
  return extensions
    .filter(
      (extension) =>
        extension.quarterKey === key && (extension.organisationCode === null || extension.organisationCode === organisationCode),
    )
    .reduce<DeadlineExtension | undefined>(
      (latest, extension) => (extension.until > (latest?.until ?? window.deadline) ? extension : latest),
      undefined,
    );
}
