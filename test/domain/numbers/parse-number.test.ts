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
    expect(dotForCount).toMatchObject({ kind: "ambiguous", reason: "fraction" });
    expect(dotForCount.kind === "ambiguous" && dotForCount.readings.map(String)).toEqual(["25", "2500"]);
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

describe("parseNumber: the classes a second corpus found", () => {
  const billions: NumberExpectation = { unit: "tỷ đồng", integer: false };
  const houses: NumberExpectation = { unit: "căn", integer: true };
  const readings = (parsed: ReturnType<typeof parseNumber>) =>
    parsed.kind === "ambiguous" ? parsed.readings.map((reading) => reading.toFixed()) : parsed;

  it.each([["tháng 9"], ["thang 10"], ["9 tháng"], ["ngày 15"], ["15 ngày"], ["2 tuần"]])(
    "refuses %j as a date, never stores it as a count",
    (input) => {
      expect(parseNumber(input, people)).toMatchObject({ kind: "refused", reason: "date" });
    },
  );

  it.each([
    ["sáu trăm ngin", "600000"],
    ["sáu trăm nghin", "600000"],
    ["sáu trăm ngìn", "600000"],
    ["ba ngìn người", "3000"],
    ["hai mươi ngin", "20000"],
  ])("reads the slip of nghìn in %j: %s, not a thousand times less", (input, expected) => {
    expect(readValue(input)).toBe(expected);
  });

  it.each([["sáu trăm nghìm"], ["5 ngihn"], ["hai triu"]])("refuses %j, a scale mistyped past reading, rather than drop it", (input) => {
    expect(parseNumber(input, people)).toMatchObject({ kind: "refused", reason: "malformed" });
  });

  it.each([
    ["2.040 người (tăng 140)", people, "2040", "tăng 140"],
    ["được 88 người, trong đó 31 nữ", people, "88", "trong đó 31 nữ"],
    ["kết nạp 975, nâng tổng số lên 40.210", people, "975", "nâng tổng số lên 40.210"],
    ["1,2 tỷ (trong đó tiền mặt 0,8 tỷ)", millions, "1200", "trong đó tiền mặt 0,8 tỷ"],
    ["68,4% (tăng 1,5% so với cùng kỳ)", percent, "68.4", "tăng 1,5% so với cùng kỳ"],
    ["45 (tăng 5 so với quý trước)", people, "45", "tăng 5 so với quý trước"],
    ["312 người giảm 12 so với cùng kỳ", people, "312", "giảm 12 so với cùng kỳ"],
    ["15 công trình; vượt 3 công trình so với kế hoạch", people, "15", "vượt 3 công trình so với kế hoạch"],
    ["850 triệu (gồm 2 đợt)", millions, "850", "gồm 2 đợt"],
  ])("reads %j as the head figure and keeps the rest as its comment", (input, expectation, value, comment) => {
    const parsed = parseNumber(input, expectation);
    expect(parsed).toMatchObject({ kind: "value", comment, corrected: false });
    expect(parsed.kind === "value" && parsed.value.toFixed()).toBe(value);
  });

  it.each([["12 (15)"], ["12, 15"], ["500-600"], ["tháng 3 được 45"]])(
    "still refuses %j: two numbers, none qualifying the other",
    (input) => {
      expect(parseNumber(input, people)).toMatchObject({ kind: "refused", reason: "several_numbers" });
    },
  );

  it.each([
    ["140 à nhầm 410", people, "410"],
    ["140, xin lỗi, 410 mới đúng", people, "410"],
    ["410 (sửa lại, không phải 140)", people, "410"],
    ["không phải 12 mà là 21", people, "21"],
    ["35 nhầm, 53 nhé", people, "53"],
    ["2,5 tỷ, sửa lại 2,8 tỷ", millions, "2800"],
  ])("reads the correction in %j: %s", (input, expectation, expected) => {
    const parsed = parseNumber(input, expectation);
    expect(parsed).toMatchObject({ kind: "value", corrected: true });
    expect(parsed.kind === "value" && parsed.value.toFixed()).toBe(expected);
  });

  it.each([
    ["đạt 91,2% kế hoạch năm", percent, "91.2"],
    ["hoàn thành 80% chỉ tiêu năm", percent, "80"],
    ["được năm người", people, "5"],
    ["năm mươi người", people, "50"],
  ])("reads 'năm' after a noun in %j as the year, and alone or in a number as five: %s", (input, expectation, expected) => {
    expect(readValue(input, expectation)).toBe(expected);
  });

  it.each([
    ["2 .340", ["2340"]],
    ["2..340", ["2340"]],
    ["2. 340", ["2340"]],
    ["12 .500 người", ["12500"]],
  ])("asks about %j with the figure joined: %j", (input, expected) => {
    const parsed = parseNumber(input, people);
    expect(parsed).toMatchObject({ kind: "ambiguous", reason: "joined" });
    expect(readings(parsed)).toEqual(expected);
  });

  it.each([
    ["ba mu7o7i", "30"],
    ["hai tra8m", "200"],
    ["hai nghi2n", "2000"],
    ["mo65t nghi2n ngu7o7i", "1000"],
    ["bo61n tra8m", "400"],
  ])("reads VNI tone digits left in the words %j: %s", (input, expected) => {
    expect(readValue(input)).toBe(expected);
  });

  it("never reads the tone digit of a lone word as the figure", () => {
    expect(parseNumber("tra8m", people)).toMatchObject({ kind: "refused" });
  });

  it.each([
    ["2 tỷ lẻ 8 triệu", "2008"],
    ["hai tỷ lẻ tám triệu", "2008"],
    ["1 ti le 50 trieu", "1050"],
    ["tỷ lệ 55%", undefined],
  ])("reads 'lẻ' between scales in %j: %s triệu", (input, expected) => {
    expect(readValue(input, millions)).toBe(expected);
  });

  it.each([
    ["2.5", ["25", "2500"]],
    ["1,5", ["15", "1500"]],
    ["12,75", ["1275", "12750"]],
    ["0,5", ["500"]],
  ])("says a count typed %j cannot be fractional and asks about the whole numbers it may mean: %j", (input, expected) => {
    const parsed = parseNumber(input, people);
    expect(parsed).toMatchObject({ kind: "ambiguous", reason: "fraction" });
    expect(readings(parsed)).toEqual(expected);
  });

  it.each([["1.234,5"], ["hai phẩy năm người"], ["một phẩy năm căn"]])("refuses the count %j as fractional, to be typed again", (input) => {
    expect(parseNumber(input, houses)).toMatchObject({ kind: "refused", reason: "fraction" });
  });

  it.each([
    ["1tr5", billions, ["1.5", "0.0015"]],
    ["500k", billions, ["500", "0.0005"]],
    ["1 triệu 5", billions, ["1.5", "0.0015"]],
  ])("asks about %j in a field of tỷ đồng rather than read it: %j", (input, expectation, expected) => {
    const parsed = parseNumber(input, expectation);
    expect(parsed).toMatchObject({ kind: "ambiguous", reason: "scale" });
    expect(readings(parsed)).toEqual(expected);
  });

  it.each([["0905123456"], ["0905 123 456"], ["090.512.3456"], ["+84 905 123 456"], ["sđt 0912345678"]])(
    "refuses the phone number %j",
    (input) => {
      expect(parseNumber(input, people)).toMatchObject({ kind: "refused", reason: "phone" });
    },
  );

  it("reads figures that only look like phone numbers as figures", () => {
    expect(readValue("1.234.567")).toBe("1234567");
    expect(readValue("10212")).toBe("10212");
  });
});

describe("parseNumber: English separators for English speakers", () => {
  const english = { decimalMark: "." } as const;
  const read = (input: string, expectation: NumberExpectation) => parseNumber(input, expectation, english);

  it.each([
    ["2.5 thousand", people, "2500"],
    ["1,255", people, "1255"],
    ["1,255", millions, "1255"],
    ["100,000", people, "100000"],
    ["1,234.5", millions, "1234.5"],
    ["18.406", people, "18406"],
    ["3 million đồng", { unit: "đồng", integer: true }, "3000000"],
    ["2.75", percent, "2.75"],
    ["1.250.000", people, "1250000"],
  ])("reads %j as %s", (input, expectation, expected) => {
    const parsed = read(input, expectation);
    expect(parsed.kind === "value" && parsed.value.toFixed()).toBe(expected);
  });

  it("says how the separators were read", () => {
    expect(read("1,255", people)).toMatchObject({ separators: { thousands: ",", decimal: null } });
    expect(read("2.5 thousand", people)).toMatchObject({ separators: { thousands: null, decimal: "." } });
    expect(read("18.406", people)).toMatchObject({ separators: { thousands: ".", decimal: null } });
    expect(parseNumber("18.406", people)).toMatchObject({ separators: { thousands: ".", decimal: null } });
  });

  it("asks about a dot before three digits in an amount, which Vietnamese habit may have typed", () => {
    const parsed = read("18.406", millions);
    expect(parsed.kind === "ambiguous" && parsed.readings.map((reading) => reading.toFixed())).toEqual(["18.406", "18406"]);
  });

  it.each([
    ["about 500 people", "about"],
    ["around 500", "about"],
    ["more than 1,000", "over"],
    ["nearly 50", "nearly"],
    ["less than 20", "under"],
  ])("records the English hedge in %j as %s", (input, hedge) => {
    expect(read(input, people)).toMatchObject({ kind: "value", hedge });
  });

  it("asks about a count with a decimal point as it does in Vietnamese", () => {
    const parsed = read("2.5", people);
    expect(parsed).toMatchObject({ kind: "ambiguous", reason: "fraction" });
  });
});
