import pg from "pg";

/**
 * The statements `work` sends to PostgreSQL, in order (their SQL's first words), counted on the pg
 * client, which Prisma's adapter and the raw sessions both use: how many round trips a step costs.
 */
export async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    sent.push((typeof first === "string" ? first : (first?.text ?? "")).replace(/\s+/g, " ").trim().slice(0, 60));
    return (query as (...given: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return sent;
}
