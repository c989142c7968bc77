import type { PrismaClient } from "../generated/client.js";

/** Remembers which updates were handled, so a redelivered update is processed once. */
export class ProcessedUpdateRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Records the update; true when it is new, false when it was seen before. */
  async markProcessed(botId: string, updateId: number): Promise<boolean> {
    // Plain SQL: this runs on every update (see the conversation state repository).
    const inserted = await this.prisma.$executeRaw`
      INSERT INTO "ProcessedUpdate" ("botId", "updateId") VALUES (${botId}, ${BigInt(updateId)}) ON CONFLICT DO NOTHING`;
    return inserted === 1;
  }
}
