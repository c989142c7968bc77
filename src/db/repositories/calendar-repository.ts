import type { DeadlineExtension, Meeting } from "../../domain/calendar/submission-window.js";
import type { DbClient } from "../database.js";
import { recordAudit } from "./audit-repository.js";

/** A quarter's lock state: locked since when, and when it was last reopened. */
export interface PeriodState {
  periodKey: string;
  lockedAt: Date | null;
  reopenedAt: Date | null;
}

/** The bloc's meetings, deadline extensions and quarters' lock states: what windows are computed from. */
export class CalendarRepository {
  constructor(private readonly prisma: DbClient) {}

  /** The bloc's meetings, of some quarters only when `quarterKeys` is given, in order of date. */
  async meetings(blocId: number, quarterKeys?: readonly string[]): Promise<Meeting[]> {
    const rows = await this.prisma.meeting.findMany({
      where: { blocId, ...(quarterKeys ? { quarterKey: { in: [...quarterKeys] } } : {}) },
      orderBy: { at: "asc" },
    });
    return rows.map((row) => ({
      quarterKey: row.quarterKey,
      reviewsKey: row.reviewsKey,
      at: row.at,
      hasTime: row.hasTime,
      place: row.place,
      chair: row.chair,
    }));
  }

  /** Sets the quarter's meeting (replacing the one set before), audited with who set it. */
  async setMeeting(blocId: number, meeting: Meeting, personId: number, now: Date): Promise<void> {
    const before = await this.prisma.meeting.findUnique({ where: { blocId_quarterKey: { blocId, quarterKey: meeting.quarterKey } } });
    const data = { ...meeting, setById: personId, setAt: now };
    await this.prisma.meeting.upsert({
      where: { blocId_quarterKey: { blocId, quarterKey: meeting.quarterKey } },
      create: { blocId, ...data },
      update: data,
    });
    await recordAudit(this.prisma, {
      blocId,
      actorId: personId,
      action: "set-meeting",
      entity: "meeting",
      entityId: meeting.quarterKey,
      ...(before ? { before: { at: before.at.toISOString(), place: before.place, chair: before.chair } } : {}),
      after: { at: meeting.at.toISOString(), place: meeting.place, chair: meeting.chair },
    });
  }

  /** The extensions given for some quarters, with the code of the organisation (null: all). */
  async extensions(blocId: number, quarterKeys: readonly string[]): Promise<DeadlineExtension[]> {
    const rows = await this.prisma.deadlineExtension.findMany({
      where: { blocId, quarterKey: { in: [...quarterKeys] } },
      include: { organisation: { select: { code: true } } },
      orderBy: { grantedAt: "asc" },
    });
    return rows.map((row) => ({
      quarterKey: row.quarterKey,
      organisationCode: row.organisation?.code ?? null,
      until: row.until,
      grantedAt: row.grantedAt,
    }));
  }

  /** Gives an organisation (or all: null) until `until` for a quarter, audited. */
  async extend(blocId: number, quarterKey: string, organisationId: number | null, until: Date, personId: number, now: Date): Promise<void> {
    await this.prisma.deadlineExtension.create({
      data: { blocId, quarterKey, organisationId, until, grantedById: personId, grantedAt: now },
    });
    await recordAudit(this.prisma, {
      blocId,
      actorId: personId,
      action: "extend",
      entity: "period",
      entityId: quarterKey,
      after: { organisationId, until: until.toISOString() },
    });
  }

  /** The lock states of some quarters; a quarter never locked has no row. */
  async periodStates(blocId: number, quarterKeys: readonly string[]): Promise<PeriodState[]> {
    return this.prisma.reportingPeriod.findMany({
      where: { blocId, periodKey: { in: [...quarterKeys] } },
      select: { periodKey: true, lockedAt: true, reopenedAt: true },
    });
  }
}
