import { catalogMeeting } from "../../domain/calendar/catalog-meeting.js";
import type { BlocCatalog } from "../../domain/catalog/catalog.js";
import { atomically, type DbClient } from "../database.js";

/** A bloc as the application uses it. */
export interface BlocRecord {
  id: number;
  code: string;
  name: string;
  area: string;
  /** Who convenes the giao ban ("Thường trực Tỉnh ủy"), named in the briefing; null: unnamed. */
  convener: string | null;
  level: string;
  timezone: string;
  groupChat: string | null;
  schedule: BlocCatalog["schedule"];
}

/** An organisation in force (or retired) in a bloc. */
export interface OrganisationRecord {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  sortOrder: number;
  retired: boolean;
}

/** An indicator with the codes of the organisations that report it. */
export interface IndicatorRecord {
  id: number;
  code: string;
  name: string;
  /** The name in English, from the catalog; null when it has none. */
  nameEn: string | null;
  aliases: string[];
  unit: string;
  kind: "flow" | "stock" | "rate";
  integer: boolean;
  min: string | null;
  max: string | null;
  help: string | null;
  summary: string | null;
  /** The phrase for an organisation's part of the briefing (CatalogIndicator.phrase). */
  phrase: string | null;
  /** The indicator counts a loss, told among the limitations. */
  loss: boolean;
  sortOrder: number;
  firstQuarter: string | null;
  lastQuarter: string | null;
  organisationCodes: string[];
  retired: boolean;
}

/**
 * A catalog read is kept this long: every update needs the blocs and most answers the
 * organisations and indicators, which change only when a catalog is loaded or a group linked.
 * Writes through this repository refresh at once; another instance's writes show within this.
 */
const CATALOG_CACHE_MS = 5_000;

/** Catalog reads remembered for a few seconds; one map is shared by the repositories of every transaction. */
export type CatalogCache = Map<string, { value: Promise<unknown>; readAt: number }>;

/** Arbitrary constant naming the start-up writes' lock among PostgreSQL advisory locks (migrations have their own). */
const STARTUP_LOCK_KEY = 7_021_902_026;

/** Reads and writes blocs, organisations and indicators. */
export class CatalogRepository {
  constructor(
    private readonly prisma: DbClient,
    private readonly cache: CatalogCache = new Map(),
  ) {}

  /**
   * Makes instances starting together take turns at the start-up writes (the catalog, the
   * admins): run first in their transaction, it waits for another instance's to commit, so
   * none creates a row the other is creating. Released at the transaction's end.
   */
  async lockForStartup(): Promise<void> {
    await this.prisma.$queryRawUnsafe(`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(${STARTUP_LOCK_KEY})`);
  }

  /** Waits for a write, then forgets every read, so none from before the write is served after it. */
  private async refreshing<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } finally {
      this.cache.clear();
    }
  }

  /** A read remembered for a few seconds, or until this repository writes. */
  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.readAt < CATALOG_CACHE_MS) return hit.value as Promise<T>;
    const value = load();
    this.cache.set(key, { value, readAt: Date.now() });
    value.catch(() => this.cache.delete(key));
    return value;
  }

  /**
   * Makes the database match a catalog: the bloc, organisations and indicators are created or
   * updated by code; those no longer listed are retired, never deleted, so submitted figures
   * keep their meaning. Runs in one transaction.
   */
  async apply(catalog: BlocCatalog, now: Date): Promise<BlocRecord> {
    return this.refreshing(
      atomically(this.prisma, async (tx) => {
        const blocData = {
          name: catalog.name,
          area: catalog.area,
          convener: catalog.convener ?? null,
          level: catalog.level,
          timezone: catalog.timezone,
          schedule: { ...catalog.schedule },
          ...(catalog.groupChat ? { groupChat: catalog.groupChat } : {}),
        };
        const bloc = await tx.bloc.upsert({
          where: { code: catalog.code },
          create: { code: catalog.code, ...blocData },
          update: blocData,
        });
        const orgIds = new Map<string, number>();
        for (const [sortOrder, org] of catalog.organisations.entries()) {
          const data = { name: org.name, shortName: org.shortName ?? null, aliases: org.aliases, sortOrder, retiredAt: null };
          const row = await tx.organisation.upsert({
            where: { blocId_code: { blocId: bloc.id, code: org.code } },
            create: { blocId: bloc.id, code: org.code, ...data },
            update: data,
          });
          orgIds.set(org.code, row.id);
        }
        await tx.organisation.updateMany({
          where: { blocId: bloc.id, code: { notIn: [...orgIds.keys()] }, retiredAt: null },
          data: { retiredAt: now },
        });
        const indicatorCodes: string[] = [];
        for (const [sortOrder, item] of catalog.indicators.entries()) {
          const data = {
            name: item.name,
            nameEn: item.nameEn ?? null,
            aliases: item.aliases,
            unit: item.unit,
            kind: item.kind,
            integer: item.integer,
            min: item.min ?? null,
            max: item.max ?? null,
            helpText: item.help ?? null,
            summary: item.summary ?? null,
            phrase: item.phrase ?? null,
            loss: item.loss,
            sortOrder,
            firstQuarter: item.firstQuarter ?? null,
            lastQuarter: item.lastQuarter ?? null,
            retiredAt: null,
          };
          const row = await tx.indicator.upsert({
            where: { blocId_code: { blocId: bloc.id, code: item.code } },
            create: { blocId: bloc.id, code: item.code, ...data },
            update: data,
          });
          await tx.indicatorOrganisation.deleteMany({ where: { indicatorId: row.id } });
          await tx.indicatorOrganisation.createMany({
            data: item.organisations.map((code) => ({ indicatorId: row.id, organisationId: orgIds.get(code) ?? 0 })),
          });
          indicatorCodes.push(item.code);
        }
        await tx.indicator.updateMany({
          where: { blocId: bloc.id, code: { notIn: indicatorCodes }, retiredAt: null },
          data: { retiredAt: now },
        });
        for (const item of catalog.meetings) {
          // A meeting set in the chat (setById) is newer than the file: the file never overwrites it.
          const meeting = { ...catalogMeeting(item, catalog.timezone), setAt: now };
          const key = { blocId_quarterKey: { blocId: bloc.id, quarterKey: meeting.quarterKey } };
          const existing = await tx.meeting.findUnique({ where: key });
          if (!existing) await tx.meeting.create({ data: { blocId: bloc.id, ...meeting } });
          else if (existing.setById === null) await tx.meeting.update({ where: key, data: meeting });
        }
        return toBloc(bloc);
      }),
    );
  }

  /** Every bloc of the installation. */
  blocs(): Promise<BlocRecord[]> {
    return this.cached("blocs", async () => (await this.prisma.bloc.findMany({ orderBy: { id: "asc" } })).map(toBloc));
  }

  /** The bloc linked to a group chat ("telegram:-100…"), if any. */
  async blocByGroupChat(groupChat: string): Promise<BlocRecord | undefined> {
    return (await this.blocs()).find((bloc) => bloc.groupChat === groupChat);
  }

  /** Links a group chat to a bloc (unlinking it from any other), or unlinks with null. */
  async setGroupChat(blocId: number, groupChat: string | null): Promise<void> {
    await this.refreshing(
      atomically(this.prisma, async (tx) => {
        if (groupChat) await tx.bloc.updateMany({ where: { groupChat }, data: { groupChat: null } });
        await tx.bloc.update({ where: { id: blocId }, data: { groupChat } });
      }),
    );
  }

  /** The bloc's organisations in catalog order; retired ones only when asked. */
  organisations(blocId: number, options: { includeRetired?: boolean } = {}): Promise<OrganisationRecord[]> {
    return this.cached(`organisations:${blocId}:${Boolean(options.includeRetired)}`, () => this.readOrganisations(blocId, options));
  }

  private async readOrganisations(blocId: number, options: { includeRetired?: boolean }): Promise<OrganisationRecord[]> {
    const rows = await this.prisma.organisation.findMany({
      where: { blocId, ...(options.includeRetired ? {} : { retiredAt: null }) },
      orderBy: { sortOrder: "asc" },
    });
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      shortName: row.shortName,
      aliases: row.aliases,
      sortOrder: row.sortOrder,
      retired: row.retiredAt !== null,
    }));
  }

  /** The bloc's indicators in catalog order; retired ones only when asked. */
  indicators(blocId: number, options: { includeRetired?: boolean } = {}): Promise<IndicatorRecord[]> {
    return this.cached(`indicators:${blocId}:${Boolean(options.includeRetired)}`, () => this.readIndicators(blocId, options));
  }

  private async readIndicators(blocId: number, options: { includeRetired?: boolean }): Promise<IndicatorRecord[]> {
    const rows = await this.prisma.indicator.findMany({
      where: { blocId, ...(options.includeRetired ? {} : { retiredAt: null }) },
      orderBy: { sortOrder: "asc" },
      include: { organisations: { include: { organisation: { select: { code: true } } } } },
    });
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      nameEn: row.nameEn,
      aliases: row.aliases,
      unit: row.unit,
      kind: row.kind as IndicatorRecord["kind"],
      integer: row.integer,
      min: row.min?.toFixed() ?? null,
      max: row.max?.toFixed() ?? null,
      help: row.helpText,
      summary: row.summary,
      phrase: row.phrase,
      loss: row.loss,
      sortOrder: row.sortOrder,
      firstQuarter: row.firstQuarter,
      lastQuarter: row.lastQuarter,
      organisationCodes: row.organisations.map((link) => link.organisation.code),
      retired: row.retiredAt !== null,
    }));
  }
}

function toBloc(row: Omit<BlocRecord, "schedule"> & { schedule: unknown }): BlocRecord {
  const schedule = row.schedule as Partial<BlocCatalog["schedule"]>;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    area: row.area || row.name,
    convener: row.convener,
    level: row.level,
    timezone: row.timezone,
    groupChat: row.groupChat,
    schedule: {
      opensOnDayOfLastMonth: schedule.opensOnDayOfLastMonth ?? 1,
      deadlineDayOfNextMonth: schedule.deadlineDayOfNextMonth ?? 15,
      opensDaysBeforeMeeting: schedule.opensDaysBeforeMeeting ?? 20,
      deadlineDaysBeforeMeeting: schedule.deadlineDaysBeforeMeeting ?? 5,
      reminderOffsetsDays: schedule.reminderOffsetsDays ?? [5, 2, 0],
      reminderHour: schedule.reminderHour ?? 8,
    },
  };
}
