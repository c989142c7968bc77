import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { type NumberParse, parseNumber } from "../../../src/domain/numbers/parse-number.js";
import {
  ambiguityText,
  describeAnswer,
  doubtText,
  readingOptions,
  reviewComparison,
  savedText,
} from "../../../src/domain/submission/answer-wording.js";
import { judgeAnswer, judgeChosen, type Reading } from "../../../src/domain/submission/judge-answer.js";
import { fluentTranslate } from "../../support/fluent.js";

const vi = fluentTranslate("vi", "submit", "figures");
const en = fluentTranslate("en", "submit", "figures");
const people = { unit: "người", integer: true, min: "0", max: null, previous: "1002" };
const millions = { unit: "triệu đồng", integer: false, min: "0", max: null, previous: null };

function reading(input: string, rule: typeof people | typeof millions, t = vi): Reading {
  const judged = judgeAnswer(input, rule, readingOptions(t));
  if (judged.kind !== "accepted" && judged.kind !== "doubtful") throw new Error(`${input}: ${JSON.stringify(judged)}`);
  return judged.reading;
}

function ambiguity(input: string, unit: string, integer: boolean): Extract<NumberParse, { kind: "ambiguous" }> {
  const parsed = parseNumber(input, { unit, integer });
  if (parsed.kind !== "ambiguous") throw new Error(`${input}: ${JSON.stringify(parsed)}`);
  return parsed;
}

describe("the echo of a saved figure", () => {
  it.each([
    ["1.200", people, "✔ Đã lưu 1/8 Số liệu: 1.200 người."],
    ["ba trăm triệu", millions, "✔ Đã lưu 1/8 Số liệu: 300 triệu đồng (ba trăm triệu đồng)."],
    ["2.500", millions, "✔ Đã lưu 1/8 Số liệu: 2.500 triệu đồng (2,5 tỷ đồng)."],
    ["471,294 triệu", millions, "✔ Đã lưu 1/8 Số liệu: 471,294 triệu đồng."],
    ["khoảng 500 người", people, "✔ Đã lưu 1/8 Số liệu: khoảng 500 người."],
    ["2.5 tỷ", millions, "✔ Đã lưu 1/8 Số liệu: 2.500 triệu đồng (2,5 tỷ đồng). (dấu “.” được hiểu là dấu thập phân)"],
    ["140 à nhầm 410", people, "✔ Đã lưu 1/8 Số liệu: 410 người. (đã lấy số sửa lại trong tin nhắn)"],
    ["2.040 người (tăng 140)", people, "✔ Đã lưu 1/8 Số liệu: 2.040 người. Ghi chú kèm theo: “tăng 140”."],
  ])("echoes %j as %j", (input, rule, expected) => {
    expect(savedText(reading(input, rule), rule.unit, vi, { position: "1/8", name: "Số liệu" })).toBe(expected);
  });

  it.each([
    ["1,255", people, '✔ Saved 1/8 Figure: 1,255 people. ("," read as the thousands separator)'],
    ["2.5 thousand", people, '✔ Saved 1/8 Figure: 2,500 people. ("." read as the decimal point)'],
    ["18.406", people, '✔ Saved 1/8 Figure: 18,406 people. ("." read as the thousands separator)'],
    ["about 500 people", people, "✔ Saved 1/8 Figure: about 500 people."],
    ["2.5 billion", millions, '✔ Saved 1/8 Figure: 2,500 million VND (2.5 billion VND). ("." read as the decimal point)'],
  ])("tells an English speaker how %j was read: %j", (input, rule, expected) => {
    expect(savedText(reading(input, rule, en), rule.unit, en, { position: "1/8", name: "Figure" })).toBe(expected);
  });

  it("shows a stored answer with its hedge in the reader's words", () => {
    expect(describeAnswer({ value: "500", hedge: "about" }, "người", vi)).toBe("khoảng 500 người");
    expect(describeAnswer({ value: "500", hedge: "about" }, "người", en)).toBe("about 500 people");
    expect(describeAnswer({ value: null, hedge: null }, "người", vi)).toBe("—");
  });
});

describe("the question about an ambiguous figure", () => {
  it("says a count cannot be fractional and offers the whole numbers it may mean", () => {
    expect(ambiguityText("2.5", ambiguity("2.5", "người", true), "người", vi)).toBe(
      "Số người phải là số nguyên, “2.5” có phần lẻ. Có phải anh/chị muốn nhập 25 người hoặc 2.500 người? Chọn bên dưới hoặc gõ lại.",
    );
    expect(ambiguityText("1,5", ambiguity("1,5", "người", true), "người", en)).toBe(
      'A number of people is a whole number, and "1,5" has a fraction. Did you mean 15 people or 1,500 people? Choose below or type it again.',
    );
  });

  it("asks about a figure with a stray space with the joined reading", () => {
    expect(ambiguityText("2 .340", ambiguity("2 .340", "người", true), "người", vi)).toBe(
      "“2 .340” có dấu cách hoặc dấu chấm thừa giữa các chữ số. Có phải là 2.340 người?",
    );
  });

  it("gives the readings in their unit", () => {
    expect(ambiguityText("1tr5", ambiguity("1tr5", "tỷ đồng", false), "tỷ đồng", vi)).toBe(
      "“1tr5” có thể hiểu là 1,5 tỷ đồng hoặc 0,0015 tỷ đồng (1,5 triệu đồng). Anh/chị muốn nhập số nào?",
    );
  });
});

describe("why a figure is doubtful", () => {
  it.each([
    ["much_higher", "10020", "gấp 10 lần quý trước (1.002 người)"],
    ["much_higher", "6012", "gấp 6 lần quý trước (1.002 người)"],
    ["much_lower", "80", "chỉ bằng 8% quý trước (1.002 người)"],
  ] as const)("words %s for %s as %j", (doubt, value, expected) => {
    expect(doubtText(doubt, new Decimal(value), people, vi)).toBe(expected);
  });

  it("words the bounds in the unit", () => {
    expect(doubtText("above_maximum", new Decimal(3000), { ...people, max: "2000" }, vi)).toBe("vượt mức tối đa thường gặp (2.000 người)");
    expect(doubtText("much_higher", new Decimal(10020), people, en)).toBe("10 times last quarter (1,002 people)");
  });
});

describe("the review card's change against last quarter", () => {
  it.each([
    ["1500", "1200", "người", "quý trước: 1.200 người; tăng 300 người (25%)"],
    ["2100", "2300", "người", "quý trước: 2.300 người; giảm 200 người (8,7%)"],
    ["1200", "1200", "người", "quý trước: 1.200 người; bằng quý trước"],
    ["1500", "1200", "triệu đồng", "quý trước: 1.200 triệu đồng (1,2 tỷ đồng); tăng 300 triệu đồng (25%)"],
  ])("words %s against %s %s as %j, no parentheses inside parentheses", (value, previous, unit, expected) => {
    const text = reviewComparison(new Decimal(value), new Decimal(previous), unit, vi);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/\([^()]*\(/);
  });
});

describe("a reading picked among those offered", () => {
  const percent = { unit: "%", integer: false, min: "0", max: "100", previous: null };

  it("is taken as it is, where reading its text again would ask again", () => {
    expect(judgeAnswer("4.075", percent).kind).toBe("ambiguous");
    const chosen = judgeChosen(new Decimal("4.075"), percent);
    expect(chosen).toMatchObject({ kind: "accepted" });
    expect(chosen.reading.value.toFixed()).toBe("4.075");
  });

  it("keeps its doubts", () => {
    expect(judgeChosen(new Decimal(25000), people)).toMatchObject({ kind: "doubtful", doubts: ["much_higher"] });
  });
});
