import type { Role } from "../../domain/catalog/catalog.js";
import type { DbClient } from "../database.js";
import type { SqlSession } from "../sql-session.js";

/** A person's active role in a bloc. */
export interface MembershipRecord {
  id: number;
  blocId: number;
  role: Role;
  organisationId: number | null;
  organisationCode: string | null;
}

/** A person with their active memberships. */
export interface PersonRecord {
  id: number;
  channel: string;
  externalId: string;
  displayName: string | null;
  /** The locale the person last spoke in ("vi", "en"); null when never recorded, read as Vietnamese. */
  language: string | null;
  memberships: MembershipRecord[];
}

/** A member as listed to admins. */
export interface MemberRecord extends MembershipRecord {
  personId: number;
  displayName: string | null;
  /** The person's recorded locale, for what the bot sends them unasked (see `PersonRecord`). */
  language: string | null;
  channel: string;
  externalId: string;
  since: Date;
}

const activeMemberships = {
  where: { endedAt: null },
  include: { organisation: { select: { code: true } } },
  orderBy: { id: "asc" },
} as const;

/** A person joined with one of their active memberships, as the raw lookup returns it. */
interface PersonRow {
  id: number;
  channel: string;
  externalId: string;
  displayName: string | null;
  language: string | null;
  membershipId: number | null;
  blocId: number | null;
  role: string | null;
  organisationId: number | null;
  organisationCode: string | null;
}

/** Reads and writes people and their memberships. */
export class PeopleRepository {
  constructor(
    private readonly prisma: DbClient,
    private readonly sql: SqlSession,
  ) {}

  /** The person known on `channel` by `externalId`, with active memberships. */
  async find(channel: string, externalId: string): Promise<PersonRecord | undefined> {
    // One round trip instead of three (person, memberships, organisations), on the driver: this runs on every update.
    const rows = await this.sql.query<PersonRow>(
      `
      SELECT p."id", p."channel", p."externalId", p."displayName", p."language",
             m."id" AS "membershipId", m."blocId", m."role", m."organisationId", o."code" AS "organisationCode"
      FROM "Person" p
      LEFT JOIN "Membership" m ON m."personId" = p."id" AND m."endedAt" IS NULL
      LEFT JOIN "Organisation" o ON o."id" = m."organisationId"
      WHERE p."channel" = $1 AND p."externalId" = $2
      ORDER BY m."id"`,
      [channel, externalId],
    );
    const first = rows[0];
    if (!first) return undefined;
    return {
      id: first.id,
      channel: first.channel,
      externalId: first.externalId,
      displayName: first.displayName,
      language: first.language,
      memberships: rows.flatMap((row) =>
        row.membershipId === null
          ? []
          : [
              {
                id: row.membershipId,
                blocId: row.blocId as number,
                role: row.role as Role,
                organisationId: row.organisationId,
                organisationCode: row.organisationCode,
              },
            ],
      ),
    };
  }

  /** Creates the person or refreshes their display name and, when given, their locale. */
  async upsert(channel: string, externalId: string, displayName: string | null, language?: string): Promise<PersonRecord> {
    const row = await this.prisma.person.upsert({
      where: { channel_externalId: { channel, externalId } },
      create: { channel, externalId, displayName, language: language ?? null },
      update: { ...(displayName ? { displayName } : {}), ...(language ? { language } : {}) },
      include: { memberships: activeMemberships },
    });
    return toPerson(row);
  }

  /** Records the locale the person now speaks in. */
  async setLanguage(personId: number, language: string): Promise<void> {
    await this.prisma.person.update({ where: { id: personId }, data: { language } });
  }

  /** Gives a person a role in a bloc from `now` unless they already hold it (for that organisation). */
  async ensureMembership(personId: number, blocId: number, role: Role, organisationId: number | null, now: Date): Promise<void> {
    const existing = await this.prisma.membership.findFirst({
      where: { personId, blocId, role, organisationId, endedAt: null },
    });
    if (!existing) await this.prisma.membership.create({ data: { personId, blocId, role, organisationId, createdAt: now } });
  }

  /** The active members of a bloc, by organisation order then role. */
  async members(blocId: number): Promise<MemberRecord[]> {
    const rows = await this.prisma.membership.findMany({
      where: { blocId, endedAt: null },
      include: { person: true, organisation: { select: { code: true, sortOrder: true } } },
      orderBy: [{ role: "asc" }, { id: "asc" }],
    });
    return rows.map((row) => ({
      id: row.id,
      blocId: row.blocId,
      role: row.role as Role,
      organisationId: row.organisationId,
      organisationCode: row.organisation?.code ?? null,
      personId: row.personId,
      displayName: row.person.displayName,
      language: row.person.language,
      channel: row.person.channel,
      externalId: row.person.externalId,
      since: row.createdAt,
    }));
  }
}

function toPerson(row: {
  id: number;
  channel: string;
  externalId: string;
  displayName: string | null;
  language: string | null;
  memberships: { id: number; blocId: number; role: string; organisationId: number | null; organisation: { code: string } | null }[];
}): PersonRecord {
  return {
    id: row.id,
    channel: row.channel,
    externalId: row.externalId,
    displayName: row.displayName,
    language: row.language,
    memberships: row.memberships.map((membership) => ({
      id: membership.id,
      blocId: membership.blocId,
      role: membership.role as Role,
      organisationId: membership.organisationId,
      organisationCode: membership.organisation?.code ?? null,
    })),
  };
}
