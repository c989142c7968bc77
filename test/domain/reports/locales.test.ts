import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileBriefing } from "../../../src/domain/reports/briefing.js";
import { renderBriefing } from "../../../src/domain/reports/briefing-prose.js";
import { compileProgress, renderProgress } from "../../../src/domain/reports/progress.js";
import { compileResults, renderResults } from "../../../src/domain/reports/results.js";
import { toPlainText } from "../../../src/domain/text/rich-text.js";
import { fluentTranslate } from "../../support/fluent.js";
import { giaLai, q4Reports, report } from "./gia-lai.js";

const keys = (locale: string) =>
  readFileSync(new URL(`../../../locales/${locale}/reports.ftl`, import.meta.url), "utf8")
    .split("\n")
    .flatMap((line) => /^([a-z][a-z0-9-]*) =/.exec(line)?.[1] ?? [])
    .sort();

describe("the reports locale files", () => {
  it("define the same keys in Vietnamese and English, all prefixed reports-", () => {
    expect(keys("en")).toEqual(keys("vi"));
    expect(keys("vi").every((key) => key.startsWith("reports-"))).toBe(true);
  });

  it("render every answer in English without a missing variable", () => {
    const t = fluentTranslate("en", "reports", "periods", "figures");
    const q4 = { kind: "quarter", year: 2023, quarter: 4 } as const;
    const data = giaLai([
      ...q4Reports().filter((r) => r.organisationCode !== "CCB"),
      ...["DOAN", "PN", "ND", "LDLD"].map((code) => report(code, "2023-Q3", { HV_MOI: 1000 })),
    ]);
    const briefing = toPlainText(renderBriefing(compileBriefing(data, q4, { version: 2, now: new Date("2023-11-28T03:00:00Z") }), t));
    expect(briefing).toContain("(update 2)");
    expect(briefing).toContain("some limitations and difficulties remain");
    expect(briefing).toContain("Not yet submitted (1):");
    const results = toPlainText(
      renderResults(
        compileResults(data, { period: { kind: "year", year: 2023 }, organisationCodes: [], indicatorCodes: [], compareWith: q4 }),
        t,
      ),
    );
    expect(results).toContain("quarters without figures");
    const progress = toPlainText(
      renderProgress(compileProgress(data, q4, new Date("2023-12-05T10:00:00Z"), new Date("2023-12-07T03:00:00Z")), t),
    );
    expect(progress).toContain("5/6 organisations have submitted");
    expect(progress).toContain("2 days overdue");
  });
});
