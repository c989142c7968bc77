import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";
import type { SubmissionSchedule } from "../catalog/catalog.js";
import type { Quarter } from "../periods/period.js";

/** The deadline of a quarter: the schedule's day of the month after it ends, end of that day. */
export function deadlineOf(quarter: Quarter, schedule: SubmissionSchedule, timeZone: string): Date {
  const firstOfNext = addMonths(new TZDate(quarter.year, (quarter.quarter - 1) * 3, 1, timeZone), 3);
  return new TZDate(firstOfNext.getFullYear(), firstOfNext.getMonth(), schedule.deadlineDayOfNextMonth, 23, 59, 59, timeZone);
}

/** When a quarter opens: the schedule's day of its last month. */
export function opensOn(quarter: Quarter, schedule: SubmissionSchedule, timeZone: string): Date {
  return new TZDate(quarter.year, quarter.quarter * 3 - 1, schedule.opensOnDayOfLastMonth, timeZone);
}
