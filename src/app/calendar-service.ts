import type { BlocRecord } from "../db/repositories/catalog-repository.js";
import {
  candidateQuarters,
  type DeadlineExtension,
  deadlineForOrganisation,
  type SubmissionWindow,
  submissionWindow,
} from "../domain/calendar/submission-window.js";
import type { Quarter } from "../domain/periods/period.js";
import type { Clock } from "./clock.js";

/**
 * The bloc's meeting calendar: each quarter's submission window and deadline, the meeting they
 * follow, and the extensions given. Reminders, /nop, /tiendo and locking read windows here only.
 */
export class CalendarService {
  constructor(private readonly clock: Clock) {}

  /** The window of one quarter of the bloc. */
  async window(bloc: BlocRecord, quarter: Quarter): Promise<SubmissionWindow> {
    return submissionWindow(quarter, bloc.schedule, bloc.timezone);
  }

  /** The windows that matter now (the previous and the current quarter), in order. */
  async windows(bloc: BlocRecord): Promise<SubmissionWindow[]> {
    return Promise.all(candidateQuarters(this.clock(), bloc.timezone).map((quarter) => this.window(bloc, quarter)));
  }

  /** The extensions given for a quarter of the bloc. */
  async extensions(_bloc: BlocRecord, _quarter: Quarter): Promise<DeadlineExtension[]> {
    return [];
  }

  /** One organisation's deadline for a quarter, extensions included. */
  async deadlineFor(bloc: BlocRecord, quarter: Quarter, organisationCode: string): Promise<Date> {
    const [window, extensions] = await Promise.all([this.window(bloc, quarter), this.extensions(bloc, quarter)]);
    return deadlineForOrganisation(window, organisationCode, extensions);
  }
}
