import { describe, expect, it } from "vitest";
import { formatNumber, formatQuantity, numberToWords } from "../../../src/domain/numbers/format-number.js";
import { resolveUnit } from "../../../src/domain/numbers/units.js";

describe("formatting numbers the Vietnamese way", () => {
  it("groups thousands with dots and writes decimals after a comma", () => {
    expect(formatNumber("42489")).toBe("42.489");
    expect(formatNumber("1250000")).toBe("1.250.000");
    expect(formatNumber("24.93")).toBe("24,93");
    expect(formatNumber("-1406")).toBe("-1.406");
    expect(formatNumber("0")).toBe("0");
  });

  it("writes values with their unit, money also in a readable larger unit", () => {
    expect(formatQuantity("18406", "người")).toBe("18.406 người");
    expect(formatQuantity("24.93", "%")).toBe("24,93%");
    expect(formatQuantity("2500", "triệu đồng")).toBe("2.500 triệu đồng (2,5 tỷ đồng)");
    expect(formatQuantity("12750", "triệu đồng")).toBe("12.750 triệu đồng (12,75 tỷ đồng)");
    expect(formatQuantity("950", "triệu đồng")).toBe("950 triệu đồng");
    expect(formatQuantity("180000000", "đồng")).toBe("180.000.000 đồng (180 triệu đồng)");
  });

  it("reads numbers in words for confirmation", () => {
    expect(numberToWords("42489")).toBe("bốn mươi hai nghìn bốn trăm tám mươi chín");
    expect(numberToWords("1005")).toBe("một nghìn không trăm linh năm");
    expect(numberToWords("21")).toBe("hai mươi mốt");
    expect(numberToWords("24")).toBe("hai mươi tư");
    expect(numberToWords("15")).toBe("mười lăm");
    expect(numberToWords("1000000000000")).toBe("một nghìn tỷ");
    expect(numberToWords("2.05")).toBe("hai phẩy không năm");
    expect(numberToWords("0")).toBe("không");
  });

  it("tells counts, money, percentages and measures apart by the unit", () => {
    expect(resolveUnit("người").kind).toBe("count");
    expect(resolveUnit("cuộc").kind).toBe("count");
    expect(resolveUnit("triệu đồng")).toMatchObject({ kind: "money", dongPerUnit: 1e6 });
    expect(resolveUnit("tỷ đồng")).toMatchObject({ kind: "money", dongPerUnit: 1e9 });
    expect(resolveUnit("%").kind).toBe("percent");
    expect(resolveUnit("ha").kind).toBe("measure");
  });
});
