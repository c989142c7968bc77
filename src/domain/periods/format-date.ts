import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays, format } from "date-fns";

/** The zone every date is shown in. */
const ZONE = "Asia/Ho_Chi_Minh";

/** A date as Vietnamese body text writes it: 30/11/2023. */
export function formatDate(date: Date): string {
  return format(new TZDate(date, ZONE), "dd/MM/yyyy");
}

/** A moment as people read it in a receipt: 30/11/2023 14:05. */
export function formatDateTime(date: Date): string {
  return format(new TZDate(date, ZONE), "dd/MM/yyyy HH:mm");
}

/** Whole calendar days from `now` to `deadline` in Vietnam: 0 on the deadline's day, negative after it. */
export function daysUntil(deadline: Date, now: Date): number {
  return differenceInCalendarDays(new TZDate(deadline, ZONE), new TZDate(now, ZONE));
}
