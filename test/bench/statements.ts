import pg from "pg";

/** Runs `work` with every statement sent to PostgreSQL also shown to `seen` (its SQL text). */
async function watchStatements(work: () => Promise<unknown>, seen: (sql: string) => void): Promise<void> {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    seen(typeof first === "string" ? first : (first?.text ?? ""));
    return (query as (...given: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
}

/**
 * The statements `work` sends to PostgreSQL, in order (their SQL's first words), counted on the pg
 * client, which Prisma's adapter and the raw sessions both use: how many round trips a step costs.
 */
export async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  await watchStatements(work, (sql) => sent.push(sql.replace(/\s+/g, " ").trim().slice(0, 60)));
  return sent;
}

/** How many statements `work` sends to PostgreSQL, counted only (cheap enough for a whole throughput phase). */
export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  await watchStatements(work, () => {
    count += 1;
  });
  return count;
}
