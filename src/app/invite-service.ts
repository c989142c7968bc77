import { randomInt } from "node:crypto";
import { addDays, addMinutes, subMinutes } from "date-fns";
import type { InviteProblem, InviteRecord, InviteRepository } from "../db/repositories/invite-repository.js";
import type { Role } from "../domain/catalog/catalog.js";
import { withoutControlCharacters } from "../domain/text/control-characters.js";
import type { Actor } from "./actor.js";
import type { Clock } from "./clock.js";

/** How long an invite stays valid. */
const INVITE_VALIDITY_DAYS = 7;
/** Wrong codes a person may try within the window before every code is refused to them. */
const WRONG_CODE_LIMIT = 5;
const WRONG_CODE_WINDOW_MINUTES = 60;

/**
 * Where wrong codes are counted per person: in the database, so a restart does not reset the
 * count. The invite repository keeps them as audit events.
 */
export interface WrongCodeLog {
  /** When the person tried a code that does not exist, after `since`, oldest first. */
  wrongCodesSince(personId: number, since: Date): Promise<Date[]>;
  recordWrongCode(personId: number, code: string, at: Date): Promise<void>;
}

/** A person who tried too many wrong codes: every code is refused to them until `retryAt`. */
export interface TooManyWrongCodes {
  tooMany: true;
  limit: number;
  retryAt: Date;
}

// No 0/O, 1/I/L: codes are sometimes read out over the phone.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/** What can be a code at all: anything else typed after /start or /moi huy is unknown without asking the database. */
const CODE_SHAPE = /^[A-Z0-9]{1,32}$/;

/** Creates, lists, revokes and redeems invites. */
export class InviteService {
  constructor(
    private readonly invites: InviteRepository,
    private readonly clock: Clock,
    private readonly wrongCodes: WrongCodeLog = invites,
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

  /**
   * Uses an invite for a registered person: their new role, or why the code does not work.
   * Codes are guessable only by trying: after WRONG_CODE_LIMIT codes that do not exist within
   * the window, every code, a right one too, is refused until the oldest of them leaves it.
   * A used, expired or revoked code is a real one the person was sent, and does not count; text
   * that cannot be a code at all is unknown without looking it up (and counts).
   */
  async redeem(code: string, personId: number): Promise<InviteRecord | InviteProblem | TooManyWrongCodes> {
    const now = this.clock();
    const recent = await this.wrongCodes.wrongCodesSince(personId, subMinutes(now, WRONG_CODE_WINDOW_MINUTES));
    const oldest = recent[recent.length - WRONG_CODE_LIMIT];
    if (oldest) return { tooMany: true, limit: WRONG_CODE_LIMIT, retryAt: addMinutes(oldest, WRONG_CODE_WINDOW_MINUTES) };
    const upper = code.toUpperCase();
    const result = CODE_SHAPE.test(upper) ? await this.invites.redeem(upper, personId, now) : "unknown";
    if (result === "unknown") await this.wrongCodes.recordWrongCode(personId, withoutControlCharacters(code), now);
    return result;
  }
}
