import type { BlocRecord, CatalogRepository } from "../db/repositories/catalog-repository.js";
import type { MemberRecord, PeopleRepository } from "../db/repositories/people-repository.js";

/**
 * The id of the bloc's linked group chat on `channel`, or undefined when it has none there:
 * the only chat that answers, progress notes and the briefing may go to.
 */
export function linkedGroupChatId(bloc: Pick<BlocRecord, "groupChat"> | undefined, channel: string): string | undefined {
  const [linkedChannel, chatId] = bloc?.groupChat?.split(":") ?? [];
  return linkedChannel === channel ? chatId : undefined;
}

/** Links a bloc to its group chat and keeps the link through Telegram's changes. */
export class GroupService {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly people: PeopleRepository,
  ) {}

  /** Links the group chat to the bloc (a group serves one bloc at a time). */
  async link(bloc: BlocRecord, channel: string, chatId: string): Promise<void> {
    await this.catalog.setGroupChat(bloc.id, `${channel}:${chatId}`);
  }

  /** The bloc linked to a group chat, if any. */
  blocOf(channel: string, chatId: string): Promise<BlocRecord | undefined> {
    return this.catalog.blocByGroupChat(`${channel}:${chatId}`);
  }

  /** The bot was removed from the group: the link ends. Returns the bloc it served. */
  async unlink(channel: string, chatId: string): Promise<BlocRecord | undefined> {
    const bloc = await this.blocOf(channel, chatId);
    if (bloc) await this.catalog.setGroupChat(bloc.id, null);
    return bloc;
  }

  /** A group upgraded to a supergroup gets a new id; the link follows it. */
  async migrate(channel: string, fromChatId: string, toChatId: string): Promise<void> {
    const bloc = await this.blocOf(channel, fromChatId);
    if (bloc) await this.catalog.setGroupChat(bloc.id, `${channel}:${toChatId}`);
  }

  /** The bloc's admins on a channel, to be told about the group. */
  async admins(blocId: number, channel: string): Promise<MemberRecord[]> {
    const members = await this.people.members(blocId);
    return members.filter((member) => member.role === "admin" && member.channel === channel);
  }
}
