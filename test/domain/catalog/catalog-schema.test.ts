import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG } from "../../../src/domain/catalog/builtin-catalog.js";
import { CatalogError, parseCatalog } from "../../../src/domain/catalog/catalog-schema.js";
import { scenarioDocument } from "../../support/acceptance.js";

function problemsOf(document: unknown): string {
  try {
    parseCatalog(document);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as Error).message;
  }
  throw new Error("expected the catalog to be refused");
}

const minimal = {
  bloc: { name: "Khối MTTQ xã Ia Grai", code: "ia-grai" },
  organisations: [{ code: "MTTQ", name: "Ủy ban MTTQ xã" }],
  indicators: [{ code: "QUY_VNN", name: "Quỹ Vì người nghèo", unit: "triệu đồng", orgs: ["MTTQ"] }],
};

describe("the catalog file", () => {
  it("loads the built-in provincial catalog: six organisations, shared and own indicators", () => {
    const [bloc] = parseCatalog(BUILTIN_CATALOG);
    expect(bloc?.organisations.map((org) => org.code)).toEqual(["MTTQ", "DOAN", "PN", "ND", "CCB", "LDLD"]);
    const shared = bloc?.indicators.filter((indicator) => indicator.organisations.length === 5);
    expect(shared?.map((indicator) => indicator.code)).toEqual(["HV_MOI", "HV_GIAM", "GT_DANG", "KN_DANG"]);
    for (const org of bloc?.organisations ?? [])
      expect(bloc?.indicators.some((indicator) => indicator.organisations.includes(org.code))).toBe(true);
  });

  it("reads an indicator's optional English name, which the built-in catalog gives every indicator", () => {
    const [bloc] = parseCatalog(BUILTIN_CATALOG);
    expect(bloc?.indicators.every((indicator) => indicator.nameEn)).toBe(true);
    expect(bloc?.indicators[0]?.nameEn).toBe("New members");
    expect(parseCatalog(minimal)[0]?.indicators[0]?.nameEn).toBeUndefined();
    const named = { ...minimal, indicators: [{ ...minimal.indicators[0], name_en: "Fund for the Poor" }] };
    expect(parseCatalog(named)[0]?.indicators[0]?.nameEn).toBe("Fund for the Poor");
  });

  it("loads the acceptance scenario's catalog as it is written", () => {
    const [bloc] = parseCatalog(scenarioDocument("gia-lai-q4-2023.yaml"));
    expect(bloc).toMatchObject({
      name: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai",
      area: "tỉnh Gia Lai",
      level: "province",
      code: "khoi-mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi-tinh-gia-lai",
      groupChat: "telegram:-1001000000001",
    });
    expect(bloc?.organisations).toHaveLength(6);
    const fund = bloc?.indicators.find((indicator) => indicator.code === "QUY_VNN");
    expect(fund).toMatchObject({
      kind: "flow",
      integer: false,
      unit: "triệu đồng",
      organisations: ["MTTQ"],
    });
    expect(bloc?.indicators.find((indicator) => indicator.code === "HV_MOI")?.integer).toBe(true);
  });

  it("derives commune level and the area from a commune bloc's name", () => {
    const [bloc] = parseCatalog(minimal);
    expect(bloc).toMatchObject({ level: "commune", area: "xã Ia Grai" });
    expect(bloc?.schedule).toEqual({ opensOnDayOfLastMonth: 1, deadlineDayOfNextMonth: 15 });
  });

  it("loads several blocs from one file", () => {
    const blocs = parseCatalog({
      blocs: [minimal, { ...minimal, bloc: { name: "Khối MTTQ xã Chư Păh", code: "chu-pah" } }],
    });
    expect(blocs.map((bloc) => bloc.code)).toEqual(["ia-grai", "chu-pah"]);
  });

  it("names each problem by its path", () => {
    const broken = {
      ...minimal,
      indicators: [
        minimal.indicators[0],
        { code: "X", name: "Thiếu đơn vị", orgs: ["MTTQ"] },
        { code: "Y", name: "Y", unit: "người", orgs: [] },
        { code: "Z", name: "Z", unit: "người", orgs: ["MTTQ"], kind: "average" },
      ],
    };
    const message = problemsOf(broken);
    expect(message).toContain("indicators[1].unit: required");
    expect(message).toContain("indicators[2].orgs: must name at least one organisation");
    expect(message).toContain("indicators[3].kind");
  });

  it("refuses unknown organisations and duplicate codes", () => {
    const message = problemsOf({
      ...minimal,
      indicators: [
        { code: "A", name: "A", unit: "người", orgs: ["HND"] },
        { code: "A", name: "A again", unit: "người", orgs: ["MTTQ"] },
      ],
    });
    expect(message).toContain('indicators[0].orgs: "HND" is not an organisation of this bloc');
    expect(message).toContain('indicators[1].code: "A" is listed twice');
  });

  it("refuses a file without a bloc name", () => {
    expect(problemsOf({ organisations: minimal.organisations, indicators: minimal.indicators })).toContain("bloc");
  });
});
