import type { VersionedState } from "@grammyjs/conversations";
import type { PrismaClient } from "../generated/client.js";

/**
 * Storage for grammY conversations v2: each chat's conversation state as JSON in the
 * database, so a restarted or second instance continues a conversation where it stopped.
 */
export class ConversationStateRepository<State> {
  constructor(private readonly prisma: PrismaClient) {}

  async read(key: string): Promise<VersionedState<State> | undefined> {
    const row = await this.prisma.conversationState.findUnique({ where: { key } });
    return row ? (JSON.parse(row.value) as VersionedState<State>) : undefined;
  }

  async write(key: string, state: VersionedState<State>): Promise<void> {
    const value = JSON.stringify(state);
    await this.prisma.conversationState.upsert({ where: { key }, create: { key, value }, update: { value } });
  }

  async delete(key: string): Promise<void> {
    await this.prisma.conversationState.deleteMany({ where: { key } });
  }
}
