import { describe, expect, it } from "vitest";
import { cutText, excerpt } from "../../../src/domain/text/cut-text.js";

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

describe("excerpt", () => {
  const sentence = "Theo báo cáo của 1/5 đơn vị, đã phát triển 1.255 đoàn viên, hội viên mới; giới thiệu 25 quần chúng ưu tú cho Đảng";

  it("cuts a long quote at the last whole word and says it goes on", () => {
    const cut = excerpt(sentence, 90);
    expect(cut).toBe("Theo báo cáo của 1/5 đơn vị, đã phát triển 1.255 đoàn viên, hội viên mới; giới thiệu 25…");
    expect([...cut].length).toBeLessThanOrEqual(90);
  });

  it("keeps a quote that fits as it is", () => {
    expect(excerpt(sentence, 200)).toBe(sentence);
  });

  it("cuts a single long word by characters when there is no space to cut at", () => {
    expect(excerpt("a".repeat(20), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
