import { describe, expect, it } from "vitest";
import { jsonWithoutControlCharacters, withoutControlCharacters } from "../../../src/domain/text/control-characters.js";

describe("withoutControlCharacters", () => {
  it("removes NUL, the other C0 and C1 controls, DEL and carriage returns, and keeps tabs and line breaks", () => {
    expect(withoutControlCharacters("Lan\u0000 Hoa\u0007\r\n\tBa\u007f\u0085")).toBe("Lan Hoa\n\tBa");
  });

  it("leaves letters, emoji, RTL marks and other format characters as they are", () => {
    expect(withoutControlCharacters("Đảng viên 👨‍👩‍👧 \u200f\u202e")).toBe("Đảng viên 👨‍👩‍👧 \u200f\u202e");
  });
});

describe("jsonWithoutControlCharacters", () => {
  it("writes every string of a value, however deep, without control characters, and the rest as JSON does", () => {
    const update = { update_id: 7, message: { text: "ABC\u0000DEF", entities: [{ type: "bold", note: "a\rb" }], ok: true } };
    expect(JSON.parse(jsonWithoutControlCharacters(update))).toEqual({
      update_id: 7,
      message: { text: "ABCDEF", entities: [{ type: "bold", note: "ab" }], ok: true },
    });
  });
});
