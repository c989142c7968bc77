import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import type { SqlSession } from "./sql-session.js";

/**
 * The connection a driver adapter's transaction holds: pg's PoolClient or PGlite's Transaction.
 * Both run a parameterised statement with `query`; PGlite runs several at once with `exec`.
 */
interface DriverConnection {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  exec?(sql: string): Promise<unknown>;
}

/** Filled in by the adapter when the `$transaction` run inside `transactionOpening` starts. */
interface Opening {
  session?: SqlSession;
}

const transactionOpening = new AsyncLocalStorage<Opening>();

/**
 * Wraps a Prisma driver adapter factory so that each transaction it starts also becomes an
 * SqlSession on the transaction's own connection, handed to `withTransactionSession`. Raw SQL
 * there skips Prisma's client and query compiler, which cost more than the statements an
 * update runs (README, "Performance"). The transaction's statements, Prisma's and the
 * session's, go to the connection one at a time in the order they were made: a use case
 * may read with Promise.all, and pg refuses (from pg 9; pg 8 warns) a second query on a client
 * that is still running one.
 */
export function withTransactionSessions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => reportingAdapter(await factory.connect()),
  };
}

/**
 * Runs `open` (a Prisma interactive transaction whose client was made with an adapter from
 * `withTransactionSessions`) and gives `work` the transaction's client and a raw SQL session on
 * the same connection, so both commit together.
 */
export function withTransactionSession<Client, T>(
  open: (work: (tx: Client) => Promise<T>) => Promise<T>,
  work: (tx: Client, session: SqlSession) => Promise<T>,
): Promise<T> {
  const opening: Opening = {};
  return transactionOpening.run(opening, () =>
    open((tx) => {
      if (!opening.session)
        throw new Error(
          "The database adapter did not hand over its transaction: make the PrismaClient with an adapter wrapped by withTransactionSessions (src/db/transaction-sessions.ts).",
        );
      return work(tx, opening.session);
    }),
  );
}

function reportingAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const start = adapter.startTransaction.bind(adapter);
  // The adapter's other methods are its own: only the start of a transaction is intercepted.
  return Object.assign(Object.create(adapter) as SqlDriverAdapter, {
    startTransaction: async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) => {
      const transaction = await start(...args);
      const opening = transactionOpening.getStore();
      if (!opening) return transaction;
      const inOrder = oneAtATime();
      const state = { ended: false };
      opening.session = sessionOn(connectionOf(transaction), inOrder, state);
      return inOrderTransaction(transaction, inOrder, state);
    },
  });
}

/** The connection inside the adapter's transaction (both adapters keep it as `client`). */
function connectionOf(transaction: Transaction): DriverConnection {
  const connection = (transaction as unknown as { client?: DriverConnection }).client;
  if (typeof connection?.query !== "function")
    throw new Error(
      `The ${transaction.adapterName} adapter's transaction no longer exposes its connection as "client"; src/db/transaction-sessions.ts must follow the adapter's version.`,
    );
  return connection;
}

type InOrder = <T>(run: () => Promise<T>) => Promise<T>;

/** A queue of one: each run starts when the one before it has settled. */
function oneAtATime(): InOrder {
  let last: Promise<unknown> = Promise.resolve();
  return (run) => {
    const result = last.then(run);
    last = result.catch(() => undefined);
    return result;
  };
}

/** Whether the transaction has committed or rolled back: its connection may then serve another. */
interface TransactionState {
  ended: boolean;
}

function sessionOn(connection: DriverConnection, inOrder: InOrder, state: TransactionState): SqlSession {
  const onConnection = <T>(run: () => Promise<T>) =>
    inOrder(() => {
      if (state.ended)
        throw new Error(
          "The update's transaction has ended (its time limit passed, or it failed): nothing more may run on its connection.",
        );
      return run();
    });
  return {
    exec: (sql) =>
      onConnection(async () => {
        await (connection.exec ? connection.exec(sql) : connection.query(sql));
      }),
    query: <Row>(sql: string, params: unknown[] = []) => onConnection(async () => (await connection.query(sql, params)).rows as Row[]),
  };
}

function inOrderTransaction(transaction: Transaction, inOrder: InOrder, state: TransactionState): Transaction {
  const end = (finish: () => Promise<void>) =>
    inOrder(() => {
      state.ended = true;
      return finish();
    });
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => inOrder(() => transaction.queryRaw(query)),
    executeRaw: (query) => inOrder(() => transaction.executeRaw(query)),
    commit: () => end(() => transaction.commit()),
    rollback: () => end(() => transaction.rollback()),
  };
}
