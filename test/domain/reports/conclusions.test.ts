import { describe, expect, it } from "vitest";
import { conclusionOrdinal, splitConclusions } from "../../../src/domain/reports/conclusions.js";

const ORGANISATIONS = [
  { id: "ND", names: ["Hội Nông dân tỉnh Đắk Lắk", "ND", "Hội Nông dân", "HND"] },
  { id: "PN", names: ["Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk", "PN", "Hội Phụ nữ"] },
  { id: "DOAN", names: ["Tỉnh đoàn Đắk Lắk", "DOAN", "Đoàn Thanh niên"] },
];

describe("splitting the chair's conclusions as people type them", () => {
  it("takes one point per line, dropping list markers and blank lines", () => {
    const text = "- Đẩy mạnh tuyên truyền Nghị quyết;\n\n2. Nâng cao chất lượng giám sát.\n• Chuẩn bị Đại hội";
    expect(splitConclusions(text, ORGANISATIONS)).toEqual({
      points: ["Đẩy mạnh tuyên truyền Nghị quyết;", "Nâng cao chất lượng giám sát.", "Chuẩn bị Đại hội"],
      directions: [],
    });
  });

  it("splits running text at “Một là…, Hai là…”, with or without diacritics", () => {
    const text = "Một là, đẩy mạnh tuyên truyền. Hai là, nâng cao chất lượng giám sát; Ba là: chuẩn bị Đại hội.";
    expect(splitConclusions(text, ORGANISATIONS).points).toEqual([
      "đẩy mạnh tuyên truyền.",
      "nâng cao chất lượng giám sát;",
      "chuẩn bị Đại hội.",
    ]);
    expect(splitConclusions("Mot la, tuyen truyen. Hai la phat trien hoi vien", ORGANISATIONS).points).toEqual([
      "tuyen truyen.",
      "phat trien hoi vien",
    ]);
  });

  it("does not split at “năm” inside a sentence", () => {
    const text = "Một là, hoàn thành chỉ tiêu năm là nhiệm vụ trọng tâm.";
    expect(splitConclusions(text, ORGANISATIONS).points).toEqual(["hoàn thành chỉ tiêu năm là nhiệm vụ trọng tâm."]);
  });

  it("reads “name: task” as a direction to the organisation named by its name or alias", () => {
    const text = [
      "Một là, tiếp tục phát triển hội viên.",
      "Hội Nông dân: tập trung xây dựng đề án 3 khâu đột phá.",
      "- HPN: thực hiện hiệu quả các chương trình của Trung ương Hội.",
      "Hoi phu nu: hỗ trợ phụ nữ khởi nghiệp",
      "Về công tác giám sát: nâng cao chất lượng.",
    ].join("\n");
    expect(splitConclusions(text, ORGANISATIONS)).toEqual({
      points: ["tiếp tục phát triển hội viên.", "Về công tác giám sát: nâng cao chất lượng."],
      directions: [
        { organisationCode: "ND", text: "tập trung xây dựng đề án 3 khâu đột phá." },
        { organisationCode: "PN", text: "thực hiện hiệu quả các chương trình của Trung ương Hội." },
        { organisationCode: "PN", text: "hỗ trợ phụ nữ khởi nghiệp" },
      ],
    });
  });

  it("keeps nothing for an empty text", () => {
    expect(splitConclusions("  \n - \n", ORGANISATIONS)).toEqual({ points: [], directions: [] });
  });

  it("numbers points as the seeds do", () => {
    expect([0, 1, 3, 9, 10].map(conclusionOrdinal)).toEqual(["Một", "Hai", "Bốn", "Mười", "11"]);
  });
});
