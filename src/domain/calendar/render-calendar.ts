import { formatDate, formatDateTime } from "../periods/format-date.js";
import { formatPeriod } from "../periods/format-period.js";
import { parsePeriodKey } from "../periods/period.js";
import { block, type RichText } from "../text/rich-text.js";
import type { Translate } from "../text/translate.js";
import type { Meeting, SubmissionWindow } from "./submission-window.js";

/** One quarter of the calendar as shown: its window, and the extensions given with the organisation's name (null: all). */
export interface CalendarEntry {
  window: SubmissionWindow;
  extensions: { organisationName: string | null; until: Date }[];
}

/** The meeting as one line of text: "Họp giao ban: 28/11/2023 08:30, tại …, chủ trì: …". */
export function meetingLine(meeting: Meeting, t: Translate): string {
  const parts = [t("reports-progress-meeting", { at: meeting.hasTime ? formatDateTime(meeting.at) : formatDate(meeting.at) })];
  if (meeting.reviewsKey !== meeting.quarterKey) {
    const reviews = parsePeriodKey(meeting.reviewsKey);
    if (reviews) parts[0] = `${parts[0]} (${t("calendar-reviews", { period: formatPeriod(reviews, t) })})`;
  }
  if (meeting.place) parts.push(t("reports-progress-meeting-place", { place: meeting.place }));
  if (meeting.chair) parts.push(t("reports-progress-meeting-chair", { chair: meeting.chair }));
  return parts.join(", ");
}

/** An extension's line: "Gia hạn cho Hội Nông dân đến 25/11/2023." */
export function extensionLine(extension: { organisationName: string | null; until: Date }, t: Translate): string {
  return extension.organisationName
    ? t("reports-progress-extended", { organisation: extension.organisationName, date: formatDate(extension.until) })
    : t("reports-progress-extended-all", { date: formatDate(extension.until) });
}

/** The calendar of some quarters as rich text: each quarter's meeting, window, deadline and extensions. */
export function renderCalendar(entries: readonly CalendarEntry[], t: Translate): RichText {
  const blocks = entries.flatMap(({ window, extensions }) => [
    block("heading", formatPeriod(window.quarter, t)),
    block("line", window.meeting ? meetingLine(window.meeting, t) : t("calendar-no-meeting")),
    block("line", t("calendar-window", { opens: formatDate(window.opensAt), deadline: formatDateTime(window.deadline) })),
    ...extensions.map((extension) => block("line", extensionLine(extension, t))),
  ]);
  return [block("heading", t("calendar-title")), ...blocks];
}
