/**
 * `npm run bench`: the project's performance record, one JSON line per measure, each with the
 * machine it was taken on. Timing goals live here, never in tests. PostgreSQL is measured when
 * BENCH_DATABASE_URL, TEST_DATABASE_URL or the local server (postgres@127.0.0.1:5432) answers;
 * each measure gets a database of its own, created for the run and dropped after it.
 */
import { createI18n } from "../../src/bot/i18n.js";
import type { Database } from "../../src/db/database.js";
import { compileWasmLeanly } from "../../src/lean-wasm.js";
import { type BenchDatabase, BenchDatabases, type BenchKind } from "./bench-databases.js";
import { measureBriefing } from "./briefing.js";
import { measureLanguage } from "./language.js";
import { describeMachine } from "./machine.js";
import { measureProcessMemory } from "./process-memory.js";
import { measureQuestions } from "./questions.js";
import { measureReportReading } from "./report-reading.js";
import { measureFloor, measureStepGrowth } from "./steps.js";
import { measureThroughputFloor } from "./throughput-floor.js";
import { measureUpdates } from "./updates.js";

const print = (line: Record<string, unknown>) => console.log(JSON.stringify({ ...line, machine: describeMachine() }));
const i18n = createI18n();
/** `npm run bench -- questions 1000`: one group of measures, and the organisation counts of the questions. */
const only = process.argv[2];
const organisationCounts = process.argv[3] ? process.argv[3].split(",").map(Number) : [6, 100, 1000];

/** Runs `measure` on a fresh database of `kind` and returns its lines. */
async function linesOn(
  databases: BenchDatabases,
  kind: BenchKind,
  measure: (opened: BenchDatabase) => Promise<unknown>,
): Promise<Record<string, unknown>[]> {
  const opened = await databases.open(kind);
  try {
    const result = await measure(opened);
    return (Array.isArray(result) ? result : [result]) as Record<string, unknown>[];
  } finally {
    await opened.close();
  }
}

/** Runs `measure` on a fresh database of `kind` and prints its lines. */
async function on(databases: BenchDatabases, kind: BenchKind, measure: (database: Database) => Promise<unknown>) {
  for (const line of await linesOn(databases, kind, (opened) => measure(opened.database))) print(line);
}

// As the bot's process does at start (src/main.ts), so the measures in process are of the same code.
compileWasmLeanly();
const databases = await BenchDatabases.prepare();
if (!databases.postgresServer)
  print({ measure: "postgres", skipped: "no PostgreSQL server at BENCH_DATABASE_URL, TEST_DATABASE_URL or 127.0.0.1:5432" });
if (!only || only === "language") {
  for (const line of measureLanguage()) print(line);
  for (const line of measureBriefing((key, params) => i18n.t("vi", key, params))) print(line);
}
if (!only || only === "reading") for (const line of measureReportReading()) print(line);
for (const kind of databases.kinds()) {
  process.stderr.write(`${kind}: steps, questions, updates\n`);
  if (!only || only === "steps") {
    await on(databases, kind, (database) => measureFloor(kind, database));
    await on(databases, kind, (database) => measureStepGrowth(kind, database));
  }
  if (!only || only === "questions") {
    for (const organisations of organisationCounts)
      await on(databases, kind, (database) => measureQuestions(kind, database, organisations));
  }
  if (!only || only === "updates") {
    const lines = await linesOn(databases, kind, (opened) => measureUpdates(kind, opened.database));
    const floor = await linesOn(databases, kind, (opened) => measureThroughputFloor(kind, opened));
    // The floor printed right after the throughput it is the floor of.
    lines.splice(lines.findIndex((line) => line.measure === "throughput_concurrent_representatives") + 1, 0, ...floor);
    for (const line of lines) print(line);
  }
}
if (!only || only === "memory") {
  const postgres = await databases.postgresUrl();
  try {
    for (const line of await measureProcessMemory(postgres?.url)) print(line);
  } finally {
    await postgres?.drop();
  }
}
