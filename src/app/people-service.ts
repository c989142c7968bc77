import type { AdminId } from "../config/parse-config.js";
import type { BlocRecord, CatalogRepository } from "../db/repositories/catalog-repository.js";
import type { MemberRecord, PeopleRepository } from "../db/repositories/people-repository.js";
import type { ChatKind } from "../domain/access/access-policy.js";
import type { Role } from "../domain/catalog/catalog.js";
import { withoutControlCharacters } from "../domain/text/control-characters.js";
import type { Actor } from "./actor.js";

/** Finds who is speaking and in which bloc; registers the admins named in the configuration. */
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly catalog: CatalogRepository,
  ) {}

  /**
   * The actor for a message: in a group, the bloc linked to it (or, before linking, the
   * speaker's own); in a private chat, the speaker's bloc, or the only bloc for a stranger.
   * A known person's `language` (the locale they speak in now) is recorded when it changed,
   * so what the bot later sends them unasked (reminders, notices) is in it; written only then.
   */
  async resolve(channel: string, externalId: string, chat: { kind: ChatKind; id: string }, language: string): Promise<Actor> {
    const found = await this.people.find(channel, externalId);
    if (found && found.language !== language) await this.people.setLanguage(found.id, language);
    const person = found && { ...found, language };
    const memberships = person?.memberships ?? [];
    let bloc: BlocRecord | undefined;
    if (chat.kind === "group") bloc = await this.catalog.blocByGroupChat(`${channel}:${chat.id}`);
    if (!bloc) {
      const blocs = await this.catalog.blocs();
      const own = memberships[0]?.blocId;
      bloc = own === undefined ? (blocs.length === 1 ? blocs[0] : undefined) : blocs.find((b) => b.id === own);
    }
    const inBloc = memberships.filter((membership) => membership.blocId === bloc?.id);
    return {
      channel,
      externalId,
      person,
      bloc,
      roles: new Set<Role>(inBloc.map((membership) => membership.role)),
      organisationId: inBloc.find((membership) => membership.role === "representative")?.organisationId ?? null,
      chatKind: chat.kind,
    };
  }

  /**
   * Registers the person (or refreshes their name, without control characters) before they
   * join or act; `language`, the locale they speak in, is recorded with them when given.
   */
  register(channel: string, externalId: string, displayName: string | null, language?: string) {
    return this.people.upsert(channel, externalId, displayName === null ? null : withoutControlCharacters(displayName), language);
  }

  /**
   * Makes the configured admins secretariat admins of every bloc, from `now` on the bot's clock.
   * Plain ids are Telegram ids; the console, which speaks as Telegram users, uses them too.
   */
  async bootstrapAdmins(adminIds: readonly AdminId[], channel: string, now: Date): Promise<void> {
    const blocs = await this.catalog.blocs();
    for (const admin of adminIds) {
      const applies = admin.channel === "zalo" ? channel === "zalo" : channel !== "zalo";
      if (!applies) continue;
      const person = await this.people.upsert(channel, admin.id, null);
      for (const bloc of blocs) await this.people.ensureMembership(person.id, bloc.id, "admin", null, now);
    }
  }

  /** The bloc's active members, for the admin views. */
  members(blocId: number): Promise<MemberRecord[]> {
    return this.people.members(blocId);
  }
}
