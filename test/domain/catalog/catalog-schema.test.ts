import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { BUILTIN_CATALOG } from "../../../src/domain/catalog/builtin-catalog.js";
import { CatalogError, parseCatalog } from "../../../src/domain/catalog/catalog-schema.js";
import { projectScenario, scenarioDocument } from "../../support/acceptance.js";

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

  it("loads a scenario file's catalog (the acceptance layout) as it is written", () => {
    const [bloc] = parseCatalog(scenarioDocument(projectScenario("dak-lak-q4-2023.yaml")));
    expect(bloc).toMatchObject({
      name: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Đắk Lắk",
      area: "tỉnh Đắk Lắk",
      level: "province",
      code: "khoi-mat-tran-to-quoc-va-cac-to-chuc-chinh-tri-xa-hoi-tinh-dak-lak",
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

  it("maps a scenario's aggregate onto the indicator kind, and reads a commune bloc from its name", () => {
    const [bloc] = parseCatalog(scenarioDocument(projectScenario("hoa-phu-q2-2024.yaml")));
    expect(bloc).toMatchObject({ level: "commune", area: "xã Hòa Phú" });
    const kinds = Object.fromEntries((bloc?.indicators ?? []).map((indicator) => [indicator.code, indicator.kind]));
    expect(kinds).toEqual({ HV_MOI: "flow", TONG_HV: "stock", QUY_VNN: "flow", TL_GDVH: "rate" });
    expect(bloc?.indicators.find((indicator) => indicator.code === "TL_GDVH")).toMatchObject({ integer: false, max: "100" });
  });

  it("loads the README's catalog example, which is the file test/fixtures/catalogs/example.yaml", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    const file = parseYaml(readFileSync(new URL("../../fixtures/catalogs/example.yaml", import.meta.url), "utf8"));
    expect(parseYaml(example ?? "")).toEqual(file);
    const [bloc] = parseCatalog(file);
    expect(bloc?.organisations.map((org) => org.code)).toEqual(["MTTQ", "ND"]);
    expect(bloc?.convener).toBe("Thường trực Tỉnh ủy");
    expect(bloc?.indicators.find((indicator) => indicator.code === "HV_MOI")).toMatchObject({
      max: "100000",
      firstQuarter: "2023-Q1",
      lastQuarter: "2025-Q2",
      phrase: "kết nạp {value} hội viên mới",
      loss: false,
    });
    expect(bloc?.indicators.find((indicator) => indicator.code === "HV_GIAM")).toMatchObject({
      phrase: "giảm {value} hội viên",
      loss: true,
    });
  });

  it("derives commune level and the area from a commune bloc's name", () => {
    const [bloc] = parseCatalog(minimal);
    expect(bloc).toMatchObject({ level: "commune", area: "xã Ia Grai" });
    expect(bloc?.schedule).toEqual({
      opensOnDayOfLastMonth: 1,
      deadlineDayOfNextMonth: 15,
      opensDaysBeforeMeeting: 20,
      deadlineDaysBeforeMeeting: 5,
      reminderOffsetsDays: [5, 2, 0],
      reminderHour: 8,
    });
  });

  it("takes a bloc's own reminder offsets and hour, and refuses a night-time hour", () => {
    const [bloc] = parseCatalog({ ...minimal, schedule: { reminder_offsets_days: [7, 1], reminder_hour: 7 } });
    expect(bloc?.schedule).toMatchObject({ reminderOffsetsDays: [7, 1], reminderHour: 7 });
    expect(() => parseCatalog({ ...minimal, schedule: { reminder_hour: 23 } })).toThrow("reminder_hour");
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

  it("reads who convenes the bloc's giao ban, optional, in both layouts, and refuses one that is not a text", () => {
    expect(parseCatalog(minimal)[0]?.convener).toBeUndefined();
    const convened = { ...minimal, bloc: { ...minimal.bloc, convener: " Thường trực Tỉnh ủy " } };
    expect(parseCatalog(convened)[0]?.convener).toBe("Thường trực Tỉnh ủy");
    expect(parseCatalog(scenarioDocument(projectScenario("dak-lak-q4-2023.yaml")))[0]?.convener).toBe("Thường trực Tỉnh ủy");
    expect(parseCatalog(scenarioDocument(projectScenario("hoa-phu-q2-2024.yaml")))[0]?.convener).toBeUndefined();
    expect(problemsOf({ ...minimal, bloc: { ...minimal.bloc, convener: 42 } })).toContain("bloc.convener");
    expect(problemsOf({ ...minimal, bloc: { ...minimal.bloc, convener: "  " } })).toContain("bloc.convener");
  });

  it("refuses a file without a bloc name", () => {
    expect(problemsOf({ organisations: minimal.organisations, indicators: minimal.indicators })).toContain("bloc");
  });
});
