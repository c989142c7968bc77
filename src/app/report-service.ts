import { Decimal } from "decimal.js";
import type { BlocRecord, CatalogRepository } from "../db/repositories/catalog-repository.js";
import type { ReportRepository, StoredReport } from "../db/repositories/report-repository.js";
import { type Period, periodKey, type Quarter, quartersOf } from "../domain/periods/period.js";
import type { ReportData, SubmittedReport } from "../domain/reports/report-data.js";
import type { CalendarService } from "./calendar-service.js";
import type { Clock } from "./clock.js";

/** What the answers and the briefing are computed from, loaded from the database. */
export class ReportService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly catalog: CatalogRepository,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  /**
   * The bloc's organisations, indicators and the current version of the reports of the quarters
   * that make up `periods`, of `organisationCodes` only when some are given: only what the
   * answer is computed from, so a question costs the same whatever the years of history and
   * the organisations it does not name.
   */
  data(bloc: BlocRecord, periods: readonly Period[], organisationCodes: readonly string[] = []): Promise<ReportData> {
    const periodKeys = [...new Set(periods.flatMap((period) => quartersOf(period).map(periodKey)))];
    return this.withCatalog(
      bloc,
      this.reports.reports(bloc.id, { periodKeys, ...(organisationCodes.length ? { organisationCodes } : {}) }),
    );
  }

  /**
   * The bloc's organisations and indicators with every version of the reports of some quarters,
   * newest first: where figures came from and how they changed.
   */
  history(bloc: BlocRecord, quarters: readonly Quarter[]): Promise<ReportData> {
    return this.withCatalog(bloc, this.reports.reports(bloc.id, { periodKeys: quarters.map(periodKey), allVersions: true }));
  }

  /** The bloc's catalog as answers word it, around the reports being loaded. */
  private async withCatalog(bloc: BlocRecord, loading: Promise<StoredReport[]>): Promise<ReportData> {
    const [organisations, indicators, reports] = await Promise.all([
      this.catalog.organisations(bloc.id),
      this.catalog.indicators(bloc.id),
      loading,
    ]);
    return {
      blocName: bloc.name,
      ...(bloc.convener ? { convener: bloc.convener } : {}),
      areaName: bloc.area,
      level: bloc.level === "commune" ? "commune" : "province",
      organisations: organisations.map((org) => ({
        code: org.code,
        name: org.name,
        shortName: org.shortName ?? undefined,
        sortOrder: org.sortOrder,
      })),
      indicators: indicators.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        nameEn: indicator.nameEn ?? undefined,
        unit: indicator.unit,
        kind: indicator.kind,
        organisationCodes: indicator.organisationCodes,
        sortOrder: indicator.sortOrder,
        summaryPhrase: indicator.summary ?? undefined,
        phrase: indicator.phrase ?? undefined,
        loss: indicator.loss,
      })),
      reports: reports.map(toSubmittedReport),
    };
  }

  /** The bloc's deadline of a quarter, from the calendar (its meeting, or the quarter-relative rule). */
  async deadline(bloc: BlocRecord, quarter: Quarter): Promise<Date> {
    return (await this.calendar.window(bloc, quarter)).deadline;
  }

  /** The current time, for "days left" and the briefing's date. */
  now(): Date {
    return this.clock();
  }

  /** How many times the quarter's briefing was posted already. */
  briefingVersion(bloc: BlocRecord, period: Period): Promise<number> {
    return this.reports.briefingVersion(bloc.id, periodKey(period));
  }

  /**
   * Records a post of the briefing, with the update that sends it; returns the version posted.
   * Posts of one quarter are numbered one after the other even when two admins tap at once.
   * With `previewed` (the version a preview's button names): undefined, and nothing recorded,
   * when that version was posted already.
   */
  recordBriefingPosted(bloc: BlocRecord, period: Period, previewed?: number): Promise<number | undefined> {
    return this.reports.recordBriefingPosted(bloc.id, periodKey(period), this.clock(), previewed);
  }

  /** Takes back the record of a post the group refused, so only posts that arrived are counted. */
  withdrawBriefingPost(blocId: number, quarterKey: string, version: number): Promise<void> {
    return this.reports.withdrawBriefingPost(blocId, quarterKey, version);
  }
}

function toSubmittedReport(report: StoredReport): SubmittedReport {
  return {
    organisationCode: report.organisationCode,
    periodKey: report.periodKey,
    version: report.version,
    submittedBy: report.submittedBy,
    submittedAt: report.submittedAt,
    late: report.late,
    enteredOnBehalf: report.enteredOnBehalf,
    afterLock: report.afterLock,
    ...(report.source ? { source: report.source } : {}),
    values: Object.fromEntries(Object.entries(report.values).map(([code, value]) => [code, value === null ? null : new Decimal(value)])),
    hedges: report.hedges,
    texts: report.texts,
    ...(report.tasks ? { tasks: report.tasks } : {}),
  };
}
