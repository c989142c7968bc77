import type { PrismaClient } from "../generated/client.js";

/** Remembers which updates were handled, so a redelivered update is processed once. */
export class ProcessedUpdateRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Records the update; true when it is new, false when it was seen before. */
  async markProcessed(botId: string, updateId: number): Promise<boolean> {
    const { count } = await this.prisma.processedUpdate.createMany({
      data: [{ botId, updateId: BigInt(updateId) }],
      skipDuplicates: true,
    });
    return count === 1;
  }
}
