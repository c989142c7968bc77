import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../../../src/domain/text/fold.js";
import { bestFitting, editDistance, findNamesInText, matchName } from "../../../src/domain/text/match-name.js";

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
    // An association by "Hội" and the initials of the rest, or those initials alone.
    ["Hội LHPN", "PN"],
    ["lhpn", "PN"],
    ["hội ccb", "CCB"],
    ["Hoi ND", "ND"],
  ])("finds %j", (query, id) => {
    expect(matchName(query, ORGANISATIONS)).toEqual({ kind: "match", id });
  });

  it("reads a name that goes on with its place after the level word as the name without them", () => {
    const named = [
      { id: "PN", names: ["Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk"] },
      { id: "ND", names: ["Hội Nông dân tỉnh Đắk Lắk"] },
    ];
    expect(matchName("Hội LHPN", named)).toEqual({ kind: "match", id: "PN" });
    expect(matchName("hnd", named)).toEqual({ kind: "match", id: "ND" });
    expect(matchName("hội nông dân tỉnh", named)).toEqual({ kind: "match", id: "ND" });
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

describe("edit distance", () => {
  // The full table, without a band: what the banded one must agree with.
  const reference = (a: string, b: string): number => {
    const rows = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i += 1) {
      for (let j = 1; j <= b.length; j += 1) {
        const row = rows[i] as number[];
        const above = rows[i - 1] as number[];
        row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
        }
      }
    }
    return (rows[a.length] as number[])[b.length] as number;
  };

  it("counts a swap of neighbouring letters as one typo", () => {
    expect(editDistance("chein", "chien")).toBe(1);
    expect(editDistance("cuu chein binh", "cuu chien binh", 1)).toBe(1);
    expect(editDistance("nong dna", "nong dan", 1)).toBe(1);
  });

  it("agrees with the full table within its limit", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const full = reference(a, b);
        if (full <= limit) expect(editDistance(a, b, limit)).toBe(full);
        else expect(editDistance(a, b, limit)).toBeGreaterThan(limit);
      }),
    );
  });
});

describe("finding names in a text", () => {
  const INDICATORS = [
    { id: "HV_MOI", names: ["Đoàn viên, hội viên mới", "kết nạp hội viên", "hội viên mới"] },
    { id: "HV_GIAM", names: ["Đoàn viên, hội viên giảm", "hội viên giảm"] },
    { id: "KN_DANG", names: ["Đảng viên mới được kết nạp", "kết nạp đảng viên"] },
    { id: "DOAN_TONG", names: ["Tổng số đoàn viên", "tổng đoàn viên"] },
    { id: "QUY_VNN", names: ["Vận động Quỹ Vì người nghèo", "quỹ vì người nghèo"] },
    { id: "HIEN_MAU", names: ["Hiến máu tình nguyện", "hiến máu"] },
  ];

  it.each([
    ["bao nhieu doan vien moi", ["HV_MOI"]],
    ["số đảng viên kết nạp", ["KN_DANG"]],
    ["kết nạp được bao nhiêu hội viên", ["HV_MOI"]],
    ["bao nhiêu đoàn viên", ["DOAN_TONG"]],
    ["quy vi nguoi ngeo", ["QUY_VNN"]],
    ["kết nạp đảng viên và hiến máu", ["KN_DANG", "HIEN_MAU"]],
    ["hội viên", ["HV_MOI", "HV_GIAM"]],
    ["xin chào", []],
  ])("keeps only the best-fitting candidates for %j", (text, ids) => {
    expect(bestFitting(findNamesInText(text, INDICATORS))).toEqual(ids);
  });
});
