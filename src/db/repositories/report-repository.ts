import type { DraftSource, TextSection } from "../../domain/submission/draft.js";
import type { DbClient } from "../database.js";
import { type StoredTasks, storedTasks, withSource } from "./submission-repository.js";

/** One version of one organisation's report for one quarter, as stored. */
export interface StoredReport {
  organisationCode: string;
  periodKey: string;
  version: number;
  submittedBy: string;
  submittedAt: Date;
  /** The report's first version came after the deadline ("nộp muộn"). */
  late: boolean;
  /** The secretariat typed it in for the organisation. */
  enteredOnBehalf: boolean;
  /** Stored while the quarter was locked. */
  afterLock: boolean;
  /** The organisation's own report its figures were read from; absent: typed in. */
  source?: DraftSource;
  /** Exact decimal strings by indicator code; null = skipped. */
  values: Record<string, string | null>;
  /** The hedges typed with values ("khoảng 500": "about"), by indicator code. */
  hedges: Record<string, string>;
  texts: Partial<Record<TextSection, string>>;
  /** How the previous quarter's tasks were followed up in this version, if they were. */
  tasks?: StoredTasks;
}

/** Reads what the answers and the briefing are computed from; records briefing posts. */
export class ReportRepository {
  constructor(private readonly prisma: DbClient) {}

  /**
   * The current version of every report of a bloc, all quarters or only `periodKeys`, all
   * organisations or only `organisationCodes`; with `allVersions`, every version, newest first,
   * for a report's history.
   */
  async reports(
    blocId: number,
    options: { periodKeys?: readonly string[]; organisationCodes?: readonly string[]; allVersions?: boolean } = {},
  ): Promise<StoredReport[]> {
    const { periodKeys, organisationCodes, allVersions = false } = options;
    const submissions = await this.prisma.submission.findMany({
      where: {
        blocId,
        currentVersion: { gt: 0 },
        ...(periodKeys ? { periodKey: { in: [...periodKeys] } } : {}),
        ...(organisationCodes ? { organisation: { code: { in: [...organisationCodes] } } } : {}),
      },
      include: {
        organisation: { select: { code: true } },
        // Late is the first submission's: a correction after the deadline does not make a report late.
        _count: { select: { versions: { where: { version: 1, late: true } } } },
        versions: {
          orderBy: { version: "desc" },
          ...(allVersions ? {} : { take: 1 }),
          include: {
            submittedBy: true,
            values: { include: { indicator: { select: { code: true } } } },
            texts: true,
            taskFollowUps: { orderBy: { index: "asc" } },
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
        late: submission._count.versions > 0,
        enteredOnBehalf: version.enteredOnBehalf,
        afterLock: version.afterLock,
        ...withSource(version),
        values: Object.fromEntries(version.values.map((row) => [row.indicator.code, row.value?.toFixed() ?? null])),
        hedges: Object.fromEntries(version.values.flatMap((row) => (row.hedge ? [[row.indicator.code, row.hedge]] : []))),
        texts: Object.fromEntries(version.texts.map((text) => [text.section, text.body])),
        ...withTasks(storedTasks(version.taskFollowUps)),
      })),
    );
  }

  /** How many times the quarter's briefing has been posted to the group. */
  async briefingVersion(blocId: number, periodKey: string): Promise<number> {
    const row = await this.prisma.reportingPeriod.findUnique({ where: { blocId_periodKey: { blocId, periodKey } } });
    return row?.briefingVersion ?? 0;
  }

  /**
   * Records a post of the briefing to the group; returns its version (1 for the first). With
   * `previewed` (the version a preview's button names), records nothing and returns undefined
   * when that version is posted already: in one statement, so two taps at once (two devices,
   * two instances) post once, the second waiting for the first's row.
   */
  async recordBriefingPosted(blocId: number, periodKey: string, now: Date, previewed?: number): Promise<number | undefined> {
    const rows = await this.prisma.$queryRawUnsafe<{ briefingVersion: number }[]>(
      `INSERT INTO "ReportingPeriod" ("blocId", "periodKey", "briefingVersion", "briefingPostedAt")
       VALUES ($1, $2, 1, $3::timestamptz AT TIME ZONE 'UTC')
       ON CONFLICT ("blocId", "periodKey") DO UPDATE
         SET "briefingVersion" = "ReportingPeriod"."briefingVersion" + 1, "briefingPostedAt" = EXCLUDED."briefingPostedAt"
         WHERE $4::int IS NULL OR "ReportingPeriod"."briefingVersion" < $4::int
       RETURNING "briefingVersion"`,
      blocId,
      periodKey,
      now.toISOString(),
      previewed ?? null,
    );
    return rows[0]?.briefingVersion;
  }

  /** Undoes post `version` when it is still the last one recorded. */
  async withdrawBriefingPost(blocId: number, periodKey: string, version: number): Promise<void> {
    await this.prisma.reportingPeriod.updateMany({
      where: { blocId, periodKey, briefingVersion: version },
      data: { briefingVersion: version - 1 },
    });
  }
}

function withTasks(tasks: StoredTasks | undefined): { tasks?: StoredTasks } {
  return tasks ? { tasks } : {};
}
