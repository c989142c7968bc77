import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, numberToWords } from "../../../src/domain/numbers/format-number.js";
import { type NumberExpectation, parseNumber } from "../../../src/domain/numbers/parse-number.js";

const people: NumberExpectation = { unit: "người", integer: true };
const millions: NumberExpectation = { unit: "triệu đồng", integer: false };
const percent: NumberExpectation = { unit: "%", integer: false };

function readValue(input: string, expectation: NumberExpectation = people): string | undefined {
  const parsed = parseNumber(input, expectation);
  return parsed.kind === "value" ? parsed.value.toFixed() : undefined;
}

describe("parseNumber: figures as officials type them", () => {
  it.each([
    ["18.406", "18406"],
    ["1 290", "1290"],
    ["10212", "10212"],
    ["1.250.000", "1250000"],
    ["１２３", "123"],
    ["12 người", "12"],
    ["  42.489 đoàn viên ", "42489"],
    ["0", "0"],
    ["không", "0"],
    ["không có", "0"],
    ["ko", "0"],
    ["1,5 nghìn", "1500"],
    ["2k", "2000"],
  ])("reads %j as %s for a count of people", (input, expected) => {
    expect(readValue(input)).toBe(expected);
  });

  it.each([
    ["mười nghìn", "10000"],
    ["hai nghìn một trăm mười lăm", "2115"],
    ["hai mươi mốt nghìn", "21000"],
    ["mười hai hội viên", "12"],
    ["một nghìn không trăm linh năm", "1005"],
    ["một trăm lẻ tư", "104"],
    ["một trăm hai", "120"],
    ["hai lăm", "25"],
    ["ba nghìn rưỡi", "3500"],
    ["hai ngàn", "2000"],
    ["muoi hai", "12"],
    ["bon muoi hai nghin bon tram tam muoi chin", "42489"],
  ])("reads the words %j as %s", (input, expected) => {
    const parsed = parseNumber(input, people);
    expect(parsed).toMatchObject({ kind: "value", fromWords: true });
    expect(parsed.kind === "value" && parsed.value.toFixed()).toBe(expected);
  });

  it.each([
    ["2,5 tỷ", "2500"],
    ["2.5 tỷ", "2500"],
    ["13 tỷ", "13000"],
    ["13 tỉ", "13000"],
    ["2 tỷ 500 triệu", "2500"],
    ["2 tỷ 500", "2500"],
    ["hai tỷ hai", "2200"],
    ["1tr5", "1.5"],
    ["95tr", "95"],
    ["95 triệu đồng", "95"],
    ["180.000.000 đồng", "180"],
    ["500k", "0.5"],
    ["500.000đ", "0.5"],
    ["12.750", "12750"],
    ["12tỷ750", "12750"],
    ["12,75 tỷ", "12750"],
    ["12.750.000.000 đồng", "12750"],
    ["mười hai tỷ bảy trăm năm mươi triệu", "12750"],
    ["hai triệu rưỡi", "2.5"],
    ["1.250.000,5 VNĐ", "1.2500005"],
  ])("converts the money %j into triệu đồng: %s", (input, expected) => {
    expect(readValue(input, millions)).toBe(expected);
  });

  it("reads percentages with a decimal comma or point", () => {
    expect(readValue("24,93%", percent)).toBe("24.93");
    expect(readValue("24.93", percent)).toBe("24.93");
    expect(readValue("55 phần trăm", percent)).toBe("55");
    expect(readValue("hai phẩy năm", percent)).toBe("2.5");
  });

  it.each([
    ["khoảng 500 người", "about"],
    ["khoang 500", "about"],
    ["hơn 1.000", "over"],
    ["trên 1.000", "over"],
    ["1.000+", "over"],
    ["gần 500", "nearly"],
    ["dưới 50", "under"],
    ["tạm tính 500", "about"],
  ])("records the hedge in %j as %s", (input, hedge) => {
    expect(parseNumber(input, people)).toMatchObject({ kind: "value", hedge });
  });

  it("asks rather than guesses when the same text means two numbers", () => {
    const dotForCount = parseNumber("2.5", people);
    expect(dotForCount.kind).toBe("ambiguous");
    expect(dotForCount.kind === "ambiguous" && dotForCount.readings.map(String)).toEqual(["25"]);
    const comma = parseNumber("100,000", people);
    expect(comma.kind === "ambiguous" && comma.readings.map(String)).toEqual(["100000", "100"]);
    const dong = parseNumber("180.000.000", millions);
    expect(dong.kind === "ambiguous" && dong.readings.map(String)).toEqual(["180000000", "180"]);
    expect(parseNumber("95 triệu đồng", people)).toMatchObject({
      kind: "ambiguous",
      reason: "unit_mismatch",
    });
    expect(parseNumber("12%", people)).toMatchObject({
      kind: "ambiguous",
      reason: "unit_mismatch",
    });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "not_a_number"],
    ["😀", "not_a_number"],
    ["không biết", "not_a_number"],
    ["-5", "negative"],
    ["âm 5", "negative"],
    ["NaN", "not_finite"],
    ["Infinity", "not_finite"],
    ["1e5", "exponent"],
    ["0x1F", "hex"],
    ["12 15", "several_numbers"],
    ["500-600", "several_numbers"],
    ["vài chục", "vague"],
    ["hàng trăm người", "vague"],
    ["1.2.3", "malformed"],
    ["3O", "malformed"],
    ["1l0", "malformed"],
    ["9".repeat(20), "too_large"],
    ["1".repeat(300), "too_long"],
  ])("refuses %j with the reason %s", (input, reason) => {
    expect(parseNumber(input, people)).toMatchObject({ kind: "refused", reason });
  });

  it("refuses values outside the bounds it is given, naming the bound", () => {
    expect(parseNumber("150", { ...people, max: 100 })).toEqual({
      kind: "refused",
      reason: "above_maximum",
      params: { max: "100" },
    });
    expect(parseNumber("5", { ...people, min: 10 })).toEqual({
      kind: "refused",
      reason: "below_minimum",
      params: { min: "10" },
    });
    expect(readValue("-5", { ...percent, allowNegative: true })).toBe("-5");
  });

  it("reads back every integer as this bot writes it, in figures and in words", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1_000_000_000_000_000n }), (n) => {
        expect(readValue(formatNumber(n.toString()))).toBe(n.toString());
        expect(readValue(numberToWords(n.toString()))).toBe(n.toString());
      }),
      { numRuns: 500 },
    );
  });

  it("reads back decimals as written in every unit, or asks when the comma could group thousands", () => {
    const units = [percent, millions, { unit: "ha", integer: false }, { unit: "tỷ đồng", integer: false }];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(...units),
        (whole, hundredths, unit) => {
          const value = new Decimal(whole).plus(new Decimal(hundredths).dividedBy(1000));
          const parsed = parseNumber(formatNumber(value), unit);
          if (parsed.kind === "value") expect(parsed.value.equals(value)).toBe(true);
          else expect(parsed.kind === "ambiguous" && parsed.readings.some((reading) => reading.equals(value))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws and always answers one of its three kinds, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(people, millions, percent), (input, expectation) => {
        expect(["value", "ambiguous", "refused"]).toContain(parseNumber(input, expectation).kind);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on number words in any order, digits after 'phẩy' included", () => {
    const words = ["một", "hai", "năm", "lăm", "mươi", "trăm", "nghìn", "triệu", "tỷ", "linh", "rưỡi", "phẩy", "1", "25", "2,5", "đồng"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 7 }),
        fc.constantFrom(people, millions, percent),
        (parts, expectation) => {
          expect(["value", "ambiguous", "refused"]).toContain(parseNumber(parts.join(" "), expectation).kind);
        },
      ),
      { numRuns: 3000 },
    );
    expect(readValue("trăm phẩy 1 trăm 1", percent)).toBe("100.11");
    expect(readValue("hai phẩy 5 mươi", percent)).toBe("2.5");
  });

  it("never reads a count as a fraction of a person", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (input) => {
        const parsed = parseNumber(input, people);
        if (parsed.kind === "value") expect(parsed.value.isInteger()).toBe(true);
        if (parsed.kind === "ambiguous") expect(parsed.readings.every((reading) => reading.isInteger())).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseNumber: what a reviewer typed and found misread", () => {
  const billions: NumberExpectation = { unit: "tỷ đồng", integer: false };

  it.each([
    ["hai tỷ năm trăm", "2500"],
    ["1 tỷ 2 trăm", "1200"],
    ["3 triệu 2 trăm", "3.2"],
    ["hai triệu năm trăm", "2.5"],
    ["hai tỷ năm mươi", "2050"],
    ["hai triệu không nghìn năm trăm đồng", "2.0005"],
    ["tỷ rưỡi", "1500"],
    ["nửa tỷ", "500"],
    ["trăm triệu", "100"],
    ["1tr25", "1.25"],
    ["2 tỷ 05", "2050"],
    [",5", "0.5"],
    [".5", "0.5"],
    ["0.500", "0.5"],
  ])("reads the money %j in triệu đồng as %s, as it is said", (input, expected) => {
    expect(readValue(input, millions)).toBe(expected);
  });

  it.each([
    ["2 tỷ 50", millions, ["2500", "2050"]],
    ["2.500.000", millions, ["2500000", "2.5"]],
    ["2,500,000", millions, ["2500000", "2.5"]],
    ["500.000", millions, ["500000", "0.5"]],
    ["350.000.000", billions, ["350000000", "0.35"]],
  ])("asks about %j: it could be %j", (input, expectation, readings) => {
    const parsed = parseNumber(input, expectation);
    expect(parsed.kind === "ambiguous" && parsed.readings.map((reading) => reading.toFixed())).toEqual(readings);
  });

  it.each([
    ["một nghìn linh năm", "1005"],
    ["mười hai nghìn lẻ năm", "12005"],
    ["làm được 12 công trình", "12"],
    ["12 người ngoài tỉnh", "12"],
  ])("reads %j as %s", (input, expected) => {
    expect(readValue(input)).toBe(expected);
  });

  it("reads a rate after the words 'tỷ lệ' without taking them for billions", () => {
    expect(readValue("tỷ lệ 55%", percent)).toBe("55");
    expect(readValue("tỉ lệ đạt 6,5%", percent)).toBe("6.5");
  });

  it.each([
    ["trên dưới 100", "about"],
    ["12 người ngoài tỉnh", null],
  ])("records the hedge of %j as %s", (input, hedge) => {
    expect(parseNumber(input, people)).toMatchObject({ kind: "value", hedge });
  });

  it.each([["hia mươi"], ["hia trăm năm mươi"], ["tr5"], ["k5"]])("refuses the mistyped %j rather than drop a word", (input) => {
    expect(parseNumber(input, millions)).toMatchObject({ kind: "refused", reason: "malformed" });
  });

  it("confirms in words that keep every place: 2.000.500 is not 2,5 triệu", () => {
    expect(numberToWords("2000500")).toBe("hai triệu không nghìn năm trăm");
    expect(numberToWords("1000005")).toBe("một triệu không nghìn không trăm linh năm");
    expect(numberToWords("2500000")).toBe("hai triệu năm trăm nghìn");
  });
});

describe("parseNumber: what a second reviewer typed", () => {
  const billions: NumberExpectation = { unit: "tỷ đồng", integer: false };
  const dong: NumberExpectation = { unit: "đồng", integer: true };

  it.each([
    ["hai tramw", people, "200"],
    ["hai tramf nguoi", people, "200"],
    ["ba nghinf", people, "3000"],
    ["muowif hai", people, "12"],
    ["5 tyr", millions, "5000"],
    ["1,2 tyr", millions, "1200"],
    ["2 trieuj", dong, "2000000"],
    ["850 trđ", billions, "0.85"],
    ["850trd", dong, "850000000"],
    ["tầm 45 người", people, "45"],
    ["tầm chục người", people, "10"],
    ["ko co ai ca", people, "0"],
    ["0 (không)", people, "0"],
    ["156 (một trăm năm mươi sáu)", people, "156"],
    ["trăm rưỡi", people, "150"],
    ["ba nghìn lẻ hai mươi", people, "3020"],
    ["không phẩy bảy mươi lăm", millions, "0.75"],
    ["12 người, tính đến 15/12", people, "12"],
    ["quý 4: 156 đoàn viên", people, "156"],
    ["năm nay kết nạp được 45", people, "45"],
  ])("reads %j as %s", (input, expectation, expected) => {
    expect(readValue(input, expectation)).toBe(expected);
  });

  it("records 'tầm' as an estimate, not as tám (8)", () => {
    expect(parseNumber("tầm 1 tỷ", millions)).toMatchObject({ kind: "value", hedge: "about" });
    expect(parseNumber("tầm trăm người", people).kind).not.toBe("value");
  });

  it.each([
    ["5 ty3", millions, ["5300", "5000"]],
    ["12 nghin2", people, ["12200", "12000"]],
    ["một nghìn hai trăm", millions, ["1200", "0.0012"]],
    ["hai nghìn", millions, ["2000", "0.002"]],
  ])("asks about %j: it could be %j", (input, expectation, readings) => {
    const parsed = parseNumber(input, expectation);
    expect(parsed.kind === "ambiguous" && parsed.readings.map((reading) => reading.toFixed())).toEqual(readings);
  });

  it.each([
    ["12 người", millions],
    ["3 căn", millions],
    ["12 người", percent],
    ["12 hộ", percent],
  ])("asks whether %j, a count, belongs in a field of %j", (input, expectation) => {
    expect(parseNumber(input, expectation)).toMatchObject({ kind: "ambiguous", reason: "unit_mismatch" });
  });

  it.each([
    ["một số xã chưa gửi", "not_a_number"],
    ["mỗi xã 2 người", "vague"],
    ["tháng 3 được 45", "several_numbers"],
    ["45 (tăng 5 so với quý trước)", "several_numbers"],
  ])("refuses %j (%s) rather than store a number nobody meant", (input, reason) => {
    expect(parseNumber(input, people)).toMatchObject({ kind: "refused", reason });
  });
});

describe("parseNumber: what a third reviewer typed", () => {
  const billions: NumberExpectation = { unit: "tỷ đồng", integer: false };

  it.each([
    ["ba nghìn tư người", people, "3400"],
    ["hai tỉ tư", millions, "2400"],
    ["2tr tư", millions, "2.4"],
    ["một trăm tư", people, "140"],
    ["ba trăm tư người", people, "340"],
    ["6 phẩy 5", percent, "6.5"],
    ["6 phay 5%", percent, "6.5"],
    ["tỷ lệ hộ nghèo: 2,15%", percent, "2.15"],
    ["1ty2", millions, "1200"],
  ])("reads %j as %s", (input, expectation, expected) => {
    expect(readValue(input, expectation)).toBe(expected);
  });

  it.each([
    ["4.075", percent, ["4075", "4.075"]],
    ["2.750", billions, ["2750", "2.75"]],
  ])("asks whether the dot in %j groups thousands, where that is rarely meant", (input, expectation, readings) => {
    const parsed = parseNumber(input, expectation);
    expect(parsed.kind === "ambiguous" && parsed.readings.map((reading) => reading.toFixed())).toEqual(readings);
  });

  it.each([
    ["tăng 0,3%", percent],
    ["giảm 1,2% so với năm 2023", percent],
  ])("asks to confirm %j: a change may have been typed for the figure", (input, expectation) => {
    expect(parseNumber(input, expectation)).toMatchObject({ kind: "ambiguous", reason: "change" });
  });
});
