import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG } from "../../../src/domain/catalog/builtin-catalog.js";
import type { BlocCatalog } from "../../../src/domain/catalog/catalog.js";
import { parseCatalog } from "../../../src/domain/catalog/catalog-schema.js";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import { readableIndicator } from "../../../src/domain/report-reading/readable-indicator.js";

/** The built-in catalog's indicators of the Liên đoàn Lao động, as the reader is given them. */
const INDICATORS = (parseCatalog(BUILTIN_CATALOG)[0] as BlocCatalog).indicators
  .filter((indicator) => indicator.organisations.includes("LDLD"))
  .map(readableIndicator);

const founded = (text: string) => (readReport(text, INDICATORS).figures.CD_CDCS_MOI ?? []).map((figure) => figure.value);

describe("a lone digit word before a counted noun of several words", () => {
  it('reads "bảy công đoàn cơ sở" as 7 unions founded', () => {
    expect(founded("Quý II/2026: các cấp công đoàn đã thành lập mới bảy công đoàn cơ sở, phát triển mới 2.964 đoàn viên.")).toEqual(["7"]);
  });

  it('does not read "năm" before another noun as a count ("năm công tác")', () => {
    expect(founded("Quý II/2026: trong năm công tác, đã thành lập mới công đoàn cơ sở ở các khu công nghiệp.")).toEqual([]);
  });
});
