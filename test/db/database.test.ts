import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, openPostgres } from "../../src/db/database.js";
import { applyMigrations, readMigrations } from "../../src/db/migrate.js";
import { InboxRepository } from "../../src/db/repositories/inbox-repository.js";
import type { SqlSession } from "../../src/db/sql-session.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

describe.each(DATABASE_KINDS)("database [%s]", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());
  beforeEach(() => database.reset());

  it("has every migration applied, and applying again does nothing", async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(await applyMigrations(database.sessions, migrations)).toEqual([]);
  });

  it("stores exact decimals, never floats", async () => {
    const bloc = await database.prisma.bloc.create({ data: { code: "gl", name: "Gia Lai" } });
    const indicator = await database.prisma.indicator.create({
      data: {
        blocId: bloc.id,
        code: "VNN",
        name: "Quỹ",
        unit: "triệu đồng",
        max: "99999999999.999999",
      },
    });
    const stored = await database.prisma.indicator.findUniqueOrThrow({
      where: { id: indicator.id },
    });
    expect(stored.max?.toFixed()).toBe("99999999999.999999");
  });

  it("claims an update once, whether or not it was accepted into the inbox first, and lists what is pending", async () => {
    const inbox = new InboxRepository(database.sql);
    expect(await inbox.claim("bot", 42, "1", "ok")).toBe(true);
    expect(await inbox.claim("bot", 42, "1", "ok")).toBe(false);
    expect(await inbox.claim("other-bot", 42, "1", "ok")).toBe(true);
    await inbox.accept("bot", [
      { updateId: 43, chatKey: "1", payload: { update_id: 43 } },
      { updateId: 42, chatKey: "1", payload: { update_id: 42 } },
    ]);
    expect(await inbox.pending("bot")).toEqual([{ updateId: 43, chatKey: "1", payload: { update_id: 43 } }]);
    expect(await inbox.claim("bot", 43, "1", "ok")).toBe(true);
    expect(await inbox.pending("bot")).toEqual([]);
  });

  it("runs a transaction's raw SQL on the transaction's connection: it sees the transaction's writes and rolls back with them", async () => {
    const failed = database.transaction(async ({ prisma, sql }) => {
      await prisma.bloc.create({ data: { code: "gl", name: "Gia Lai" } });
      await sql.query(`INSERT INTO "Bloc" ("code", "name", "updatedAt") VALUES ($1, $2, now())`, ["dl", "Đắk Lắk"]);
      const seen = await sql.query<{ code: string }>(`SELECT "code" FROM "Bloc" ORDER BY "code"`);
      expect(seen.map((row) => row.code)).toEqual(["dl", "gl"]);
      expect(await prisma.bloc.count()).toBe(2);
      throw new Error("the update failed");
    });
    await expect(failed).rejects.toThrow("the update failed");
    expect(await database.prisma.bloc.count()).toBe(0);
  });

  it("refuses raw SQL on a transaction's connection once it has ended, where another update may hold it", async () => {
    let kept: SqlSession | undefined;
    await database.transaction(async ({ sql }) => {
      kept = sql;
      await sql.query(`SELECT 1`);
    });
    await expect(kept?.query(`SELECT 1`)).rejects.toThrow("transaction has ended");
  });

  it("sends a transaction's statements one at a time, even when a use case makes them at once", async () => {
    const inFlight = { now: 0, most: 0 };
    const count = (query: (...args: unknown[]) => Promise<unknown>) =>
      async function (this: unknown, ...args: unknown[]) {
        inFlight.now += 1;
        inFlight.most = Math.max(inFlight.most, inFlight.now);
        try {
          return await query.apply(this, args);
        } finally {
          inFlight.now -= 1;
        }
      };
    const codes = await database.transaction(async ({ prisma, sql }) => {
      await prisma.bloc.create({ data: { code: "gl", name: "Gia Lai" } });
      // Counted from here: the connection of this transaction only.
      const connection = (await import("pg")).default.Client.prototype;
      const original = connection.query;
      connection.query = count(original as never) as never;
      try {
        return await Promise.all([
          sql.query<{ code: string }>(`SELECT "code" FROM "Bloc"`),
          prisma.bloc.findMany({ select: { code: true } }),
          sql.query<{ code: string }>(`SELECT "code", pg_sleep(0.01) FROM "Bloc"`),
          prisma.bloc.count(),
        ]);
      } finally {
        connection.query = original;
      }
    });
    expect(codes).toEqual([[{ code: "gl" }], [{ code: "gl" }], [{ code: "gl", pg_sleep: "" }], 1]);
    if (kind === "postgres") expect(inFlight.most).toBe(1);
  });
});

describe("embedded PGlite folder", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "giaoban-pglite-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is created and migrated on first start, and keeps its data when reopened", async () => {
    const first = await openDatabase({ dataDir: join(dir, "data") });
    await first.prisma.bloc.create({ data: { code: "gl", name: "Gia Lai" } });
    await first.close();

    const second = await openDatabase({ dataDir: join(dir, "data") });
    expect((await second.prisma.bloc.findMany()).map((bloc) => bloc.name)).toEqual(["Gia Lai"]);
    await second.close();
  }, 60_000);
});

// Needs a PostgreSQL server: runs when TEST_DATABASE_URL is set (as .ci/run does).
describe.runIf(process.env.TEST_DATABASE_URL)("an empty PostgreSQL database [postgres]", () => {
  it("is migrated once when two instances start together", async () => {
    const database = await openTestDatabase("postgres");
    await database.sessions.withSession((session) => session.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`));
    const url = await database.sessions.withSession(async (session) => {
      const [row] = await session.query<{ db: string }>("SELECT current_database() AS db");
      const target = new URL(process.env.TEST_DATABASE_URL ?? "");
      target.pathname = `/${row?.db}`;
      return target.toString();
    });
    const [a, b] = await Promise.all([openDatabase({ databaseUrl: url }), openDatabase({ databaseUrl: url })]);
    const check = openPostgres(url);
    const rows = await check.sessions.withSession((session) => session.query<{ name: string }>(`SELECT name FROM "_giaoban_migrations"`));
    expect(rows.map((row) => row.name)).toEqual((await readMigrations()).map((m) => m.name));
    await Promise.all([a.close(), b.close(), check.close()]);
    await database.close();
  });

  it("goes on when the server ends its idle connections, and says so", async () => {
    const database = await openTestDatabase("postgres");
    const [row] = await database.sql.query<{ db: string }>("SELECT current_database() AS db");
    const lost: Error[] = [];
    const url = new URL(process.env.TEST_DATABASE_URL ?? "");
    url.pathname = `/${row?.db}`;
    const app = await openDatabase({ databaseUrl: url.toString() }, { migrate: false, onConnectionError: (error) => lost.push(error) });
    await app.sql.query("SELECT 1");
    await database.sql.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [
      row?.db,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lost.map((error) => (error as Error & { code?: string }).code)).toContain("57P01");
    expect(await app.sql.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await app.close();
    await database.close();
  });
});
