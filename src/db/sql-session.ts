/**
 * The little raw SQL the application runs outside Prisma (migrations, advisory locks, the
 * statements of every update), over either driver. Both PGlite's `exec` and pg's simple query protocol accept several
 * statements in one call, which migration files need.
 */
export interface SqlSession {
  /** Runs one or more statements, ignoring results. */
  exec(sql: string): Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** A source of one dedicated session (one connection) for work that must not interleave. */
export interface SqlSessionSource {
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
}
