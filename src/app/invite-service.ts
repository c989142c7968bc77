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

  revoke(admin: Actor, blocId: number, code: string): Promise<boolean> {
    return this.invites.revoke(code.toUpperCase(), blocId, admin.person?.id ?? 0, this.clock());
  }

  /** Uses an invite for a registered person: their new role, or why the code does not work. */
  redeem(code: string, personId: number): Promise<InviteRecord | InviteProblem> {
    return this.invites.redeem(code.toUpperCase(), personId, this.clock());
  }
}
