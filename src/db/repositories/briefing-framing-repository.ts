import type { Conclusions } from "../../domain/reports/conclusions.js";
import type { DbClient } from "../database.js";
import { recordAudit } from "./audit-repository.js";

/** A meeting typed at /baocao for a period the calendar has no meeting for. */
export interface TypedMeeting {
  at: Date;
  hasTime: boolean;
  place: string | null;
  chair: string | null;
}

/** What people added around one period's briefing, as stored. */
export interface StoredFraming {
  assessment: string | null;
  attendees: string | null;
  meeting: TypedMeeting | null;
  /** Null until the chair's conclusions are entered. */
  conclusions: (Conclusions & { enteredBy: string; enteredAt: Date }) | null;
}

/** The parts one edit changes; a part left out stays, null clears it. */
export interface FramingPatch {
  assessment?: string | null;
  attendees?: string | null;
  meeting?: TypedMeeting | null;
  conclusions?: Conclusions | null;
}

/** One posted version of a briefing. */
export interface StoredPost {
  version: number;
  text: string;
  final: boolean;
  /** Who posted it, as people know them; null when no registered person did. */
  postedBy: string | null;
  postedAt: Date;
}

/** Reads and writes the framing of each bloc's periods and the versions of the briefing posted. */
export class BriefingFramingRepository {
  constructor(private readonly prisma: DbClient) {}

  /** The period's framing; every part empty when nothing was added. */
  async framing(blocId: number, periodKey: string): Promise<StoredFraming> {
    const row = await this.prisma.briefingFraming.findUnique({
      where: { blocId_periodKey: { blocId, periodKey } },
      include: { conclusionsBy: { select: { displayName: true } } },
    });
    if (!row) return { assessment: null, attendees: null, meeting: null, conclusions: null };
    const directions = row.conclusionDirections as Conclusions["directions"];
    return {
      assessment: row.assessment,
      attendees: row.attendees,
      meeting: row.meetingAt ? { at: row.meetingAt, hasTime: row.meetingHasTime, place: row.meetingPlace, chair: row.meetingChair } : null,
      conclusions:
        row.conclusionsAt && (row.conclusionPoints.length || directions.length)
          ? {
              points: row.conclusionPoints,
              directions,
              enteredBy: row.conclusionsBy?.displayName ?? "",
              enteredAt: row.conclusionsAt,
            }
          : null,
    };
  }

  /** Changes some parts of the period's framing, audited with who changed them. */
  async update(blocId: number, periodKey: string, patch: FramingPatch, personId: number | null, now: Date): Promise<void> {
    const data = {
      ...("assessment" in patch ? { assessment: patch.assessment ?? null } : {}),
      ...("attendees" in patch ? { attendees: patch.attendees ?? null } : {}),
      ...("meeting" in patch
        ? {
            meetingAt: patch.meeting?.at ?? null,
            meetingHasTime: patch.meeting?.hasTime ?? false,
            meetingPlace: patch.meeting?.place ?? null,
            meetingChair: patch.meeting?.chair ?? null,
          }
        : {}),
      ...("conclusions" in patch
        ? {
            conclusionPoints: patch.conclusions?.points ?? [],
            conclusionDirections: patch.conclusions?.directions ?? [],
            conclusionsById: patch.conclusions ? personId : null,
            conclusionsAt: patch.conclusions ? now : null,
          }
        : {}),
      editedById: personId,
      editedAt: now,
    };
    await this.prisma.briefingFraming.upsert({
      where: { blocId_periodKey: { blocId, periodKey } },
      create: { blocId, periodKey, ...data },
      update: data,
    });
    await recordAudit(this.prisma, {
      blocId,
      actorId: personId,
      action: "edit-briefing-framing",
      entity: "briefing-framing",
      entityId: periodKey,
      after: JSON.parse(JSON.stringify(patch)),
    });
  }

  /** Keeps version `post.version` of the period's briefing as it was posted. */
  async recordPost(
    blocId: number,
    periodKey: string,
    post: { version: number; text: string; final: boolean; postedById: number | null; postedAt: Date },
  ): Promise<void> {
    const data = { text: post.text, final: post.final, postedById: post.postedById, postedAt: post.postedAt };
    // A version taken back (the group refused it) is posted again under the same number.
    await this.prisma.briefingPost.upsert({
      where: { blocId_periodKey_version: { blocId, periodKey, version: post.version } },
      create: { blocId, periodKey, version: post.version, ...data },
      update: data,
    });
  }

  /** Forgets a posted version the group refused. */
  async withdrawPost(blocId: number, periodKey: string, version: number): Promise<void> {
    await this.prisma.briefingPost.deleteMany({ where: { blocId, periodKey, version } });
  }

  /** Every version of the period's briefing posted, oldest first. */
  async posts(blocId: number, periodKey: string): Promise<StoredPost[]> {
    const rows = await this.prisma.briefingPost.findMany({
      where: { blocId, periodKey },
      include: { postedBy: { select: { displayName: true } } },
      orderBy: { version: "asc" },
    });
    return rows.map((row) => ({
      version: row.version,
      text: row.text,
      final: row.final,
      postedBy: row.postedBy?.displayName ?? null,
      postedAt: row.postedAt,
    }));
  }
}
