import { describe, expect, it } from "vitest";
import { withoutControlCharacters } from "../../../src/domain/text/control-characters.js";

describe("withoutControlCharacters", () => {
  it("removes NUL, the other C0 and C1 controls, DEL and carriage returns, and keeps tabs and line breaks", () => {
    expect(withoutControlCharacters("Lan\u0000 Hoa\u0007\r\n\tBa\u007f\u0085")).toBe("Lan Hoa\n\tBa");
  });

  it("leaves letters, emoji, RTL marks and other format characters as they are", () => {
    expect(withoutControlCharacters("Đảng viên 👨‍👩‍👧 \u200f\u202e")).toBe("Đảng viên 👨‍👩‍👧 \u200f\u202e");
  });
});
