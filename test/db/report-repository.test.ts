import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ReportRepository } from "../../src/db/repositories/report-repository.js";
import { SubmissionRepository } from "../../src/db/repositories/submission-repository.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const AT = new Date("2023-12-10T03:00:00Z");

describe.each(DATABASE_KINDS)("report repository [%s]", (kind) => {
  let database: TestDatabase;
  let reports: ReportRepository;
  let blocId: number;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    reports = new ReportRepository(database.prisma);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    const bloc = await database.prisma.bloc.create({ data: { code: "gl", name: "Gia Lai" } });
    blocId = bloc.id;
    const person = await database.prisma.person.create({ data: { channel: "telegram", externalId: "9103", displayName: "Chị Hoa" } });
    const indicator = await database.prisma.indicator.create({ data: { blocId, code: "GT_DANG", name: "Giới thiệu", unit: "người" } });
    const submissions = new SubmissionRepository(database.prisma, database.sql);
    for (const code of ["PN", "ND"]) {
      const organisation = await database.prisma.organisation.create({ data: { blocId, code, name: `Hội ${code}` } });
      await database.prisma.membership.create({
        data: { personId: person.id, blocId, role: "representative", organisationId: organisation.id },
      });
      for (const periodKey of ["2023-Q3", "2023-Q4"]) {
        const value = `${code === "PN" ? 1 : 2}${periodKey.at(-1)}`;
        const saved = await submissions.submit({
          at: AT,
          blocId,
          organisationId: organisation.id,
          periodKey,
          personId: person.id,
          baseVersion: 0,
          deadline: new Date("2024-01-15T17:00:00Z"),
          draft: { values: { GT_DANG: { value, raw: value, hedge: null } }, texts: {} },
          indicatorIds: { GT_DANG: indicator.id },
        });
        expect(saved).toMatchObject({ kind: "saved" });
      }
    }
  });

  const keyed = (rows: Awaited<ReturnType<ReportRepository["reports"]>>) =>
    rows.map((row) => `${row.organisationCode} ${row.periodKey} ${row.values.GT_DANG}`).sort();

  it("reads the reports of the quarters and organisations asked for, and only those", async () => {
    expect(keyed(await reports.reports(blocId))).toEqual(["ND 2023-Q3 23", "ND 2023-Q4 24", "PN 2023-Q3 13", "PN 2023-Q4 14"]);
    expect(keyed(await reports.reports(blocId, { periodKeys: ["2023-Q4"] }))).toEqual(["ND 2023-Q4 24", "PN 2023-Q4 14"]);
    expect(keyed(await reports.reports(blocId, { periodKeys: ["2023-Q4"], organisationCodes: ["PN"] }))).toEqual(["PN 2023-Q4 14"]);
    expect(await reports.reports(blocId, { periodKeys: ["2022-Q4"] })).toEqual([]);
  });
});
