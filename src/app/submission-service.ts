import type { BlocRecord, CatalogRepository } from "../db/repositories/catalog-repository.js";
import type { CurrentSubmission, SubmissionRepository, SubmitOutcome } from "../db/repositories/submission-repository.js";
import { currentQuarter, periodKey, previousQuarter, type Quarter } from "../domain/periods/period.js";
import { type Draft, keepAsked } from "../domain/submission/draft.js";
import { type OpenQuarter, openQuarters } from "../domain/submission/open-quarters.js";
import type { Actor } from "./actor.js";
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
}

/** A stored submission with the bloc's progress for the group's note, or why none was stored. */
export type SubmitResult =
  | { kind: "saved"; version: number; submitted: number; total: number; at: Date }
  | Exclude<SubmitOutcome, { kind: "saved" }>;

/** The representative's side of a quarter: drafts, submissions, corrections, locks. */
export class SubmissionService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly catalog: CatalogRepository,
    private readonly clock: Clock,
  ) {}

  /** The quarters open now for the actor's bloc, each with whether it is locked. */
  async openQuarters(actor: Actor): Promise<(OpenQuarter & { locked: boolean })[]> {
    const bloc = actor.bloc;
    if (!bloc) return [];
    const open = openQuarters(this.clock(), bloc.schedule, bloc.timezone);
    return Promise.all(open.map(async (item) => ({ ...item, locked: await this.submissions.isLocked(bloc.id, periodKey(item.quarter)) })));
  }

  /**
   * The quarter answers and the briefing are about when none is named: the first open for
   * submission, else the last one that ended. Needs no lock states, so no database reads.
   */
  reportingQuarter(bloc: BlocRecord): Quarter {
    const now = this.clock();
    return openQuarters(now, bloc.schedule, bloc.timezone)[0]?.quarter ?? previousQuarter(currentQuarter(now, bloc.timezone));
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
    const [indicators, previous, current, draft, othersDrafting, locked] = await Promise.all([
      this.catalog.indicators(bloc.id),
      this.submissions.current(organisation.id, periodKey(previousQuarter(quarter))),
      this.submissions.current(organisation.id, key),
      this.submissions.draft(personId, organisation.id, key),
      this.submissions.othersDrafting(organisation.id, key, personId),
      this.submissions.isLocked(bloc.id, key),
    ]);
    const asked = indicators
      .filter((indicator) => indicator.organisationCodes.includes(organisation.code))
      .filter(
        (indicator) =>
          (!indicator.firstQuarter || indicator.firstQuarter <= key) && (!indicator.lastQuarter || key <= indicator.lastQuarter),
      );
    const askedCodes = new Set(asked.map((indicator) => indicator.code));
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
      })),
      current,
      // A draft saved before the catalog changed keeps only what is still asked.
      draft: draft && { ...draft, draft: keepAsked(draft.draft, askedCodes) },
      othersDrafting,
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
    const outcome = await this.submissions.submit({
      blocId: context.blocId,
      organisationId: context.organisation.id,
      periodKey: context.periodKey,
      personId: context.personId,
      bySecretariat: context.onBehalf,
      baseVersion,
      deadline: new Date(context.deadline),
      draft: { ...draft, values },
      at: this.clock(),
      indicatorIds,
    });
    if (outcome.kind !== "saved") return outcome;
    const organisations = await this.catalog.organisations(context.blocId);
    return { kind: "saved", version: outcome.version, submitted: outcome.submitted, total: organisations.length, at: outcome.at };
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
