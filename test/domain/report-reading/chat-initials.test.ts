import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG } from "../../../src/domain/catalog/builtin-catalog.js";
import type { BlocCatalog } from "../../../src/domain/catalog/catalog.js";
import { parseCatalog } from "../../../src/domain/catalog/catalog-schema.js";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import { readableIndicator } from "../../../src/domain/report-reading/readable-indicator.js";

/** The built-in catalog's indicators of an organisation, as the reader is given them. */
const indicatorsOf = (organisation: string) =>
  (parseCatalog(BUILTIN_CATALOG)[0] as BlocCatalog).indicators
    .filter((indicator) => indicator.organisations.includes(organisation))
    .map(readableIndicator);

const valuesOf = (text: string, organisation: string, code: string) =>
  (readReport(text, indicatorsOf(organisation)).figures[code] ?? []).map((figure) => figure.value);

describe("chat short forms: lower-case initials beside a number, HTND, ~", () => {
  it('reads "hv" as hội viên where a number stands beside it', () => {
    const text = "Kết quả quý II/2025:\n- kết nạp mới: 1.118 hv\n- giảm: 240 hv";
    expect(valuesOf(text, "ND", "HV_MOI")).toContain("1118");
    expect(valuesOf(text, "ND", "HV_GIAM")).toContain("240");
  });

  it('reads the new members of a sentence that also gives the total of "hv"', () => {
    expect(valuesOf("Quý I/2025: Kết nạp mới 27 hv, tổng số hv hiện nay 1.184 chị.", "PN", "HV_MOI")).toEqual(["27"]);
  });

  it('reads "HTND" as Hỗ trợ nông dân', () => {
    expect(valuesOf("Quý II/2025:\n- quỹ HTND: tổng nguồn đạt 96,4 tỷ", "ND", "ND_QHTND")).toContain("96.4");
  });

  it('reads a chat\'s "~" before a number as "khoảng", as a hedge shown with it', () => {
    const [figure] = readReport("Quý II/2025:\n- tập huấn KHKT: ~58 lớp", indicatorsOf("ND")).figures.ND_TAPHUAN ?? [];
    expect(figure).toMatchObject({ value: "58", hedge: "about" });
    expect(readReport("Quý II/2025:\n- tập huấn KHKT: 58 lớp", indicatorsOf("ND")).figures.ND_TAPHUAN?.[0]?.hedge).toBeNull();
  });
});
