import type { BlocRecord, CatalogRepository, OrganisationRecord } from "../db/repositories/catalog-repository.js";
import type { MemberRecord, PeopleRepository } from "../db/repositories/people-repository.js";
import type { ReminderRepository } from "../db/repositories/reminder-repository.js";
import { dueReminders, type ReminderKind, reminderKey } from "../domain/calendar/reminders.js";
import type { SubmissionWindow } from "../domain/calendar/submission-window.js";
import { periodKey, type Quarter } from "../domain/periods/period.js";
import type { Actor } from "./actor.js";
import type { CalendarService } from "./calendar-service.js";
import type { Clock } from "./clock.js";
import { linkedGroupChatId } from "./group-service.js";

/** One reminder to send, channel-neutral: the bot words it and sends it to `chatId`. */
export interface ReminderMessage {
  /** "manual" for a reminder sent by /nhac. */
  kind: ReminderKind | "manual";
  /** The chat on the bot's channel: a person's id, or the group's. */
  chatId: string;
  /** The recipient's recorded language; null for the group, which reads Vietnamese. */
  language: string | null;
  quarter: Quarter;
  /** The deadline it is about: the organisation's for a representative, else the window's. */
  deadline: Date;
  meetingAt: Date | undefined;
  /** The organisation reminded (representative and manual kinds). */
  organisationName: string;
  /** The names of the organisations still missing, and how many organisations the bloc has. */
  missing: string[];
  total: number;
  now: Date;
}

/** What /nhac did: who was reminded, which organisations have nobody to remind, who opted out. */
export interface ManualReminder {
  quarter: Quarter;
  messages: ReminderMessage[];
  reminded: { organisation: string; people: string[] }[];
  unreachable: string[];
  optedOut: string[];
}

/** The state of one quarter of a bloc that reminders read. */
interface QuarterState {
  window: SubmissionWindow;
  key: string;
  organisations: { record: OrganisationRecord; deadline: Date; extendedAt?: Date; submitted: boolean }[];
  members: MemberRecord[];
  optedOut: Set<number>;
}

/**
 * Reminders of the quarters being collected: only to those who have not submitted, each once
 * (its key recorded with the messages that carry it), on the bot's own channel only.
 */
export class ReminderService {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly catalog: CatalogRepository,
    private readonly people: PeopleRepository,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  /**
   * The reminders due now on `channel`, recorded as sent: call it in the transaction that
   * enqueues their messages, so they are recorded and enqueued together, or neither.
   */
  async takeDue(channel: string): Promise<ReminderMessage[]> {
    const now = this.clock();
    const messages: ReminderMessage[] = [];
    for (const bloc of await this.catalog.blocs()) {
      for (const window of await this.calendar.windows(bloc)) {
        if (window.opensAt > now) continue;
        const state = await this.quarterState(bloc, window);
        if (!state) continue;
        const onChannel = state.members.filter((member) => member.channel === channel && !state.optedOut.has(member.personId));
        const recipient = (member: MemberRecord) => `p${member.personId}`;
        const chats = new Map(onChannel.map((member) => [recipient(member), member]));
        const groupChat = linkedGroupChatId(bloc, channel);
        const due = dueReminders({
          blocCode: bloc.code,
          quarterKey: state.key,
          timeZone: bloc.timezone,
          opensAt: window.opensAt,
          deadline: window.deadline,
          meetingAt: window.meeting?.at,
          organisations: state.organisations.map((org) => ({
            code: org.record.code,
            deadline: org.deadline,
            extendedAt: org.extendedAt,
            submitted: org.submitted,
            representatives: onChannel
              .filter((member) => member.role === "representative" && member.organisationCode === org.record.code)
              .map(recipient),
          })),
          hasGroup: groupChat !== undefined,
          escalationRecipients: [
            ...new Set(onChannel.filter((member) => member.role === "chair" || member.role === "admin").map(recipient)),
          ],
          offsetsDays: bloc.schedule.reminderOffsetsDays,
          hour: bloc.schedule.reminderHour,
          now,
        });
        const claimed = await this.reminders.claim(
          bloc.id,
          due.map((reminder) => reminder.key),
        );
        const names = new Map(state.organisations.map((org) => [org.record.code, org]));
        for (const reminder of due.filter((item) => claimed.has(item.key))) {
          const org = names.get(reminder.organisationCode);
          const member = reminder.kind === "group" ? undefined : chats.get(reminder.recipient);
          const chatId = reminder.kind === "group" ? groupChat : member?.externalId;
          if (chatId === undefined) continue;
          messages.push({
            kind: reminder.kind,
            chatId,
            language: member?.language ?? null,
            quarter: window.quarter,
            deadline: org?.deadline ?? window.deadline,
            meetingAt: window.meeting?.at,
            organisationName: org?.record.name ?? "",
            missing: reminder.missing.map((code) => names.get(code)?.record.name ?? code),
            total: state.organisations.length,
            now,
          });
        }
      }
    }
    return messages;
  }

  /**
   * /nhac: the representatives on `channel` of the organisations that have not submitted the
   * quarter being collected, reminded now; recorded under `dispatchId` (one per /nhac).
   * Undefined when no quarter is open for the actor's bloc.
   */
  async remindNow(actor: Actor, dispatchId: string): Promise<ManualReminder | undefined> {
    const bloc = actor.bloc;
    if (!bloc) return undefined;
    const now = this.clock();
    const opened = (await this.calendar.windows(bloc)).filter((window) => window.opensAt <= now);
    const window = opened.find((item) => now <= item.deadline) ?? opened.at(-1);
    const state = window && (await this.quarterState(bloc, window));
    if (!window || !state) return undefined;
    const missing = state.organisations.filter((org) => !org.submitted);
    const result: ManualReminder = { quarter: window.quarter, messages: [], reminded: [], unreachable: [], optedOut: [] };
    const keys: string[] = [];
    for (const org of missing) {
      const representatives = state.members.filter(
        (member) => member.role === "representative" && member.organisationCode === org.record.code && member.channel === actor.channel,
      );
      const reachable = representatives.filter((member) => !state.optedOut.has(member.personId));
      if (representatives.length === 0) result.unreachable.push(org.record.name);
      else if (reachable.length === 0) result.optedOut.push(org.record.name);
      else
        result.reminded.push({ organisation: org.record.name, people: reachable.map((member) => member.displayName ?? member.externalId) });
      for (const member of reachable) {
        keys.push(reminderKey(bloc.code, state.key, "manual", 0, `${dispatchId}-p${member.personId}`));
        result.messages.push({
          kind: "manual",
          chatId: member.externalId,
          language: member.language,
          quarter: window.quarter,
          deadline: org.deadline,
          meetingAt: window.meeting?.at,
          organisationName: org.record.name,
          missing: [],
          total: state.organisations.length,
          now,
        });
      }
    }
    await this.reminders.claim(bloc.id, keys);
    return result;
  }

  /**
   * Who hears of an extension in their private chat on `channel`, with their recorded
   * language: the representatives of the organisation given it, or, for an extension to all,
   * of those that have not submitted yet (the others have nothing left to do before it).
   */
  async extensionRecipients(
    bloc: BlocRecord,
    quarter: Quarter,
    organisationId: number | null,
    channel: string,
  ): Promise<{ chatId: string; language: string | null; organisationName: string }[]> {
    const [organisations, submitted, members] = await Promise.all([
      this.catalog.organisations(bloc.id),
      this.reminders.submittedCodes(bloc.id, periodKey(quarter)),
      this.people.members(bloc.id),
    ]);
    const told = organisations.filter((org) => (organisationId === null ? !submitted.has(org.code) : org.id === organisationId));
    return members.flatMap((member) => {
      const organisation = told.find((org) => org.id === member.organisationId);
      return member.role === "representative" && member.channel === channel && organisation
        ? [{ chatId: member.externalId, language: member.language, organisationName: organisation.name }]
        : [];
    });
  }

  /** Records that the person asked not to be reminded about the quarter. */
  optOut(actor: Actor, quarter: Quarter): Promise<void> {
    if (!actor.bloc || !actor.person) return Promise.resolve();
    return this.reminders.optOut(actor.person.id, actor.bloc.id, periodKey(quarter));
  }

  /** The organisations, deadlines, submissions, members and opt-outs of a quarter; undefined when it is locked. */
  private async quarterState(bloc: BlocRecord, window: SubmissionWindow): Promise<QuarterState | undefined> {
    const key = periodKey(window.quarter);
    if (await this.reminders.isLocked(bloc.id, key)) return undefined;
    const [records, submitted, members, optedOut] = await Promise.all([
      this.catalog.organisations(bloc.id),
      this.reminders.submittedCodes(bloc.id, key),
      this.people.members(bloc.id),
      this.reminders.optedOut(bloc.id, key),
    ]);
    const organisations = await Promise.all(
      records.map(async (record) => ({
        record,
        ...(await this.calendar.organisationDeadline(bloc, window.quarter, record.code)),
        submitted: submitted.has(record.code),
      })),
    );
    return { window, key, organisations, members, optedOut };
  }
}
