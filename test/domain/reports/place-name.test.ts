import { describe, expect, it } from "vitest";
import { placeName } from "../../../src/domain/reports/briefing-document.js";

describe("the place a document is dated at", () => {
  it("is the area's name without its level, as the decree's 'Gia Lai, ngày …' writes it", () => {
    expect(placeName("tỉnh Gia Lai")).toBe("Gia Lai");
    expect(placeName("Thành phố Hồ Chí Minh")).toBe("Hồ Chí Minh");
    expect(placeName("xã Ia Grai")).toBe("Ia Grai");
  });

  it("is the dotted blank for the clerk when the area names only its level, never 'tỉnh, ngày …'", () => {
    expect(placeName("tỉnh")).toBe("……");
    expect(placeName("xã ")).toBe("……");
  });
});
