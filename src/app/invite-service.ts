import { randomInt } from "node:crypto";
import { addDays } from "date-fns";
import type { InviteProblem, InviteRecord, InviteRepository } from "../db/repositories/invite-repository.js";
import type { Role } from "../domain/catalog/catalog.js";
import type { Actor } from "./actor.js";
import type { Clock } from "./clock.js";

/** How long an invite stays valid. */
const INVITE_VALIDITY_DAYS = 7;

// No 0/O, 1/I/L: codes are sometimes read out over the phone.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/** What can be a code at all: anything else typed after /start or /moi huy is unknown without asking the database. */
const CODE_SHAPE = /^[A-Z0-9]{1,32}$/;

/** Creates, lists, revokes and redeems invites. */
export class InviteService {
  constructor(
    private readonly invites: InviteRepository,
    private readonly clock: Clock,
  ) {}

  /** A new single-use invite for a role (and organisation), valid for seven days. */
  create(admin: Actor, blocId: number, role: Role, organisationId: number | null): Promise<InviteRecord> {
    if (!admin.person) throw new Error("Only a registered admin can create an invite");
    const code = Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
    return this.invites.create(
      { code, blocId, role, organisationId, expiresAt: addDays(this.clock(), INVITE_VALIDITY_DAYS) },
      admin.person.id,
    );
  }

  pending(blocId: number): Promise<InviteRecord[]> {
    return this.invites.pending(blocId, this.clock());
  }

  /** Revokes a pending invite of the bloc; false when there is none with that code. */
  async revoke(admin: Actor, blocId: number, code: string): Promise<boolean> {
    const upper = code.toUpperCase();
    return CODE_SHAPE.test(upper) && this.invites.revoke(upper, blocId, admin.person?.id ?? 0, this.clock());
  }

  /** Uses an invite for a registered person: their new role, or why the code does not work. */
  async redeem(code: string, personId: number): Promise<InviteRecord | InviteProblem> {
    const upper = code.toUpperCase();
    return CODE_SHAPE.test(upper) ? this.invites.redeem(upper, personId, this.clock()) : "unknown";
  }
}
