import type { Draft, DraftSource, TextSection } from "../../domain/submission/draft.js";
import type { TaskMark, TaskStatus } from "../../domain/tasks/task-marks.js";
import { atomically, type DbClient } from "../database.js";
import type { SqlSession } from "../sql-session.js";
import { recordAudit } from "./audit-repository.js";

/** The current version of one organisation's report for a quarter. JSON-safe. */
export interface CurrentSubmission {
  version: number;
  submittedBy: string;
  submittedById: number;
  submittedAt: string;
  /** The secretariat typed this version in for the organisation. */
  enteredOnBehalf: boolean;
  /** This version was stored while the quarter was locked (a secretariat's correction). */
  afterLock: boolean;
  /** The organisation's own report the bot read its figures from; absent: typed in. */
  source?: DraftSource;
  values: Record<string, { value: string | null; raw: string | null; hedge: string | null; comment: string | null }>;
  texts: Partial<Record<TextSection, string>>;
  /** How the previous quarter's tasks were followed up, in their order; absent when none were. */
  tasks?: StoredTasks;
}

/** A version's follow-up of the tasks another quarter's report set: every task, marked or not. */
export interface StoredTasks {
  fromPeriodKey: string;
  marks: TaskMark[];
}

/**
 * What submitting produced: a new version, the version someone else saved meanwhile, or a
 * refusal because the quarter was locked.
 */
export type SubmitOutcome =
  | { kind: "saved"; version: number; at: Date; submitted: number; late: boolean }
  | { kind: "conflict"; currentVersion: number }
  | { kind: "locked" }
  /** The person was replaced as the organisation's representative while typing. */
  | { kind: "not-representative" };

/** Everything a submission is stored from. */
export interface SubmissionInput {
  /** When the person confirmed: the bot's clock, so receipts, traces and tests agree. */
  at: Date;
  blocId: number;
  organisationId: number;
  periodKey: string;
  personId: number;
  /**
   * The person is the secretariat (an admin) entering the organisation's report: no
   * representative needed, the deadline does not apply, and a locked quarter may be corrected.
   */
  bySecretariat?: boolean;
  /** The version the person reviewed; the save fails if another was saved since. */
  baseVersion: number;
  /** The organisation's deadline, extensions included: a report after it is stored as late. */
  deadline: Date;
  draft: Draft;
  /** Indicator ids by code; every value of the draft must have one. */
  indicatorIds: Record<string, number>;
  /** The previous quarter's tasks as followed up, stored with the version. */
  tasks?: StoredTasks;
}

/** Drafts, versioned submissions, locks and their audit trail. */
export class SubmissionRepository {
  constructor(
    private readonly prisma: DbClient,
    private readonly sql: SqlSession,
  ) {}

  /** The current version of an organisation's report for a quarter, if any. */
  async current(organisationId: number, periodKey: string): Promise<CurrentSubmission | undefined> {
    return (await this.reports({ organisationId, periodKey })).current;
  }

  /**
   * What a submission step reads of the stored reports, in one statement (every answer reads
   * them, README "Performance"): the organisation's current version of the quarter, of the
   * previous quarter (its tasks and last figures), and whether the quarter is locked. Each
   * version is then read by Prisma, only when there is one.
   */
  async forStep(
    blocId: number,
    organisationId: number,
    periodKey: string,
    previousPeriodKey: string,
  ): Promise<{ current: CurrentSubmission | undefined; previous: CurrentSubmission | undefined; locked: boolean }> {
    return this.reports({ organisationId, periodKey, previousPeriodKey, blocId });
  }

  /** The Submission rows of one or two quarters and the first one's lock (false without a bloc), then their versions. */
  private async reports(ask: { organisationId: number; periodKey: string; previousPeriodKey?: string; blocId?: number }) {
    // On the driver, not Prisma. One row even when no Submission exists, for the lock.
    const rows = await this.sql.query<{ periodKey: string | null; id: number | null; currentVersion: number | null; locked: boolean }>(
      `SELECT s."periodKey", s."id", s."currentVersion", ${lockedSql("$1", "$3")} AS "locked"
       FROM (VALUES (1)) AS one
       LEFT JOIN "Submission" s ON s."organisationId" = $2 AND s."periodKey" IN ($3, $4)`,
      [ask.blocId ?? null, ask.organisationId, ask.periodKey, ask.previousPeriodKey ?? ask.periodKey],
    );
    const version = (key: string | undefined) => {
      const row = key === undefined ? undefined : rows.find((item) => item.periodKey === key);
      return row?.id && row.currentVersion ? this.version(row.id, row.currentVersion) : undefined;
    };
    const [current, previous] = await Promise.all([version(ask.periodKey), version(ask.previousPeriodKey)]);
    return { current, previous, locked: rows[0]?.locked === true };
  }

  /** One stored version with its values, texts, author and task follow-ups. */
  private async version(submissionId: number, number: number): Promise<CurrentSubmission> {
    const version = await this.prisma.submissionVersion.findUniqueOrThrow({
      where: { submissionId_version: { submissionId, version: number } },
      include: {
        values: { include: { indicator: { select: { code: true } } } },
        texts: true,
        submittedBy: true,
        taskFollowUps: { orderBy: { index: "asc" } },
      },
    });
    const tasks = storedTasks(version.taskFollowUps);
    return {
      version: version.version,
      submittedBy: version.submittedBy.displayName ?? version.submittedBy.externalId,
      submittedById: version.submittedById,
      submittedAt: version.submittedAt.toISOString(),
      enteredOnBehalf: version.enteredOnBehalf,
      afterLock: version.afterLock,
      ...withSource(version),
      values: Object.fromEntries(
        version.values.map((row) => [
          row.indicator.code,
          { value: row.value?.toFixed() ?? null, raw: row.rawInput, hedge: row.hedge, comment: row.comment },
        ]),
      ),
      texts: Object.fromEntries(version.texts.map((text) => [text.section, text.body])),
      ...(tasks ? { tasks } : {}),
    };
  }

  /**
   * The person's draft for an organisation and quarter, and the names of the others with a
   * draft of the same report (to warn about parallel work): one statement, as every answer
   * reads them (README, "Performance"). The column has no zone and holds UTC.
   */
  async drafts(
    personId: number,
    organisationId: number,
    periodKey: string,
  ): Promise<{ own: { baseVersion: number; draft: Draft; updatedAt: string } | undefined; othersDrafting: string[] }> {
    const rows = await this.sql.query<{
      personId: number;
      baseVersion: number;
      answers: unknown;
      updatedAt: string;
      name: string;
    }>(
      `SELECT d."personId", d."baseVersion", d."answers",
              to_char(d."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt",
              coalesce(p."displayName", p."externalId") AS "name"
       FROM "SubmissionDraft" d JOIN "Person" p ON p."id" = d."personId"
       WHERE d."organisationId" = $1 AND d."periodKey" = $2
       ORDER BY d."id"`,
      [organisationId, periodKey],
    );
    const own = rows.find((row) => row.personId === personId);
    return {
      own: own && {
        baseVersion: own.baseVersion,
        draft: (typeof own.answers === "string" ? JSON.parse(own.answers) : own.answers) as Draft,
        updatedAt: own.updatedAt,
      },
      othersDrafting: rows.filter((row) => row.personId !== personId).map((row) => row.name),
    };
  }

  /**
   * Saves the draft as it stands (called after every answer); `at` is the bot's clock, so the
   * "saved at" shown when the person comes back agrees with receipts and deadlines.
   */
  async saveDraft(personId: number, organisationId: number, periodKey: string, baseVersion: number, draft: Draft, at: Date): Promise<void> {
    // On the driver, not Prisma: this runs on every answer (see Database.sql). The column has no
    // zone and Prisma reads it as UTC, so the time goes in as UTC whatever the session's zone.
    await this.sql.query(
      `INSERT INTO "SubmissionDraft" ("personId", "organisationId", "periodKey", "baseVersion", "answers", "updatedAt")
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::timestamptz AT TIME ZONE 'UTC')
       ON CONFLICT ("personId", "organisationId", "periodKey")
       DO UPDATE SET "baseVersion" = EXCLUDED."baseVersion", "answers" = EXCLUDED."answers", "updatedAt" = EXCLUDED."updatedAt"`,
      [personId, organisationId, periodKey, baseVersion, JSON.stringify(draft), at.toISOString()],
    );
  }

  async deleteDraft(personId: number, organisationId: number, periodKey: string): Promise<void> {
    await this.prisma.submissionDraft.deleteMany({ where: { personId, organisationId, periodKey } });
  }

  /**
   * Stores the draft as the report's next version, with an audit record of the values before
   * and after, and removes the draft; all or nothing. Refuses when the quarter is locked (a
   * report after the deadline is stored, marked late), when the person is no longer the organisation's representative, and
   * (conflict) when another version was saved after the one the person reviewed. Also returns
   * how many organisations have submitted, counted after this one.
   */
  async submit(input: SubmissionInput): Promise<SubmitOutcome> {
    const before = await this.current(input.organisationId, input.periodKey);
    return atomically(this.prisma, async (tx) => {
      // Checked here, at the moment of writing, not only when /nop starts: the quarter may be
      // locked, the deadline pass or the representative change while someone types. The
      // quarter's row is locked first, so submissions of one quarter (and its lock) take turns
      // and each counts the others that committed before it.
      await tx.$executeRawUnsafe(
        `INSERT INTO "ReportingPeriod" ("blocId", "periodKey") VALUES ($1, $2) ON CONFLICT ("blocId", "periodKey") DO NOTHING`,
        input.blocId,
        input.periodKey,
      );
      const [period] = await tx.$queryRawUnsafe<{ lockedAt: Date | null }[]>(
        `SELECT "lockedAt" FROM "ReportingPeriod" WHERE "blocId" = $1 AND "periodKey" = $2 FOR UPDATE`,
        input.blocId,
        input.periodKey,
      );
      const bySecretariat = input.bySecretariat === true;
      const afterLock = Boolean(period?.lockedAt);
      if (afterLock && !bySecretariat) return { kind: "locked" as const };
      const late = input.at > input.deadline;
      const role = bySecretariat
        ? { role: "admin", blocId: input.blocId }
        : { role: "representative", organisationId: input.organisationId };
      const member = await tx.membership.findFirst({ where: { personId: input.personId, ...role, endedAt: null } });
      if (!member) return { kind: "not-representative" as const };
      const submission = await tx.submission.upsert({
        where: { organisationId_periodKey: { organisationId: input.organisationId, periodKey: input.periodKey } },
        create: { blocId: input.blocId, organisationId: input.organisationId, periodKey: input.periodKey },
        update: {},
      });
      const next = input.baseVersion + 1;
      const { count } = await tx.submission.updateMany({
        where: { id: submission.id, currentVersion: input.baseVersion },
        data: { currentVersion: next },
      });
      if (count !== 1) return { kind: "conflict" as const, currentVersion: submission.currentVersion };
      const version = await tx.submissionVersion.create({
        data: {
          submissionId: submission.id,
          version: next,
          submittedById: input.personId,
          submittedAt: input.at,
          late,
          enteredOnBehalf: bySecretariat,
          afterLock,
          sourceKind: input.draft.source?.kind ?? null,
          sourceFileName: input.draft.source?.kind === "document" ? input.draft.source.fileName : null,
          sourceReadAt: input.draft.source ? new Date(input.draft.source.readAt) : null,
        },
      });
      await tx.submissionValue.createMany({
        data: Object.entries(input.draft.values).map(([code, answer]) => ({
          versionId: version.id,
          indicatorId: indicatorId(input.indicatorIds, code),
          value: answer.value,
          rawInput: answer.raw,
          hedge: answer.hedge,
          comment: answer.comment ?? null,
        })),
      });
      await tx.submissionText.createMany({
        data: Object.entries(input.draft.texts).map(([section, body]) => ({ versionId: version.id, section, body })),
      });
      if (input.tasks) {
        const { fromPeriodKey, marks } = input.tasks;
        await tx.taskFollowUp.createMany({
          data: marks.map((mark, index) => ({ versionId: version.id, fromPeriodKey, index, ...mark })),
        });
      }
      await recordAudit(tx, {
        blocId: input.blocId,
        actorId: input.personId,
        action: afterLock ? "correct-after-lock" : next === 1 ? "submit" : "correct",
        entity: "submission",
        entityId: `${input.organisationId}:${input.periodKey}:v${next}`,
        ...(before ? { before: { values: before.values, texts: before.texts } } : {}),
        after: {
          values: input.draft.values,
          texts: input.draft.texts,
          ...(input.tasks ? { tasks: input.tasks } : {}),
          enteredOnBehalf: bySecretariat,
          afterLock,
          ...(input.draft.source ? { source: input.draft.source } : {}),
        } as unknown as object,
      });
      await tx.submissionDraft.deleteMany({
        where: { personId: input.personId, organisationId: input.organisationId, periodKey: input.periodKey },
      });
      const submitted = await tx.submission.count({
        where: { blocId: input.blocId, periodKey: input.periodKey, currentVersion: { gt: 0 } },
      });
      return { kind: "saved" as const, version: next, at: version.submittedAt, submitted, late };
    });
  }

  /** Whether a quarter of a bloc is locked (a submission step reads it with `forStep`). */
  async isLocked(blocId: number, periodKey: string): Promise<boolean> {
    const [row] = await this.sql.query<{ locked: boolean }>(`SELECT ${lockedSql("$1", "$2")} AS "locked"`, [blocId, periodKey]);
    return row?.locked === true;
  }

  /** Locks (or unlocks) a quarter: no submission or correction while locked. */
  async setLocked(blocId: number, periodKey: string, locked: boolean, personId: number, now: Date): Promise<void> {
    // Reopening is remembered: a quarter reopened after its deadline takes late reports again.
    const data = locked ? { lockedAt: now, lockedById: personId } : { lockedAt: null, lockedById: null, reopenedAt: now };
    await this.prisma.reportingPeriod.upsert({
      where: { blocId_periodKey: { blocId, periodKey } },
      create: { blocId, periodKey, ...data },
      update: data,
    });
    await recordAudit(this.prisma, {
      blocId,
      actorId: personId,
      action: locked ? "lock" : "unlock",
      entity: "period",
      entityId: periodKey,
    });
  }
}

/** SQL that is true when the bloc's quarter (the two parameters named) is locked. */
function lockedSql(blocParameter: string, periodParameter: string): string {
  return `EXISTS (SELECT 1 FROM "ReportingPeriod" WHERE "blocId" = ${blocParameter} AND "periodKey" = ${periodParameter} AND "lockedAt" IS NOT NULL)`;
}

/** The id of a draft value's indicator; a code without one is a caller's bug, named here. */
function indicatorId(ids: Readonly<Record<string, number>>, code: string): number {
  const id = Object.hasOwn(ids, code) ? ids[code] : undefined;
  if (id === undefined) throw new Error(`The draft holds a value for indicator ${code}, which is not among the indicators asked`);
  return id;
}

/** A version's follow-up rows (in order) as the tasks they mark; undefined when it has none. */
export function storedTasks(
  rows: readonly { fromPeriodKey: string; text: string; status: string | null; note: string | null }[],
): StoredTasks | undefined {
  const first = rows[0];
  if (!first) return undefined;
  return {
    fromPeriodKey: first.fromPeriodKey,
    marks: rows.map((row) => ({ text: row.text, status: row.status as TaskStatus | null, note: row.note })),
  };
}

/**
 * A stored version's source as the draft held it: `source` when the bot read the figures from
 * the organisation's own report (a Word file or pasted text), nothing when they were typed.
 */
export function withSource(version: { sourceKind: string | null; sourceFileName: string | null; sourceReadAt: Date | null }): {
  source?: DraftSource;
} {
  const readAt = (version.sourceReadAt ?? new Date(0)).toISOString();
  if (version.sourceKind === "document") return { source: { kind: "document", fileName: version.sourceFileName ?? "", readAt } };
  if (version.sourceKind === "pasted") return { source: { kind: "pasted", readAt } };
  return {};
}
