import type { TextSection } from "../../domain/submission/draft.js";
import type { DbClient } from "../database.js";

/** One version of one organisation's report for one quarter, as stored. */
export interface StoredReport {
  organisationCode: string;
  periodKey: string;
  version: number;
  submittedBy: string;
  submittedAt: Date;
  /** Exact decimal strings by indicator code; null = skipped. */
  values: Record<string, string | null>;
  /** The hedges typed with values ("khoảng 500": "about"), by indicator code. */
  hedges: Record<string, string>;
  texts: Partial<Record<TextSection, string>>;
}

/** Reads what the answers and the briefing are computed from; records briefing posts. */
export class ReportRepository {
  constructor(private readonly prisma: DbClient) {}

  /**
   * The current version of every report of a bloc, all quarters or only `periodKeys`; with
   * `allVersions`, every version, newest first, for a report's history.
   */
  async reports(blocId: number, options: { periodKeys?: readonly string[]; allVersions?: boolean } = {}): Promise<StoredReport[]> {
    const { periodKeys, allVersions = false } = options;
    const submissions = await this.prisma.submission.findMany({
      where: { blocId, currentVersion: { gt: 0 }, ...(periodKeys ? { periodKey: { in: [...periodKeys] } } : {}) },
      include: {
        organisation: { select: { code: true } },
        versions: {
          orderBy: { version: "desc" },
          ...(allVersions ? {} : { take: 1 }),
          include: {
            submittedBy: true,
            values: { include: { indicator: { select: { code: true } } } },
            texts: true,
          },
        },
      },
    });
    return submissions.flatMap((submission) =>
      submission.versions.map((version) => ({
        organisationCode: submission.organisation.code,
        periodKey: submission.periodKey,
        version: version.version,
        submittedBy: version.submittedBy.displayName ?? version.submittedBy.externalId,
        submittedAt: version.submittedAt,
        values: Object.fromEntries(version.values.map((row) => [row.indicator.code, row.value?.toFixed() ?? null])),
        hedges: Object.fromEntries(version.values.flatMap((row) => (row.hedge ? [[row.indicator.code, row.hedge]] : []))),
        texts: Object.fromEntries(version.texts.map((text) => [text.section, text.body])),
      })),
    );
  }

  /** How many times the quarter's briefing has been posted to the group. */
  async briefingVersion(blocId: number, periodKey: string): Promise<number> {
    const row = await this.prisma.reportingPeriod.findUnique({ where: { blocId_periodKey: { blocId, periodKey } } });
    return row?.briefingVersion ?? 0;
  }

  /** Records a post of the briefing to the group; returns its version (1 for the first). */
  async recordBriefingPosted(blocId: number, periodKey: string, now: Date): Promise<number> {
    const row = await this.prisma.reportingPeriod.upsert({
      where: { blocId_periodKey: { blocId, periodKey } },
      create: { blocId, periodKey, briefingVersion: 1, briefingPostedAt: now },
      update: { briefingVersion: { increment: 1 }, briefingPostedAt: now },
    });
    return row.briefingVersion;
  }

  /** Undoes post `version` when it is still the last one recorded. */
  async withdrawBriefingPost(blocId: number, periodKey: string, version: number): Promise<void> {
    await this.prisma.reportingPeriod.updateMany({
      where: { blocId, periodKey, briefingVersion: version },
      data: { briefingVersion: version - 1 },
    });
  }
}
