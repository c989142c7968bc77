import { describe, expect, it } from "vitest";
import { readReport } from "../../../src/domain/report-reading/read-report.js";
import type { ReadableIndicator } from "../../../src/domain/report-reading/report-reading.js";

/** Lost members as the built-in catalog names them. */
const LOST: ReadableIndicator = {
  code: "HV_GIAM",
  name: "Đoàn viên, hội viên giảm",
  aliases: ["hội viên giảm"],
  phrase: "giảm {value} đoàn viên, hội viên",
  unit: "người",
  integer: true,
};

const lost = (text: string) => readReport(`Báo cáo 6 tháng đầu năm 2025\n${text}`, [LOST]).figures.HV_GIAM?.map((figure) => figure.value);

describe("the reader of a report, on a loss whose causes come before its number", () => {
  it("reads the number after the causes and 'là'", () => {
    expect(lost("Trong kỳ, số đoàn viên giảm do trưởng thành, chuyển sinh hoạt là 3.095 đoàn viên.")).toEqual(["3095"]);
  });

  it("reads the number after the causes and a colon", () => {
    expect(lost("Số hội viên giảm do chuyển nghề, chuyển đi nơi khác, từ trần: 318 người.")).toEqual(["318"]);
  });
});
