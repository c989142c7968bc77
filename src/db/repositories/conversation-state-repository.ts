import type { VersionedState } from "@grammyjs/conversations";
import type { PrismaClient } from "../generated/client.js";

/**
 * Storage for grammY conversations v2: each chat's conversation state as JSON in the
 * database, so a restarted or second instance continues a conversation where it stopped.
 * Plain SQL: these statements run on every update, and Prisma's query building costs more
 * than the statements themselves here (README, "Performance").
 */
export class ConversationStateRepository<State> {
  constructor(private readonly prisma: PrismaClient) {}

  async read(key: string): Promise<VersionedState<State> | undefined> {
    const rows = await this.prisma.$queryRaw<{ value: string }[]>`SELECT "value" FROM "ConversationState" WHERE "key" = ${key}`;
    const value = rows[0]?.value;
    return value === undefined ? undefined : (JSON.parse(value) as VersionedState<State>);
  }

  async write(key: string, state: VersionedState<State>): Promise<void> {
    const value = JSON.stringify(state);
    await this.prisma.$executeRaw`
      INSERT INTO "ConversationState" ("key", "value", "updatedAt") VALUES (${key}, ${value}, now())
      ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = EXCLUDED."updatedAt"`;
  }

  async delete(key: string): Promise<void> {
    await this.prisma.$executeRaw`DELETE FROM "ConversationState" WHERE "key" = ${key}`;
  }
}
