import type { Database } from "./database.js";
import type { SqlSession } from "./sql-session.js";

/**
 * The same database, telling `onError` of every statement that fails, whether Prisma's or raw
 * SQL's, so the metrics count database errors (a database down, a constraint, a timeout) where
 * they happen rather than guessing them from the errors that reach the bot. Errors still propagate.
 */
export function countDatabaseErrors(database: Database, onError: () => void): Database {
  const counted = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      onError();
      throw error;
    }
  };
  const countedSession = (session: SqlSession): SqlSession => ({
    exec: (sql) => counted(() => session.exec(sql)),
    query: (sql, params) => counted(() => session.query(sql, params)),
  });
  const prisma = database.prisma.$extends({
    query: { $allOperations: ({ args, query }) => counted(() => query(args)) },
  });
  return {
    kind: database.kind,
    // The extended client lacks only `$on` (log events), which the application does not use.
    prisma: prisma as unknown as Database["prisma"],
    sql: countedSession(database.sql),
    sessions: { withSession: (work) => database.sessions.withSession((session) => work(countedSession(session))) },
    // A transaction that fails counts once, whichever of its statements failed.
    transaction: (work) => counted(() => database.transaction(work)),
    leaseInstance: () => counted(() => database.leaseInstance()),
    close: () => database.close(),
  };
}
