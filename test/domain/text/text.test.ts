import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../../../src/domain/text/fold.js";
import { matchName } from "../../../src/domain/text/match-name.js";

const ORGANISATIONS = [
  { id: "MTTQ", names: ["Ủy ban MTTQ Việt Nam tỉnh", "MTTQ", "mặt trận"] },
  { id: "DOAN", names: ["Tỉnh đoàn", "DOAN", "đoàn thanh niên", "đoàn"] },
  { id: "PN", names: ["Hội Liên hiệp Phụ nữ tỉnh", "PN", "hội phụ nữ"] },
  { id: "ND", names: ["Hội Nông dân tỉnh", "ND"] },
  { id: "CCB", names: ["Hội Cựu chiến binh tỉnh", "CCB"] },
  { id: "LDLD", names: ["Liên đoàn Lao động tỉnh", "LDLD", "công đoàn"] },
];

describe("folding text", () => {
  it("removes diacritics, đ included, lower-cases and collapses spaces", () => {
    expect(foldText("  Hội   Nông dân ĐỒNG Tháp ")).toBe("hoi nong dan dong thap");
    expect(foldText("Liên đoàn Lao động")).toBe("lien doan lao dong");
    // Decomposed input (as some phone keyboards send it) folds like composed input.
    expect(foldText("Quý".normalize("NFD"))).toBe("quy");
  });

  it("is idempotent and leaves no combining marks", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const folded = foldText(text);
        expect(foldText(folded)).toBe(folded);
        expect(/\p{M}/u.test(folded)).toBe(false);
      }),
    );
  });
});

describe("matching names", () => {
  it.each([
    ["hnd", "ND"],
    ["HND", "ND"],
    ["Hoi Nong Dan", "ND"],
    ["hội nông dân tỉnh", "ND"],
    ["nông dân", "ND"],
    ["Hội Nông dâm", "ND"],
    ["LĐLĐ", "LDLD"],
    ["ldld", "LDLD"],
    ["CCB", "CCB"],
    ["cuu chien binh", "CCB"],
    ["mat tran", "MTTQ"],
    ["phu nu", "PN"],
    ["đoàn", "DOAN"],
  ])("finds %j", (query, id) => {
    expect(matchName(query, ORGANISATIONS)).toEqual({ kind: "match", id });
  });

  it("returns every candidate when several fit equally", () => {
    expect(matchName("hội", ORGANISATIONS)).toMatchObject({ kind: "ambiguous" });
    const both = matchName("hoi", ORGANISATIONS);
    expect(both.kind === "ambiguous" && both.ids).toEqual(expect.arrayContaining(["PN", "ND", "CCB"]));
  });

  it("suggests the closest names when nothing fits", () => {
    const none = matchName("xyz", ORGANISATIONS);
    expect(none.kind).toBe("none");
    expect(none.kind === "none" && none.suggestions).toHaveLength(3);
  });
});
