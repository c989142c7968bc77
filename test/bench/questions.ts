import type { Database } from "../../src/db/database.js";
import { join } from "../support/bloc-setup.js";
import type { BotHarness } from "../support/bot-harness.js";
import { BENCH_ADMIN, benchCatalog, openBenchBloc } from "./bench-bloc.js";
import type { BenchKind } from "./bench-databases.js";
import { elapsed, median, round } from "./machine.js";

const CHAIR = 2;
const INDICATORS = 12;
/** The four quarters asked about first, then sixteen earlier ones: history the questions do not ask for. */
const RECENT = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"];
const EARLIER = [2019, 2020, 2021, 2022].flatMap((year) => [1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`));
const QUESTIONS = { one_organisation: "Hội số 5 quý 4", whole_bloc: "kết quả quý IV" } as const;

/**
 * Organisations 1 … count-1, reporting every indicator, written in SQL: loading a catalog of
 * 1.000 organisations through the catalog service takes longer than its transaction may on a
 * busy machine.
 */
async function addOrganisations(database: Database, count: number): Promise<void> {
  await database.sql.query(
    `INSERT INTO "Organisation" ("blocId", "code", "name", "aliases", "sortOrder")
     SELECT o."blocId", 'O' || n, 'Hội số ' || n, '{}', n FROM "Organisation" o CROSS JOIN generate_series(1, $1::int - 1) AS n WHERE o."code" = 'O0'`,
    [count],
  );
  await database.sql.query(
    `INSERT INTO "IndicatorOrganisation" ("indicatorId", "organisationId")
     SELECT i."id", o."id" FROM "Indicator" i JOIN "Organisation" o ON o."blocId" = i."blocId" WHERE o."code" <> 'O0'`,
  );
}

/** Every organisation's report of `periodKeys`, written straight in SQL (one version, every figure, one text). */
async function seedReports(database: Database, periodKeys: readonly string[]): Promise<void> {
  const [person] = await database.sql.query<{ id: number }>(`SELECT "id" FROM "Person" ORDER BY "id" LIMIT 1`);
  const keys = [...periodKeys];
  await database.sql.query(
    `INSERT INTO "Submission" ("blocId", "organisationId", "periodKey", "currentVersion", "updatedAt")
     SELECT o."blocId", o."id", p.key, 1, now() FROM "Organisation" o CROSS JOIN unnest($1::text[]) AS p(key)`,
    [keys],
  );
  await database.sql.query(
    `INSERT INTO "SubmissionVersion" ("submissionId", "version", "submittedById")
     SELECT s."id", 1, $2 FROM "Submission" s WHERE s."periodKey" = ANY($1::text[])`,
    [keys, person?.id],
  );
  await database.sql.query(
    `INSERT INTO "SubmissionValue" ("versionId", "indicatorId", "value", "rawInput")
     SELECT v."id", io."indicatorId", (v."id" % 97) + io."indicatorId", ((v."id" % 97) + io."indicatorId")::text
     FROM "SubmissionVersion" v JOIN "Submission" s ON s."id" = v."submissionId"
     JOIN "IndicatorOrganisation" io ON io."organisationId" = s."organisationId"
     WHERE s."periodKey" = ANY($1::text[])`,
    [keys],
  );
  await database.sql.query(
    `INSERT INTO "SubmissionText" ("versionId", "section", "body")
     SELECT v."id", 'highlights', 'Tổ chức nhiều hoạt động thiết thực.' FROM "SubmissionVersion" v
     JOIN "Submission" s ON s."id" = v."submissionId" WHERE s."periodKey" = ANY($1::text[])`,
    [keys],
  );
}

/** p50 of each question, asked `runs` times by the chair in private, after one warm-up. */
async function askAll(harness: BotHarness, runs: number) {
  const result: Record<string, number> = {};
  for (const [name, text] of Object.entries(QUESTIONS)) {
    await harness.say({ id: CHAIR }, "private", text);
    const samples: number[] = [];
    for (let run = 0; run < runs; run += 1) samples.push(await elapsed(() => harness.say({ id: CHAIR }, "private", text)));
    result[`${name}_p50_ms`] = median(samples);
  }
  return result;
}

/**
 * Question latency at `organisations` × 4 quarters of reports, then × 20 (sixteen earlier
 * quarters added): the questions ask about this quarter only, so the 20 should cost what the 4 do.
 */
export async function measureQuestions(kind: BenchKind, database: Database, organisations: number) {
  // The bloc with its first organisation; the others are added in SQL.
  const harness = await openBenchBloc(database, benchCatalog(1, INDICATORS));
  await addOrganisations(database, organisations);
  await join(harness, BENCH_ADMIN, { id: CHAIR, role: "chair" });
  const runs = organisations >= 1000 ? 7 : 15;
  const lines: Record<string, unknown>[] = [];
  for (const [quarters, added] of [
    [4, RECENT],
    [20, EARLIER],
  ] as const) {
    await seedReports(database, added);
    lines.push({
      measure: "question_latency",
      database: kind,
      organisations,
      quarters,
      indicators: INDICATORS,
      ...(await askAll(harness, runs)),
      runs,
      questions: QUESTIONS,
      target: organisations === 1000 && quarters === 20 ? "< 50 ms, flat in quarters" : undefined,
    });
  }
  return lines.map((line) => ({ ...line, seeded_reports: round(organisations * (line.quarters as number)) }));
}
