import { describe, expect, it } from "vitest";
import { corpusMeasures, loadCorpus, scoreReport } from "../../fixtures/reports/corpus.js";

const corpus = loadCorpus();
const scores = corpus.map(scoreReport);

describe("the corpus of organisations' own reports (test/fixtures/reports)", () => {
  it("holds at least 12 reports, each expecting a value or null for every indicator of its organisation", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    for (const report of corpus) {
      expect(Object.keys(report.expected.figures).sort(), report.name).toEqual(report.indicators.map((indicator) => indicator.code).sort());
    }
  });

  it("finds at least 90 % of the figures over the corpus", () => {
    const missed = scores.flatMap((score) => score.missed.map((miss) => `${score.name} ${miss}`));
    expect(corpusMeasures(scores).figure_recall, missed.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("never proposes a wrong value as an indicator's only candidate", () => {
    expect(scores.flatMap((score) => score.loneWrong.map((wrong) => `${score.name} ${wrong}`))).toEqual([]);
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

  it.each(scores.map((score) => [score.name, score] as const))("%s: its sections and main period are found", (_, score) => {
    expect(score.sectionsWrong).toEqual([]);
    expect(score.sectionsFound).toBe(score.sectionsExpected);
    expect(score.periodRight).toBe(true);
  });
});
