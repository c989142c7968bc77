import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyCatalogs } from "../../src/app/catalog-service.js";
import { CatalogRepository } from "../../src/db/repositories/catalog-repository.js";
import { BUILTIN_CATALOG } from "../../src/domain/catalog/builtin-catalog.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

describe.each(DATABASE_KINDS)("catalog in the database [%s]", (kind) => {
  let database: TestDatabase;
  let repository: CatalogRepository;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    repository = new CatalogRepository(database.prisma);
  });
  afterAll(() => database.close());
  beforeEach(() => database.reset());

  it("creates the bloc, its organisations and indicators in catalog order", async () => {
    const [bloc] = await applyCatalogs(repository, parseCatalog(BUILTIN_CATALOG), new Date());
    if (!bloc) throw new Error("no bloc");
    expect((await repository.organisations(bloc.id)).map((org) => org.code)).toEqual(["MTTQ", "DOAN", "PN", "ND", "CCB", "LDLD"]);
    const indicators = await repository.indicators(bloc.id);
    expect(indicators[0]).toMatchObject({ code: "HV_MOI", kind: "flow", organisationCodes: ["DOAN", "PN", "ND", "CCB", "LDLD"] });
    expect(indicators.find((indicator) => indicator.code === "QUY_VNN")).toMatchObject({ integer: false, max: "1000000" });
  });

  it("keeps each indicator's phrase for the briefing, and which ones count a loss", async () => {
    const [bloc] = await applyCatalogs(repository, parseCatalog(BUILTIN_CATALOG), new Date());
    if (!bloc) throw new Error("no bloc");
    const indicators = await repository.indicators(bloc.id);
    expect(indicators.every((indicator) => indicator.phrase?.includes("{value}"))).toBe(true);
    expect(indicators.find((indicator) => indicator.code === "HV_GIAM")).toMatchObject({
      phrase: "giảm {value} đoàn viên, hội viên",
      loss: true,
    });
    expect(indicators.filter((indicator) => indicator.loss).map((indicator) => indicator.code)).toEqual(["HV_GIAM"]);
  });

  it("gives each indicator the English name of the catalog applied, or none", async () => {
    const catalog = parseCatalog(BUILTIN_CATALOG);
    const [bloc] = await applyCatalogs(repository, catalog, new Date());
    if (!bloc) throw new Error("no bloc");
    expect((await repository.indicators(bloc.id))[0]).toMatchObject({ code: "HV_MOI", nameEn: "New members" });
    const unnamed = catalog.map((bc) => ({ ...bc, indicators: bc.indicators.map((item) => ({ ...item, nameEn: undefined })) }));
    await applyCatalogs(repository, unnamed, new Date());
    expect((await repository.indicators(bloc.id))[0]).toMatchObject({ code: "HV_MOI", nameEn: null });
  });

  it("retires an indicator removed from the file, keeping its figures", async () => {
    const catalog = parseCatalog(BUILTIN_CATALOG);
    const [bloc] = await applyCatalogs(repository, catalog, new Date());
    if (!bloc) throw new Error("no bloc");
    const indicator = (await repository.indicators(bloc.id)).find((item) => item.code === "GIAM_SAT");
    const org = (await repository.organisations(bloc.id)).find((item) => item.code === "MTTQ");
    const person = await database.prisma.person.create({ data: { channel: "telegram", externalId: "9101" } });
    const submission = await database.prisma.submission.create({
      data: { blocId: bloc.id, organisationId: org?.id ?? 0, periodKey: "2023-Q4", currentVersion: 1 },
    });
    const version = await database.prisma.submissionVersion.create({
      data: { submissionId: submission.id, version: 1, submittedById: person.id },
    });
    await database.prisma.submissionValue.create({ data: { versionId: version.id, indicatorId: indicator?.id ?? 0, value: "14" } });

    const without = catalog.map((bc) => ({ ...bc, indicators: bc.indicators.filter((item) => item.code !== "GIAM_SAT") }));
    await applyCatalogs(repository, without, new Date());

    expect((await repository.indicators(bloc.id)).map((item) => item.code)).not.toContain("GIAM_SAT");
    const retired = (await repository.indicators(bloc.id, { includeRetired: true })).find((item) => item.code === "GIAM_SAT");
    expect(retired?.retired).toBe(true);
    const kept = await database.prisma.submissionValue.findFirstOrThrow({ where: { indicatorId: indicator?.id ?? 0 } });
    expect(kept.value?.toFixed()).toBe("14");

    await applyCatalogs(repository, catalog, new Date());
    expect((await repository.indicators(bloc.id)).map((item) => item.code)).toContain("GIAM_SAT");
  });
});
