import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyCatalogs, catalogsToLoad } from "../../src/app/catalog-service.js";
import { createServices } from "../../src/app/services.js";
import { countDatabaseErrors } from "../../src/db/count-database-errors.js";
import type { Database } from "../../src/db/database.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

describe.each(DATABASE_KINDS)("database errors counted [%s]", (kind) => {
  let raw: TestDatabase;
  let database: Database;
  let errors = 0;
  beforeAll(async () => {
    raw = await openTestDatabase(kind);
    database = countDatabaseErrors(raw, () => errors++);
  });
  afterAll(() => raw.close());
  beforeEach(async () => {
    await raw.reset();
    errors = 0;
  });

  it("counts nothing while every statement succeeds, transactions included", async () => {
    const services = createServices(database, () => new Date("2023-12-10T03:00:00Z"));
    const [bloc] = await applyCatalogs(services.catalog, await catalogsToLoad(undefined), new Date("2023-12-10T03:00:00Z"));
    expect(bloc?.name).toBeTruthy();
    expect(await database.sql.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    expect(errors).toBe(0);
  });

  it("counts each failed statement, Prisma's, raw SQL's and a dedicated session's, and passes the error on", async () => {
    await database.prisma.bloc.create({ data: { code: "gl", name: "Gia Lai" } });
    await expect(database.prisma.bloc.create({ data: { code: "gl", name: "Gia Lai" } })).rejects.toThrow();
    await expect(database.prisma.$transaction(async (tx) => tx.bloc.create({ data: { code: "gl", name: "again" } }))).rejects.toThrow();
    await expect(database.sql.query("SELECT * FROM no_such_table")).rejects.toThrow(/no_such_table/);
    await expect(database.sessions.withSession((session) => session.exec("SELEC 1"))).rejects.toThrow();
    expect(errors).toBe(4);
  });
});
