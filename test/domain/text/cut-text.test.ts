import { describe, expect, it } from "vitest";
import { cutText } from "../../../src/domain/text/cut-text.js";

describe("cutText", () => {
  it("cuts by characters, never inside an emoji's surrogate pair", () => {
    const label = `${"a".repeat(59)}😀 rest`;
    expect(cutText(label, 60)).toBe(`${"a".repeat(59)}😀`);
    expect(label.slice(0, 60)).not.toBe(cutText(label, 60));
  });

  it("keeps a text within the limit as it is", () => {
    expect(cutText("Đảng viên mới", 60)).toBe("Đảng viên mới");
  });
});
