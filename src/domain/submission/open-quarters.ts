import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";
import type { SubmissionSchedule } from "../catalog/catalog.js";
import { currentQuarter, previousQuarter, type Quarter } from "../periods/period.js";

/** A quarter open for submission and when its window closes. */
export interface OpenQuarter {
  quarter: Quarter;
  deadline: Date;
}

/** The deadline of a quarter: the schedule's day of the month after it ends, end of that day. */
export function deadlineOf(quarter: Quarter, schedule: SubmissionSchedule, timeZone: string): Date {
  const firstOfNext = addMonths(new TZDate(quarter.year, (quarter.quarter - 1) * 3, 1, timeZone), 3);
  return new TZDate(firstOfNext.getFullYear(), firstOfNext.getMonth(), schedule.deadlineDayOfNextMonth, 23, 59, 59, timeZone);
}

/** When a quarter opens: the schedule's day of its last month. */
export function opensOn(quarter: Quarter, schedule: SubmissionSchedule, timeZone: string): Date {
  return new TZDate(quarter.year, quarter.quarter * 3 - 1, schedule.opensOnDayOfLastMonth, timeZone);
}

/**
 * The quarters open at `now`: the current one from its opening day, the previous one until
 * its deadline. Two are open at once only when the windows overlap.
 */
export function openQuarters(now: Date, schedule: SubmissionSchedule, timeZone: string): OpenQuarter[] {
  const current = currentQuarter(now, timeZone);
  const previous = previousQuarter(current);
  const open: OpenQuarter[] = [];
  const previousDeadline = deadlineOf(previous, schedule, timeZone);
  if (now <= previousDeadline) open.push({ quarter: previous, deadline: previousDeadline });
  if (now >= opensOn(current, schedule, timeZone)) {
    open.push({ quarter: current, deadline: deadlineOf(current, schedule, timeZone) });
  }
  return open;
}
