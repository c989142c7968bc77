import type { BlocRecord } from "../db/repositories/catalog-repository.js";
import type { PersonRecord } from "../db/repositories/people-repository.js";
import type { ChatKind } from "../domain/access/access-policy.js";
import type { Role } from "../domain/catalog/catalog.js";

/** Who sent a message and in which bloc it counts: what every access check needs. */
export interface Actor {
  channel: string;
  externalId: string;
  /** Undefined for someone the bot has never registered. */
  person: PersonRecord | undefined;
  /** The bloc the message concerns: the group's, or the person's own. */
  bloc: BlocRecord | undefined;
  /** The person's roles in that bloc. */
  roles: ReadonlySet<Role>;
  /** For a representative: the organisation they report for. */
  organisationId: number | null;
  chatKind: ChatKind;
}
