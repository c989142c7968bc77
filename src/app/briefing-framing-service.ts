import type { BriefingFramingRepository, FramingPatch, StoredPost } from "../db/repositories/briefing-framing-repository.js";
import type { BlocRecord } from "../db/repositories/catalog-repository.js";
import { type Period, periodKey } from "../domain/periods/period.js";
import type { BriefingFraming } from "../domain/reports/briefing-framing.js";
import type { Actor } from "./actor.js";
import type { CalendarService } from "./calendar-service.js";
import type { Clock } from "./clock.js";

/** A period's framing, whether its meeting came from the calendar (else it may be typed at /baocao), and the attendees typed. */
export interface FramingView {
  framing: BriefingFraming;
  meetingInCalendar: boolean;
  /** Also when no meeting is known yet, which the framing carries them with. */
  attendees: string | undefined;
}

/**
 * What people add around a period's briefing: the meeting (from the calendar, else typed at
 * /baocao), the secretariat's assessment and the attendees, the chair's conclusions; and every
 * version of the briefing posted, kept as posted. Keyed by the period's key, for any period.
 */
export class BriefingFramingService {
  constructor(
    private readonly repository: BriefingFramingRepository,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  /** The period's framing as the briefing carries it. */
  async framing(bloc: BlocRecord, period: Period): Promise<FramingView> {
    const [stored, planned] = await Promise.all([
      this.repository.framing(bloc.id, periodKey(period)),
      this.calendar.meetingFor(bloc, period),
    ]);
    const meeting = planned ?? stored.meeting;
    return {
      meetingInCalendar: planned !== undefined,
      attendees: stored.attendees ?? undefined,
      framing: {
        ...(meeting
          ? {
              meeting: {
                at: meeting.at,
                hasTime: meeting.hasTime,
                place: meeting.place ?? undefined,
                chair: meeting.chair ?? undefined,
                attendees: stored.attendees ?? undefined,
              },
            }
          : {}),
        ...(stored.assessment ? { assessment: stored.assessment } : {}),
        ...(stored.conclusions
          ? {
              conclusions: {
                points: stored.conclusions.points,
                directions: stored.conclusions.directions,
                enteredBy: stored.conclusions.enteredBy,
              },
            }
          : {}),
      },
    };
  }

  /** Changes some parts of the period's framing, with the update that typed them. */
  edit(bloc: BlocRecord, period: Period, patch: FramingPatch, actor: Actor): Promise<void> {
    return this.repository.update(bloc.id, periodKey(period), patch, actor.person?.id ?? null, this.clock());
  }

  /** Keeps posted version `version` as it was sent, with who posted it and whether it was final. */
  recordPost(
    bloc: BlocRecord,
    period: Period,
    post: { version: number; text: string; final: boolean },
    actor: Actor | undefined,
  ): Promise<void> {
    return this.repository.recordPost(bloc.id, periodKey(period), {
      ...post,
      postedById: actor?.person?.id ?? null,
      postedAt: this.clock(),
    });
  }

  /** Forgets a posted version the group refused (with ReportService.withdrawBriefingPost). */
  withdrawPost(blocId: number, key: string, version: number): Promise<void> {
    return this.repository.withdrawPost(blocId, key, version);
  }

  /** Every version of the period's briefing posted, oldest first. */
  posts(bloc: BlocRecord, period: Period): Promise<StoredPost[]> {
    return this.repository.posts(bloc.id, periodKey(period));
  }
}
