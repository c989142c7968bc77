import type { Role } from "../../domain/catalog/catalog.js";
import { atomically, type DbClient } from "../database.js";
import { recordAudit } from "./audit-repository.js";

/** An invite as stored. */
export interface InviteRecord {
  code: string;
  blocId: number;
  role: Role;
  organisationId: number | null;
  organisationCode: string | null;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** Why an invite cannot be redeemed. */
export type InviteProblem = "unknown" | "expired" | "used" | "revoked";

const withOrganisation = { organisation: { select: { code: true } } } as const;

/** The audit action of a wrong code someone tried. */
const WRONG_CODE_ACTION = "wrong_code";
/** How much of a wrong code is kept: enough to recognise a mistyped one, not a whole message. */
const KEPT_CODE_LENGTH = 32;

/**
 * Reads and writes invites; redeeming is atomic so a code is used once. Also keeps the wrong
 * codes people try (as audit events, under the bot's clock), so that guessing can be limited.
 */
export class InviteRepository {
  constructor(private readonly prisma: DbClient) {}

  async create(
    invite: Omit<InviteRecord, "usedAt" | "revokedAt" | "organisationCode" | "createdAt">,
    createdById: number,
  ): Promise<InviteRecord> {
    const row = await this.prisma.invite.create({ data: { ...invite, createdById }, include: withOrganisation });
    return toInvite(row);
  }

  async find(code: string): Promise<InviteRecord | undefined> {
    const row = await this.prisma.invite.findUnique({ where: { code }, include: withOrganisation });
    return row ? toInvite(row) : undefined;
  }

  /** Invites of a bloc not yet used, revoked or expired. */
  async pending(blocId: number, now: Date): Promise<InviteRecord[]> {
    const rows = await this.prisma.invite.findMany({
      where: { blocId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      include: withOrganisation,
      orderBy: { createdAt: "asc" },
    });
    return rows.map(toInvite);
  }

  /** Revokes a pending invite; false when there is no such pending invite. */
  async revoke(code: string, blocId: number, actorId: number, now: Date): Promise<boolean> {
    const { count } = await this.prisma.invite.updateMany({
      where: { code, blocId, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 1) {
      await recordAudit(this.prisma, { blocId, actorId, action: "revoke", entity: "invite", entityId: code });
    }
    return count === 1;
  }

  /** When `personId` tried a code that does not exist, after `since`, oldest first. */
  async wrongCodesSince(personId: number, since: Date): Promise<Date[]> {
    const rows = await this.prisma.auditEvent.findMany({
      where: { actorId: personId, action: WRONG_CODE_ACTION, at: { gt: since } },
      select: { at: true },
      orderBy: { at: "asc" },
    });
    return rows.map((row) => row.at);
  }

  /** Records that `personId` tried a code that does not exist, at `at` on the bot's clock. */
  async recordWrongCode(personId: number, code: string, at: Date): Promise<void> {
    await this.prisma.auditEvent.create({
      data: { blocId: null, actorId: personId, action: WRONG_CODE_ACTION, entity: "invite", entityId: code.slice(0, KEPT_CODE_LENGTH), at },
    });
  }

  /**
   * Uses the invite for `personId` and gives them its role, in one transaction. A new
   * representative of an organisation replaces the previous one (whose membership ends, so
   * their submissions stay attributed to them).
   */
  async redeem(code: string, personId: number, now: Date): Promise<InviteRecord | InviteProblem> {
    return atomically(this.prisma, async (tx) => {
      const invite = await tx.invite.findUnique({ where: { code }, include: withOrganisation });
      if (!invite) return "unknown";
      if (invite.revokedAt) return "revoked";
      if (invite.usedAt) return "used";
      if (invite.expiresAt <= now) return "expired";
      const { count } = await tx.invite.updateMany({
        where: { code, usedAt: null },
        data: { usedAt: now, usedById: personId },
      });
      if (count !== 1) return "used";
      if (invite.role === "representative" && invite.organisationId !== null) {
        await tx.membership.updateMany({
          where: {
            blocId: invite.blocId,
            role: "representative",
            organisationId: invite.organisationId,
            endedAt: null,
            personId: { not: personId },
          },
          data: { endedAt: now },
        });
      }
      const existing = await tx.membership.findFirst({
        where: { personId, blocId: invite.blocId, role: invite.role, organisationId: invite.organisationId, endedAt: null },
      });
      if (!existing) {
        await tx.membership.create({
          // The bot's clock, not the database's: under CLOCK_START /thanhvien dates must agree with the rest.
          data: { personId, blocId: invite.blocId, role: invite.role, organisationId: invite.organisationId, createdAt: now },
        });
      }
      await recordAudit(tx, {
        blocId: invite.blocId,
        actorId: personId,
        action: "join",
        entity: "invite",
        entityId: code,
        after: { role: invite.role, organisation: invite.organisation?.code ?? null },
      });
      return toInvite({ ...invite, usedAt: now });
    });
  }
}

function toInvite(row: {
  code: string;
  blocId: number;
  role: string;
  organisationId: number | null;
  organisation: { code: string } | null;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}): InviteRecord {
  return {
    code: row.code,
    blocId: row.blocId,
    role: row.role as Role,
    organisationId: row.organisationId,
    organisationCode: row.organisation?.code ?? null,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
    revokedAt: row.revokedAt,
  };
}
