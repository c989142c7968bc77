import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { aggregateFor, aggregateValues } from "../../../src/domain/reports/aggregate.js";
import { giaLai, report } from "./gia-lai.js";

const d = (value: number) => new Decimal(value);

describe("aggregateValues", () => {
  it("sums flows over the quarters", () => {
    expect(aggregateValues("flow", [d(100), d(250), d(0), d(1.5)])?.toString()).toBe("351.5");
  });

  it("takes the last quarter of a stock and of a rate, never their sum", () => {
    expect(aggregateValues("stock", [d(1000), d(1100), d(1200)])?.toString()).toBe("1200");
    expect(aggregateValues("rate", [d(24.5), d(30)])?.toString()).toBe("30");
  });

  it("adds only the quarters that have a value", () => {
    expect(aggregateValues("flow", [d(100), null, undefined, d(50)])?.toString()).toBe("150");
  });

  it("is missing, not zero, when no quarter has a value", () => {
    expect(aggregateValues("flow", [null, undefined])).toBeNull();
    expect(aggregateValues("stock", [])).toBeNull();
  });

  it("keeps a reported zero", () => {
    expect(aggregateValues("flow", [d(0), null])?.toString()).toBe("0");
  });
});

describe("aggregateFor", () => {
  const data = giaLai([
    report("DOAN", "2024-Q1", { HV_MOI: 100 }),
    report("DOAN", "2024-Q2", { HV_MOI: 200 }),
    report("DOAN", "2024-Q3", { HV_MOI: null }),
    report("PN", "2024-Q1", { HV_MOI: 10 }),
  ]);

  it("sums a flow over the half-year with nothing missing", () => {
    const result = aggregateFor(data, "DOAN", "HV_MOI", { kind: "half", year: 2024, half: 1 });
    expect(result.value?.toString()).toBe("300");
    expect(result.missingQuarters).toBe(0);
  });

  it("tells the caller how many quarters of the year are missing", () => {
    const result = aggregateFor(data, "DOAN", "HV_MOI", { kind: "year", year: 2024 });
    expect(result.value?.toString()).toBe("300");
    expect(result.missingQuarters).toBe(2);
    const pn = aggregateFor(data, "PN", "HV_MOI", { kind: "nine_months", year: 2024 });
    expect(pn).toEqual({ value: d(10), missingQuarters: 2 });
  });

  it("takes the last value of a stock", () => {
    const stock = giaLai([report("ND", "2024-Q1", { TONG_HV: 5000 }), report("ND", "2024-Q2", { TONG_HV: 5100 })]);
    stock.indicators.push({
      code: "TONG_HV",
      name: "Tổng số hội viên",
      unit: "người",
      kind: "stock",
      organisationCodes: ["ND"],
      sortOrder: 9,
    });
    expect(aggregateFor(stock, "ND", "TONG_HV", { kind: "half", year: 2024, half: 1 }).value?.toString()).toBe("5100");
  });

  it("has no value for an organisation that never submitted or an unknown indicator", () => {
    expect(aggregateFor(data, "CCB", "HV_MOI", { kind: "quarter", year: 2024, quarter: 1 })).toEqual({ value: null, missingQuarters: 1 });
    expect(aggregateFor(data, "DOAN", "NOPE", { kind: "year", year: 2024 })).toEqual({ value: null, missingQuarters: 4 });
  });
});
