import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

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
