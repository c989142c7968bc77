import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";

/** Who a reminder goes to: a representative, the bloc's group, or the chairs and the secretariat. */
export type ReminderKind = "representative" | "group" | "escalation";

/** After this local hour nothing is sent until the next morning's reminder hour. */
const NIGHT_FROM_HOUR = 21;

/** An organisation of the quarter as the reminders see it. */
export interface ReminderOrganisation {
  code: string;
  /** Its deadline, extensions included. */
  deadline: Date;
  /**
   * When an extension set that deadline: its reminders are the new deadline's (their own keys),
   * and only those after the extension (which the representative was told of) are sent.
   */
  extendedAt?: Date | undefined;
  submitted: boolean;
  /** Recipient keys of its representatives who may be reminded (opted-out ones left out). */
  representatives: string[];
}

/** What the reminders of one quarter of a bloc are computed from. */
export interface ReminderInput {
  blocCode: string;
  quarterKey: string;
  timeZone: string;
  opensAt: Date;
  /** The window's deadline (the group note and, without a meeting, the escalation follow it). */
  deadline: Date;
  /** The meeting's moment, when one is set. */
  meetingAt: Date | undefined;
  organisations: ReminderOrganisation[];
  /** Whether the bloc has a group on this channel to post the note to. */
  hasGroup: boolean;
  /** Recipient keys of the chairs and the secretariat admins. */
  escalationRecipients: string[];
  /** Days before the deadline (0 = its day), and the local hour reminders go at. */
  offsetsDays: readonly number[];
  hour: number;
  now: Date;
}

/** A reminder to send now, with the key that makes it go once. */
export interface DueReminder {
  key: string;
  kind: ReminderKind;
  /** Days before the deadline (for the escalation: before the meeting, or the deadline). */
  offsetDays: number;
  recipient: string;
  /** The organisation reminded (representative kind), or "" for the others. */
  organisationCode: string;
  /** The organisations still missing, for the group note and the escalation. */
  missing: string[];
}

/** The stable key of one reminder: bloc, quarter, kind ("manual" for /nhac), offset, recipient. */
export function reminderKey(
  blocCode: string,
  quarterKey: string,
  kind: ReminderKind | "manual",
  offsetDays: number,
  recipient: string,
): string {
  return `${blocCode}:${quarterKey}:${kind}:${offsetDays}:${recipient}`;
}

/** The moment `days` before `date`'s local day, at `hour` local time. */
export function slotTime(date: Date, days: number, hour: number, timeZone: string): Date {
  const local = addDays(new TZDate(date, timeZone), -days);
  return new Date(new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), hour, 0, 0, timeZone).getTime());
}

/** Whether `now` is at night in the zone: from 21:00 until the reminder hour. */
export function atNight(now: Date, hour: number, timeZone: string): boolean {
  const localHour = new TZDate(now, timeZone).getHours();
  return localHour >= NIGHT_FROM_HOUR || localHour < hour;
}

/**
 * The latest offset whose time has come, while `until` is ahead and the window is open: a
 * reminder missed while the bot was down is replaced by a later one, never sent as a burst.
 */
function latestDueOffset(
  input: ReminderInput,
  reference: Date,
  offsets: readonly number[],
  until: Date,
  from: Date = input.opensAt,
): number | undefined {
  let best: { offset: number; at: Date } | undefined;
  for (const offset of offsets) {
    const at = slotTime(reference, offset, input.hour, input.timeZone);
    if (at > input.now || at >= until || at < from) continue;
    if (!best || at > best.at) best = { offset, at };
  }
  return best && input.now < until ? best.offset : undefined;
}

/**
 * The reminders due at `now` for one quarter: each representative of an organisation that has
 * not submitted (at its own deadline's offsets), one note to the group listing who is missing,
 * and the day before the meeting (or the deadline) one message to each chair and secretariat
 * admin. Nothing at night, nothing after a deadline, nothing when nobody is missing.
 */
export function dueReminders(input: ReminderInput): DueReminder[] {
  if (atNight(input.now, input.hour, input.timeZone)) return [];
  const key = (kind: ReminderKind, offset: number, recipient: string) =>
    reminderKey(input.blocCode, input.quarterKey, kind, offset, recipient);
  const missing = input.organisations.filter((org) => !org.submitted);
  const missingCodes = missing.map((org) => org.code);
  const due: DueReminder[] = [];
  for (const org of missing) {
    const from = org.extendedAt && org.extendedAt > input.opensAt ? org.extendedAt : input.opensAt;
    const offset = latestDueOffset(input, org.deadline, input.offsetsDays, org.deadline, from);
    if (offset === undefined) continue;
    // An extended deadline's reminders are keyed by it: the old deadline's, already sent, do not hold them back.
    const extended = org.extendedAt ? `@${org.deadline.toISOString()}` : "";
    for (const recipient of org.representatives)
      due.push({
        key: key("representative", offset, recipient) + extended,
        kind: "representative",
        offsetDays: offset,
        recipient,
        organisationCode: org.code,
        missing: [],
      });
  }
  if (missing.length === 0) return due;
  const groupOffset = input.hasGroup ? latestDueOffset(input, input.deadline, input.offsetsDays, input.deadline) : undefined;
  if (groupOffset !== undefined)
    due.push({
      key: key("group", groupOffset, "group"),
      kind: "group",
      offsetDays: groupOffset,
      recipient: "group",
      organisationCode: "",
      missing: missingCodes,
    });
  // The chairs are told the day before the meeting (until it starts), else the day before the deadline.
  const escalationOffset = latestDueOffset(input, input.meetingAt ?? input.deadline, [1], input.meetingAt ?? input.deadline);
  if (escalationOffset !== undefined)
    for (const recipient of input.escalationRecipients)
      due.push({
        key: key("escalation", 1, recipient),
        kind: "escalation",
        offsetDays: 1,
        recipient,
        organisationCode: "",
        missing: missingCodes,
      });
  return due;
}
