import { describe, expect, it } from "vitest";
import { readPeriods } from "../../../src/domain/report-reading/report-periods.js";

describe("the periods of a report, beside the line it is addressed by", () => {
  it("takes the title's quarter before the meeting's quarter named in 'Kính gửi'", () => {
    const lines = [
      "HỘI CỰU CHIẾN BINH TỈNH",
      "Kính gửi: Văn phòng Tỉnh ủy (gửi báo cáo phục vụ hội nghị giao ban quý III/2025)",
      "BÁO CÁO",
      "Kết quả công tác Hội quý II năm 2025",
      "I. Kết quả đạt được",
    ];
    expect(readPeriods(lines, 4)[0]).toEqual({ kind: "quarter", year: 2025, quarter: 2 });
    expect(readPeriods(lines, 2)[0]).toEqual({ kind: "quarter", year: 2025, quarter: 2 });
  });
});
