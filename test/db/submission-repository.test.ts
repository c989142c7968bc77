import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SubmissionRepository } from "../../src/db/repositories/submission-repository.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const AT = new Date("2023-12-10T03:00:00Z");

describe.each(DATABASE_KINDS)("submission repository [%s]", (kind) => {
  let database: TestDatabase;
  let repository: SubmissionRepository;
  let ids: { blocId: number; organisationId: number; personId: number; indicatorId: number };
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    repository = new SubmissionRepository(database.prisma, database.sql);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    const bloc = await database.prisma.bloc.create({ data: { code: "gl", name: "Gia Lai" } });
    const organisation = await database.prisma.organisation.create({ data: { blocId: bloc.id, code: "PN", name: "Hội Phụ nữ" } });
    const person = await database.prisma.person.create({ data: { channel: "telegram", externalId: "9103" } });
    await database.prisma.membership.create({
      data: { personId: person.id, blocId: bloc.id, role: "representative", organisationId: organisation.id },
    });
    const indicator = await database.prisma.indicator.create({
      data: { blocId: bloc.id, code: "GT_DANG", name: "Giới thiệu", unit: "người" },
    });
    ids = { blocId: bloc.id, organisationId: organisation.id, personId: person.id, indicatorId: indicator.id };
  });

  const input = (values: Record<string, string>) => ({
    at: AT,
    blocId: ids.blocId,
    organisationId: ids.organisationId,
    periodKey: "2023-Q4",
    personId: ids.personId,
    baseVersion: 0,
    deadline: new Date("2024-01-15T17:00:00Z"),
    draft: {
      values: Object.fromEntries(Object.entries(values).map(([code, value]) => [code, { value, raw: value, hedge: null }])),
      texts: {},
    },
    indicatorIds: { GT_DANG: ids.indicatorId },
  });

  it("refuses a value of an indicator it was not given, by name, and stores nothing", async () => {
    await expect(repository.submit(input({ GT_DANG: "1290", HV_MOI: "10212" }))).rejects.toThrow(/HV_MOI/);
    expect(await database.prisma.submissionVersion.count()).toBe(0);
    expect(await database.prisma.submission.count({ where: { currentVersion: { gt: 0 } } })).toBe(0);
    expect(await repository.submit(input({ GT_DANG: "1290" }))).toMatchObject({ kind: "saved", version: 1 });
  });

  it("saves a draft at the time it is given, in UTC", async () => {
    const draft = { values: { GT_DANG: { value: "1290", raw: "1290", hedge: null } }, texts: {} };
    await repository.saveDraft(ids.personId, ids.organisationId, "2023-Q4", 0, draft, AT);
    expect((await repository.drafts(ids.personId, ids.organisationId, "2023-Q4")).own?.updatedAt).toBe(AT.toISOString());
    // A session in Vietnam's zone (a server configured so) stores the same instant.
    const later = new Date("2023-12-11T03:00:00Z");
    await database.sql.query("SET TIME ZONE 'Asia/Ho_Chi_Minh'");
    try {
      await repository.saveDraft(ids.personId, ids.organisationId, "2023-Q4", 0, draft, later);
    } finally {
      await database.sql.query("RESET TIME ZONE");
    }
    expect(await repository.drafts(ids.personId, ids.organisationId, "2023-Q4")).toEqual({
      own: { baseVersion: 0, draft, updatedAt: later.toISOString() },
      othersDrafting: [],
    });
  });

  it("reads the person's own draft and names the others drafting the same report", async () => {
    const other = await database.prisma.person.create({ data: { channel: "telegram", externalId: "9104", displayName: "Chị Lan" } });
    const draft = { values: { GT_DANG: { value: "1290", raw: "1290", hedge: null } }, texts: {} };
    await repository.saveDraft(other.id, ids.organisationId, "2023-Q4", 0, draft, AT);
    expect(await repository.drafts(ids.personId, ids.organisationId, "2023-Q4")).toEqual({ own: undefined, othersDrafting: ["Chị Lan"] });
    await repository.saveDraft(ids.personId, ids.organisationId, "2023-Q4", 0, draft, AT);
    expect(await repository.drafts(other.id, ids.organisationId, "2023-Q4")).toEqual({
      own: { baseVersion: 0, draft, updatedAt: AT.toISOString() },
      othersDrafting: ["9103"],
    });
  });

  it("reads a step's two quarters and the lock as current() and isLocked() see them, inside an update's transaction too", async () => {
    expect(await repository.forStep(ids.blocId, ids.organisationId, "2023-Q4", "2023-Q3")).toEqual({
      current: undefined,
      previous: undefined,
      locked: false,
    });
    await repository.submit({ ...input({ GT_DANG: "1200" }), periodKey: "2023-Q3" });
    await repository.submit(input({ GT_DANG: "1290" }));
    await repository.submit({ ...input({ GT_DANG: "1300" }), baseVersion: 1 });
    await repository.setLocked(ids.blocId, "2023-Q4", true, ids.personId, AT);
    const expected = {
      current: await repository.current(ids.organisationId, "2023-Q4"),
      previous: await repository.current(ids.organisationId, "2023-Q3"),
      locked: await repository.isLocked(ids.blocId, "2023-Q4"),
    };
    expect(expected.locked).toBe(true);
    expect(await repository.isLocked(ids.blocId, "2023-Q3")).toBe(false);
    expect(expected.current).toMatchObject({ version: 2, values: { GT_DANG: { value: "1300" } } });
    expect(expected.previous).toMatchObject({ version: 1, values: { GT_DANG: { value: "1200" } } });
    expect(await repository.forStep(ids.blocId, ids.organisationId, "2023-Q4", "2023-Q3")).toEqual(expected);
    const inTransaction = await database.transaction((scope) =>
      new SubmissionRepository(scope.prisma, scope.sql).forStep(ids.blocId, ids.organisationId, "2023-Q4", "2023-Q3"),
    );
    expect(inTransaction).toEqual(expected);
    // The previous quarter is not locked, and a quarter with no report reads as none.
    expect(await repository.forStep(ids.blocId, ids.organisationId, "2023-Q3", "2023-Q2")).toEqual({
      current: expected.previous,
      previous: undefined,
      locked: false,
    });
  });
});
