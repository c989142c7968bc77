import type { CalendarRepository, PeriodState } from "../db/repositories/calendar-repository.js";
import type { BlocRecord } from "../db/repositories/catalog-repository.js";
import type { MeetingArguments } from "../domain/calendar/meeting-arguments.js";
import { calendarWindows, isOffered, type QuarterStatus, quarterStatus, reportingWindow } from "../domain/calendar/quarter-status.js";
import {
  candidateQuarters,
  type DeadlineExtension,
  deadlineForOrganisation,
  extensionInForce,
  type Meeting,
  type SubmissionWindow,
  submissionWindow,
} from "../domain/calendar/submission-window.js";
import { currentQuarter, type Period, periodKey, previousQuarter, type Quarter, quarterOf } from "../domain/periods/period.js";
import type { Actor } from "./actor.js";
import type { Clock } from "./clock.js";

/**
 * A quarter /nop offers an organisation: its deadline (extensions included), its status (open,
 * late, or locked within the time it would be open or late) and whether it is locked.
 */
export interface OfferedQuarter {
  quarter: Quarter;
  deadline: Date;
  status: QuarterStatus;
  locked: boolean;
}

/**
 * The bloc's meeting calendar: each quarter's submission window and deadline, the meeting they
 * follow, and the extensions given. Reminders, /nop, /tiendo and locking read windows here only.
 */
export class CalendarService {
  constructor(
    private readonly calendar: CalendarRepository,
    private readonly clock: Clock,
  ) {}

  /** The window of one quarter of the bloc: from its meeting when one is set, else the quarter-relative rule. */
  async window(bloc: BlocRecord, quarter: Quarter): Promise<SubmissionWindow> {
    const [meeting] = await this.calendar.meetings(bloc.id, [periodKey(quarter)]);
    return submissionWindow(quarter, bloc.schedule, bloc.timezone, meeting);
  }

  /** The windows that matter now (the previous and the current quarter), in order. */
  async windows(bloc: BlocRecord): Promise<SubmissionWindow[]> {
    return Promise.all(candidateQuarters(this.clock(), bloc.timezone).map((quarter) => this.window(bloc, quarter)));
  }

  /** The extensions given for a quarter of the bloc. */
  extensions(bloc: BlocRecord, quarter: Quarter): Promise<DeadlineExtension[]> {
    return this.calendar.extensions(bloc.id, [periodKey(quarter)]);
  }

  /** One organisation's deadline for a quarter, and when an extension set it (undefined: the window's). */
  async organisationDeadline(bloc: BlocRecord, quarter: Quarter, organisationCode: string): Promise<{ deadline: Date; extendedAt?: Date }> {
    const [window, extensions] = await Promise.all([this.window(bloc, quarter), this.extensions(bloc, quarter)]);
    const extension = extensionInForce(window, organisationCode, extensions);
    return extension ? { deadline: extension.until, extendedAt: extension.grantedAt } : { deadline: window.deadline };
  }

  /** One organisation's deadline for a quarter, extensions included. */
  async deadlineFor(bloc: BlocRecord, quarter: Quarter, organisationCode: string): Promise<Date> {
    const [window, extensions] = await Promise.all([this.window(bloc, quarter), this.extensions(bloc, quarter)]);
    return deadlineForOrganisation(window, organisationCode, extensions);
  }

  /**
   * The quarters /nop offers now: the previous and the current one when open or late for the
   * organisation (for the bloc's deadline with `organisationCode` null). A locked one is
   * included, marked, so /nop can say it is locked rather than that nothing is open.
   */
  async offered(bloc: BlocRecord, organisationCode: string | null): Promise<OfferedQuarter[]> {
    const now = this.clock();
    const statuses = await Promise.all(
      candidateQuarters(now, bloc.timezone).map(async (quarter) => {
        const { deadline, state, window, nextOpensAt } = await this.standing(bloc, quarter, organisationCode);
        // A locked quarter is offered (to say it is locked) only while it would be anyway: a
        // reopening it was locked again after no longer keeps it open.
        const reopenedAt = state?.lockedAt ? null : (state?.reopenedAt ?? null);
        const inputs = { now, deadline, locked: false, reopenedAt, nextOpensAt };
        const status = quarterStatus(window, inputs);
        return { quarter, deadline, status, locked: Boolean(state?.lockedAt) };
      }),
    );
    return statuses.filter((item) => isOffered(item.status)).map((item) => (item.locked ? { ...item, status: "locked" } : item));
  }

  /** The windows the calendar shows now: the current and next quarters, and the previous while its meeting is ahead. */
  async upcoming(bloc: BlocRecord): Promise<SubmissionWindow[]> {
    const current = currentQuarter(this.clock(), bloc.timezone);
    const quarters = [previousQuarter(current), current, quarterOf(current.year, current.quarter + 1)];
    return calendarWindows(await Promise.all(quarters.map((quarter) => this.window(bloc, quarter))), this.clock());
  }

  /** The quarter answers and the briefing are about when none is named: the newest whose window has opened. */
  async reportingQuarter(bloc: BlocRecord): Promise<Quarter> {
    const windows = await this.windows(bloc);
    return (reportingWindow(windows, this.clock()) ?? (windows[0] as SubmissionWindow)).quarter;
  }

  /** The bloc's meetings, in order of date. */
  meetings(bloc: BlocRecord): Promise<Meeting[]> {
    return this.calendar.meetings(bloc.id);
  }

  /**
   * The meeting that reviews a period: the one set for it ("6 tháng", the year's review), else
   * the meeting that takes a quarter's reports; undefined when none is set.
   */
  async meetingFor(bloc: BlocRecord, period: Period): Promise<Meeting | undefined> {
    const key = periodKey(period);
    const meetings = await this.calendar.meetings(bloc.id);
    return meetings.find((meeting) => meeting.reviewsKey === key) ?? meetings.find((meeting) => meeting.quarterKey === key);
  }

  /** Sets a quarter's meeting as the secretariat typed it. */
  async setMeeting(bloc: BlocRecord, meeting: MeetingArguments, actor: Actor): Promise<Meeting> {
    if (!actor.person) throw new Error("Only a registered admin can set a meeting");
    const stored: Meeting = {
      quarterKey: periodKey(meeting.quarter),
      reviewsKey: meeting.reviewsKey,
      at: meeting.at,
      hasTime: meeting.hasTime,
      place: meeting.place,
      chair: meeting.chair,
    };
    await this.calendar.setMeeting(bloc.id, stored, actor.person.id, this.clock());
    return stored;
  }

  /** Gives one organisation (its id) or all (null) more time for a quarter. */
  async extend(bloc: BlocRecord, quarter: Quarter, organisationId: number | null, until: Date, actor: Actor): Promise<void> {
    if (!actor.person) throw new Error("Only a registered admin can extend a deadline");
    await this.calendar.extend(bloc.id, periodKey(quarter), organisationId, until, actor.person.id, this.clock());
  }

  /** A quarter's window, the organisation's deadline, its lock state and when the next quarter opens. */
  private async standing(
    bloc: BlocRecord,
    quarter: Quarter,
    organisationCode: string | null,
  ): Promise<{ window: SubmissionWindow; deadline: Date; state: PeriodState | undefined; nextOpensAt: Date }> {
    const key = periodKey(quarter);
    const [window, next, extensions, [state]] = await Promise.all([
      this.window(bloc, quarter),
      this.window(bloc, quarterOf(quarter.year, quarter.quarter + 1)),
      this.extensions(bloc, quarter),
      this.calendar.periodStates(bloc.id, [key]),
    ]);
    const deadline = organisationCode === null ? window.deadline : deadlineForOrganisation(window, organisationCode, extensions);
    return { window, deadline, state, nextOpensAt: next.opensAt };
  }
}
