import { describe, expect, it } from "vitest";
import { type CorpusSet, corpusMeasures, loadCorpus, scoreReport } from "../../fixtures/reports/corpus.js";

const corpus = loadCorpus();
const scores = corpus.map(scoreReport);
const TUNED_SETS: readonly CorpusSet[] = ["authored", "heldout", "fresh-tuned", "unseen-tuned", "unseen2-tuned"];
const ofSet = (set: CorpusSet) => scores.filter((score) => score.set === set);

describe("the corpus of organisations' own reports (test/fixtures/reports)", () => {
  it("holds at least 12 authored, 10 held-out, 8 fresh, 10 unseen-tuned 12 unseen2-tuned and 12 unseen3 reports, each expecting a value or null for every indicator of its organisation", () => {
    expect(ofSet("authored").length).toBeGreaterThanOrEqual(12);
    expect(ofSet("heldout").length).toBeGreaterThanOrEqual(10);
    expect(ofSet("fresh-tuned").length).toBeGreaterThanOrEqual(8);
    expect(ofSet("unseen-tuned").length).toBeGreaterThanOrEqual(10);
    expect(ofSet("unseen2-tuned").length).toBeGreaterThanOrEqual(12);
    // Being written as this is: the lead raises it to 10 once they are in.
    expect(ofSet("unseen3").length).toBeGreaterThanOrEqual(12);
    for (const report of corpus) {
      expect(Object.keys(report.expected.figures).sort(), report.name).toEqual(report.indicators.map((indicator) => indicator.code).sort());
    }
  });

  it("finds at least 90 % of the figures over the whole corpus and over the held-out reports alone", () => {
    for (const set of [scores, ofSet("heldout")]) {
      const missed = set.flatMap((score) => score.missed.map((miss) => `${score.name} ${miss}`));
      expect(corpusMeasures(set).figure_recall, missed.join("\n")).toBeGreaterThanOrEqual(0.9);
    }
  });

  // The fresh reports (fresh-*) were written after the reader was tuned on the other two sets and
  // first read unseen: recall 0,868 (33 of 38). Their misses (initials "ĐV"; a stock "tính đến
  // ngày 30/9/2026"; "đoàn viên công đoàn mới"; "chín trăm bốn mươi hai (942)") were then fixed by
  // general rules (test/domain/report-reading/short-forms.test.ts), so the set is now a tuned one
  // ("fresh-tuned", 38 of 38) and its number no longer says how unseen reports fare: the unseen
  // set does, once written.
  it("finds at least 90 % of the fresh-tuned reports' figures", () => {
    const missed = ofSet("fresh-tuned").flatMap((score) => score.missed.map((miss) => `${score.name} ${miss}`));
    expect(corpusMeasures(ofSet("fresh-tuned")).figure_recall, missed.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it.each(TUNED_SETS)("never proposes a wrong value as an indicator's only candidate (%s reports)", (set) => {
    expect(ofSet(set).flatMap((score) => score.loneWrong.map((wrong) => `${score.name} ${wrong}`))).toEqual([]);
  });

  it.each(scores.map((score) => [score.name, score] as const))(
    "%s: every candidate comes with a sentence holding its number",
    (_, score) => {
      for (const figures of Object.values(score.reading.figures)) {
        for (const figure of figures) {
          expect(figure.sentence.trim()).not.toBe("");
          expect(figure.sentence).toContain(figure.raw);
          expect(figure.raw).toMatch(/\d|\p{L}/u);
        }
      }
    },
  );

  it.each(scores.filter((score) => !score.set.startsWith("unseen")).map((score) => [score.name, score] as const))(
    "%s: no wrong section is proposed and its main period is found",
    (_, score) => {
      expect(score.sectionsWrong).toEqual([]);
      expect(score.periodRight).toBe(true);
    },
  );

  it.each(ofSet("authored").map((score) => [score.name, score] as const))("%s: all its sections are found", (_, score) => {
    expect(score.sectionsFound).toBe(score.sectionsExpected);
  });

  // Sections are read by their headings; a held-out report written as unheaded prose (its results,
  // tasks and requests in paragraphs without a heading, heldout-dak-lak-q1-2024-nd) has only its
  // limitations found, after "còn một số hạn chế:". The set is held to what it reaches, not to all.
  // The fresh set first reached 0,929 (26 of 28): only the chat message has no headings, and of
  // its "- Khó khăn: …" and "- Quý 3: …" lines the difficulties alone were found; with its line
  // labels read as sections (test/domain/report-reading/chat-sections.test.ts) it reaches 28 of 28.
  it.each(["heldout", "fresh-tuned"] as const)("finds at least 90 %% of the %s reports' sections", (set) => {
    const unfound = ofSet(set).filter((score) => score.sectionsFound < score.sectionsExpected);
    expect(corpusMeasures(ofSet(set)).section_recall, unfound.map((score) => score.name).join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  // The unseen reports (unseen-*, ten: six organisations, province and commune, 2024–2026) were
  // written from the seeds without reading the reader, committed, and only then read: they were
  // never used to change it, so their numbers are the honest ones, held here as measured floors.
  // Figures 54 of 63 (recall 0,857), precision 0,915; sections 35 of 35, one more proposed wrong (35 of 36); periods 9 of 10.
  // Misses: the chat message's "KN ĐV mới: 46 đ/c", "GT cho Đảng 9 đ/c, KN Đảng 3 đ/c" and
  // "CTTN: 4 CT" (four, unseen-xa-q2-2025-doan); "số đoàn viên giảm do trưởng thành, chuyển sinh
  // hoạt là 3.095" (unseen-tinh-h1-2025-doan); "Số hội viên giảm do chuyển nghề, … từ trần: 318
  // người" and the fund's stock "khoảng 96 tỷ đồng" after its growth (unseen-tinh-q4-2025-nd); "hai
  // hội nghị phản biện xã hội" (unseen-tinh-q2-2026-mttq); "chua co hoi vien duoc ket nap Dang"
  // as 0 (unseen-xa-q1-2026-ccb). Wrong: the fund's growth "trên 3,8 tỷ đồng" as its only
  // candidate; the chat's figure lines as highlights; the Q3 meeting named in the address line
  // ("phục vụ hội nghị giao ban quý III/2025") taken for the period of a Q2 report.
  // Since tuned on ("unseen-tuned"): the chat's short forms (chat-abbreviations.test.ts) and a total
  // grown to after "nâng tổng … lên" (grown-total.test.ts) and a loss's causes before its number
  // (loss-causes.test.ts) bring it to 61 of 63, no lone wrong
  // value; the never-tuned set is now "unseen2" (unseen2-*), since tuned on too (below).
  const unseen = corpusMeasures(ofSet("unseen-tuned"));
  it("reaches its measured floors on the unseen-tuned reports", () => {
    const missed = ofSet("unseen-tuned").flatMap((score) => score.missed.map((miss) => `${score.name} ${miss}`));
    expect(unseen.figure_recall, missed.join("\n")).toBeGreaterThanOrEqual(0.968);
    expect(unseen.figure_precision).toBeGreaterThanOrEqual(0.915);
    expect(unseen.section_recall).toBeGreaterThanOrEqual(1);
    expect(unseen.section_precision).toBeGreaterThanOrEqual(0.972);
    expect(unseen.periods_right).toBeGreaterThanOrEqual(10);
  });

  // The unseen2 reports (unseen2-*) were written without reading the reader and first scored after
  // its last change: figures 48 of 61 (recall 0,787), precision 0,842, 7 lone wrong values. Most of
  // it was one 9-months report (unseen2-tinh-9thang-2025-doan) giving Q3's figures beside the
  // 9-months totals; the others a chat's lower-case "hv" and "HTND", stated nones ("khong co hoi
  // vien nao duoc ket nap Dang", "chua co nha nao duoc khoi cong") and "bảy công đoàn cơ sở" in
  // words. Since tuned on ("unseen2-tuned") by general rules (quarter-of-cumulative, chat-initials,
  // stated-nones and counted-nouns tests): 61 of 61, precision 0,953, no lone wrong value. The
  // never-tuned set is now "unseen3" (unseen3-*), below.
  it("reaches its measured floors on the unseen2-tuned reports", () => {
    const unseen2 = corpusMeasures(ofSet("unseen2-tuned"));
    const missed = ofSet("unseen2-tuned").flatMap((score) => score.missed.map((miss) => `${score.name} ${miss}`));
    expect(unseen2.figure_recall, missed.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(unseen2.figure_precision).toBeGreaterThanOrEqual(0.953);
    expect(unseen2.periods_right).toBeGreaterThanOrEqual(12);
  });

  // The unseen3 reports (unseen3-*, 12 single-quarter reports) were written without reading the
  // reader, and first scored after its last change; they were never used to change it, so their
  // number is the honest one: figures 56 of 57 (recall 0,982), precision 0,966, no lone wrong
  // value, sections 0,881 / 0,974, periods 11 of 12. The miss: "giải ngân gần 9,8 tỷ đồng" in the
  // report titled "QUÝ IV/2025" whose body is of I/2026 (unseen3-tinh-q1-2026-pn); that title is
  // also the period read wrong (the bot then says the report names another quarter). Sections
  // missed: chat messages' results and tasks without headings (hoa-phu-q1-2025-doan,
  // hoa-phu-q2-2025-pn), and the proposals section of tinh-q1-2025-ccb ("Không có.") read wrong.
  it("reaches its measured floors on the unseen3 reports, never used to tune the reader", () => {
    const unseen3 = corpusMeasures(ofSet("unseen3"));
    const missed = ofSet("unseen3").flatMap((score) => score.missed.map((miss) => `${score.name} ${miss}`));
    expect(unseen3.figure_recall, missed.join("\n")).toBeGreaterThanOrEqual(0.98);
    expect(unseen3.figure_precision).toBeGreaterThanOrEqual(0.966);
    expect(ofSet("unseen3").flatMap((score) => score.loneWrong)).toEqual([]);
    expect(unseen3.section_recall).toBeGreaterThanOrEqual(0.88);
    expect(unseen3.periods_right).toBeGreaterThanOrEqual(11);
  });
});
