import { describe, expect, it } from "vitest";
import { type CorpusSet, corpusMeasures, loadCorpus, scoreReport } from "../../fixtures/reports/corpus.js";

const corpus = loadCorpus();
const scores = corpus.map(scoreReport);
const SETS: readonly CorpusSet[] = ["authored", "heldout", "fresh-tuned", "unseen"];
const ofSet = (set: CorpusSet) => scores.filter((score) => score.set === set);

describe("the corpus of organisations' own reports (test/fixtures/reports)", () => {
  // The unseen set (unseen-*) may be empty until it is written.
  it("holds at least 12 authored, 10 held-out and 8 fresh reports, each expecting a value or null for every indicator of its organisation", () => {
    expect(ofSet("authored").length).toBeGreaterThanOrEqual(12);
    expect(ofSet("heldout").length).toBeGreaterThanOrEqual(10);
    expect(ofSet("fresh-tuned").length).toBeGreaterThanOrEqual(8);
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

  it.each(SETS)("never proposes a wrong value as an indicator's only candidate (%s reports)", (set) => {
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

  it.each(scores.map((score) => [score.name, score] as const))(
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
});
