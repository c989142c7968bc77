import { describe, expect, it } from "vitest";
import { BUILTIN_CATALOG } from "../../../src/domain/catalog/builtin-catalog.js";
import type { BlocCatalog } from "../../../src/domain/catalog/catalog.js";
import { parseCatalog } from "../../../src/domain/catalog/catalog-schema.js";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import { readableIndicator } from "../../../src/domain/report-reading/readable-indicator.js";

/** The built-in catalog's indicators of the Hội Cựu chiến binh, as the reader is given them. */
const INDICATORS = (parseCatalog(BUILTIN_CATALOG)[0] as BlocCatalog).indicators
  .filter((indicator) => indicator.organisations.includes("CCB"))
  .map(readableIndicator);

const figuresOf = (text: string, code: string) => readReport(text, INDICATORS).figures[code] ?? [];

describe("a count stated as none", () => {
  it('reads "không có hội viên nào được kết nạp Đảng" (unaccented too) as 0, shown with its words', () => {
    const [figure, ...others] = figuresOf("Quy I/2026:\n- trong quy khong co hoi vien nao duoc ket nap Dang.", "KN_DANG");
    expect(others).toEqual([]);
    expect(figure?.value).toBe("0");
    expect(figure?.raw).toBe("khong co hoi vien nao");
    expect(figure?.sentence).toContain(figure?.raw);
  });

  it('reads "chưa có nhà nào được khởi công" as 0 houses', () => {
    expect(
      figuresOf('Quý I/2026:\n- Nhà "Nghĩa tình đồng đội": trong quý chưa có nhà nào được khởi công.', "CCB_NHA").map(
        (figure) => figure.value,
      ),
    ).toEqual(["0"]);
  });

  it("proposes the quarter's none first, beside the year's plan in the same sentence", () => {
    const text = 'Quy I/2026:\n- Nha "Nghia tinh dong doi": trong quy chua co nha nao duoc khoi cong, dang van dong xay 12 can trong nam.';
    expect(figuresOf(text, "CCB_NHA").map((figure) => figure.value)[0]).toBe("0");
  });
});
