import type { BlocRecord, CatalogRepository } from "../db/repositories/catalog-repository.js";
import type { CurrentSubmission, StoredTasks, SubmissionRepository, SubmitOutcome } from "../db/repositories/submission-repository.js";
import { periodKey, previousQuarter, type Quarter } from "../domain/periods/period.js";
import { type Draft, keepAsked, keepTasks } from "../domain/submission/draft.js";
import { splitTaskItems } from "../domain/tasks/task-items.js";
import type { Actor } from "./actor.js";
import type { CalendarService, OfferedQuarter } from "./calendar-service.js";
import type { Clock } from "./clock.js";

/** An indicator as the submission asks it, with last quarter's value as a hint. */
export interface AskedIndicator {
  id: number;
  code: string;
  name: string;
  /** The English name, for English readers; null: the Vietnamese one, marked. */
  nameEn: string | null;
  unit: string;
  integer: boolean;
  min: string | null;
  max: string | null;
  help: string | null;
  previous: string | null;
  /** Other names the catalog knows it by, and its briefing phrase: what the report reader looks for. */
  aliases: string[];
  phrase: string | null;
}

/**
 * Everything a submission step needs, loaded at each step from the database. JSON-safe (dates
 * as ISO strings).
 */
export interface SubmissionContext {
  blocId: number;
  groupChat: string | null;
  organisation: { id: number; code: string; name: string };
  personId: number;
  /** The secretariat (an admin) enters or corrects this organisation's report for it. */
  onBehalf: boolean;
  quarter: Quarter;
  periodKey: string;
  deadline: string;
  locked: boolean;
  indicators: AskedIndicator[];
  current: CurrentSubmission | undefined;
  draft: { baseVersion: number; draft: Draft; updatedAt: string } | undefined;
  othersDrafting: string[];
  /** The tasks the organisation's previous report set ("nhiệm vụ quý tới"), followed up in this one; absent: none. */
  tasks?: PreviousTasks;
}

/** The tasks an organisation's report of one quarter set for the next, one item each. */
export interface PreviousTasks {
  /** The quarter whose report set them ("2023-Q3"). */
  fromPeriodKey: string;
  items: string[];
}

/** A stored submission with the bloc's progress for the group's note, or why none was stored. */
export type SubmitResult =
  | { kind: "saved"; version: number; submitted: number; total: number; at: Date; late: boolean }
  | Exclude<SubmitOutcome, { kind: "saved" }>;

/** The representative's side of a quarter: drafts, submissions, corrections, locks. */
export class SubmissionService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly catalog: CatalogRepository,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  /**
   * The quarters the actor can submit now (open, or late and still accepted), each with the
   * deadline of the actor's organisation and whether it is locked.
   */
  async openQuarters(actor: Actor): Promise<OfferedQuarter[]> {
    const bloc = actor.bloc;
    if (!bloc) return [];
    const organisations = actor.organisationId === null ? [] : await this.catalog.organisations(bloc.id);
    const code = organisations.find((org) => org.id === actor.organisationId)?.code ?? null;
    return this.calendar.offered(bloc, code);
  }

  /** The quarter answers and the briefing are about when none is named: the newest whose window has opened. */
  reportingQuarter(bloc: BlocRecord): Promise<Quarter> {
    return this.calendar.reportingQuarter(bloc);
  }

  /**
   * The context of the actor's submission for a quarter: a representative's own organisation,
   * or, for an admin naming `onBehalfOf`, that organisation's (the secretariat enters it for
   * them). Undefined for anyone else.
   */
  async context(actor: Actor, quarter: Quarter, deadline: Date, onBehalfOf?: number): Promise<SubmissionContext | undefined> {
    const bloc = actor.bloc;
    const personId = actor.person?.id;
    const onBehalf = onBehalfOf !== undefined;
    if (onBehalf && !actor.roles.has("admin")) return undefined;
    const organisationId = onBehalf ? onBehalfOf : actor.organisationId;
    if (!bloc || personId === undefined || organisationId === null) return undefined;
    const key = periodKey(quarter);
    const organisations = await this.catalog.organisations(bloc.id);
    const organisation = organisations.find((org) => org.id === organisationId);
    if (!organisation) return undefined;
    const previousKey = periodKey(previousQuarter(quarter));
    const [indicators, { current, previous, locked }, { own: draft, othersDrafting }] = await Promise.all([
      this.catalog.indicators(bloc.id),
      this.submissions.forStep(bloc.id, organisation.id, key, previousKey),
      this.submissions.drafts(personId, organisation.id, key),
    ]);
    const asked = indicators
      .filter((indicator) => indicator.organisationCodes.includes(organisation.code))
      .filter(
        (indicator) =>
          (!indicator.firstQuarter || indicator.firstQuarter <= key) && (!indicator.lastQuarter || key <= indicator.lastQuarter),
      );
    const askedCodes = new Set(asked.map((indicator) => indicator.code));
    const items = splitTaskItems(previous?.texts.next_tasks ?? "");
    const tasks = items.length ? { fromPeriodKey: previousKey, items } : undefined;
    return {
      blocId: bloc.id,
      groupChat: bloc.groupChat,
      organisation: { id: organisation.id, code: organisation.code, name: organisation.name },
      personId,
      onBehalf,
      quarter,
      periodKey: key,
      deadline: deadline.toISOString(),
      locked,
      indicators: asked.map((indicator) => ({
        id: indicator.id,
        code: indicator.code,
        name: indicator.name,
        nameEn: indicator.nameEn,
        unit: indicator.unit,
        integer: indicator.integer,
        min: indicator.min,
        max: indicator.max,
        help: indicator.help,
        previous: previous?.values[indicator.code]?.value ?? null,
        aliases: indicator.aliases,
        phrase: indicator.phrase,
      })),
      current,
      // A draft saved before the catalog changed keeps only what is still asked.
      draft: draft && { ...draft, draft: keepTasks(keepAsked(draft.draft, askedCodes), items) },
      othersDrafting,
      ...(tasks ? { tasks } : {}),
    };
  }

  /** Saves the answers so far; called after every answer so nothing typed is lost. */
  saveDraft(context: SubmissionContext, baseVersion: number, draft: Draft): Promise<void> {
    return this.submissions.saveDraft(context.personId, context.organisation.id, context.periodKey, baseVersion, draft, this.clock());
  }

  discardDraft(context: SubmissionContext): Promise<void> {
    return this.submissions.deleteDraft(context.personId, context.organisation.id, context.periodKey);
  }

  /** Stores the reviewed draft as the next version, unless the quarter is locked or someone saved one meanwhile. */
  async submit(context: SubmissionContext, baseVersion: number, draft: Draft): Promise<SubmitResult> {
    const indicatorIds = Object.fromEntries(context.indicators.map((indicator) => [indicator.code, indicator.id]));
    // A stored version taken over for a correction may hold indicators no longer asked.
    const { values } = keepAsked(draft, new Set(Object.keys(indicatorIds)));
    // The deadline now, not the one shown when /nop started: an extension may have come meanwhile.
    const bloc = (await this.catalog.blocs()).find((item) => item.id === context.blocId);
    const deadline = bloc ? await this.calendar.deadlineFor(bloc, context.quarter, context.organisation.code) : new Date(context.deadline);
    const outcome = await this.submissions.submit({
      blocId: context.blocId,
      organisationId: context.organisation.id,
      periodKey: context.periodKey,
      personId: context.personId,
      bySecretariat: context.onBehalf,
      baseVersion,
      deadline,
      draft: { ...draft, values },
      at: this.clock(),
      indicatorIds,
      ...(context.tasks ? { tasks: followedUp(context.tasks, draft) } : {}),
    });
    if (outcome.kind !== "saved") return outcome;
    const organisations = await this.catalog.organisations(context.blocId);
    return {
      kind: "saved",
      version: outcome.version,
      submitted: outcome.submitted,
      total: organisations.length,
      at: outcome.at,
      late: outcome.late,
    };
  }

  /** The current version, re-read after a conflict. */
  current(context: SubmissionContext): Promise<CurrentSubmission | undefined> {
    return this.submissions.current(context.organisation.id, context.periodKey);
  }

  /** Whether a quarter of the actor's bloc is locked (the lock's confirmation asks before it). */
  async isLocked(actor: Actor, quarter: Quarter): Promise<boolean> {
    return actor.bloc ? this.submissions.isLocked(actor.bloc.id, periodKey(quarter)) : false;
  }

  /** Locks or unlocks a quarter of the actor's bloc. */
  async setLocked(actor: Actor, quarter: Quarter, locked: boolean): Promise<void> {
    if (!actor.bloc || !actor.person) throw new Error("Only a registered admin of a bloc can lock a quarter");
    await this.submissions.setLocked(actor.bloc.id, periodKey(quarter), locked, actor.person.id, this.clock());
  }
}

/** Every task of the list with the draft's mark for it (none given: not said). */
function followedUp(tasks: PreviousTasks, draft: Draft): StoredTasks {
  const marks = keepTasks(draft, tasks.items).tasks ?? {};
  return {
    fromPeriodKey: tasks.fromPeriodKey,
    marks: tasks.items.map((text, index) => marks[String(index)] ?? { text, status: null, note: null }),
  };
}
