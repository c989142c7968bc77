import type { Database } from "../../src/db/database.js";
import { join } from "../support/bloc-setup.js";
import { BENCH_ADMIN, openBenchBloc } from "./bench-bloc.js";
import type { BenchKind } from "./bench-databases.js";
import { CONCURRENT_REPRESENTATIVES, submit, submitAtOnce } from "./concurrent-submissions.js";
import { elapsed, percentile, round } from "./machine.js";
import { statementsOf } from "./statements.js";

const CHAIR = 2;
/** Representatives measured one at a time (latency), then all at once (throughput). */
const SOLO_REPRESENTATIVES = 40;
const MEMORY_UPDATES = 10_000;
/** People sending the memory measure's updates at once (representatives, who may ask too). */
const MEMORY_SENDERS = 20;
/** One more representative, whose figure step's statements are counted (PostgreSQL). */
const COUNTED = 1000 + SOLO_REPRESENTATIVES + CONCURRENT_REPRESENTATIVES;

/** A bloc big enough for every representative of the run, four figures each. */
function catalogDocument() {
  const count = SOLO_REPRESENTATIVES + CONCURRENT_REPRESENTATIVES + 1;
  const organisations = Array.from({ length: count }, (_, index) => ({ code: `O${index}`, name: `Hội số ${index}`, aliases: [] }));
  const orgs = organisations.map((org) => org.code);
  return {
    bloc: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Thử",
    group_chat_id: -1001000000001,
    catalog: {
      organisations,
      indicators: [
        { code: "HV_MOI", name: "Đoàn viên, hội viên mới", unit: "người", orgs },
        { code: "HV_GIAM", name: "Đoàn viên, hội viên giảm", unit: "người", orgs },
        { code: "GT_DANG", name: "Quần chúng ưu tú giới thiệu cho Đảng", unit: "người", orgs },
        { code: "KN_DANG", name: "Đảng viên mới được kết nạp", unit: "người", orgs },
      ],
    },
  };
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    p99_ms: round(percentile(sorted, 99)),
    samples: sorted.length,
  };
}

/** RSS in MiB, after a collection when the bench runs with --expose-gc. */
function rssMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return round(process.memoryUsage().rss / 2 ** 20);
}

/** Latency, throughput and memory of the real bot on one database, in process (RSS idle: after the bloc is set up). */
export async function measureUpdates(kind: BenchKind, database: Database) {
  const began = performance.now();
  const progress = (what: string) => process.stderr.write(`${kind}: ${what} at ${Math.round((performance.now() - began) / 1000)} s\n`);
  const harness = await openBenchBloc(database, catalogDocument());
  await join(harness, BENCH_ADMIN, { id: CHAIR, role: "chair" });
  const total = SOLO_REPRESENTATIVES + CONCURRENT_REPRESENTATIVES + 1;
  for (let index = 0; index < total; index += 1)
    await join(harness, BENCH_ADMIN, { id: 1000 + index, role: "representative", org: `O${index}` });

  const idle = rssMiB();
  progress("bloc and people ready");
  const steps: number[] = [];
  for (let index = 0; index < SOLO_REPRESENTATIVES; index += 1) await submit(harness, 1000 + index, steps);
  const questions: number[] = [];
  for (let index = 0; index < 200; index += 1) {
    questions.push(await elapsed(() => harness.say({ id: CHAIR }, "private", index % 2 ? "kết quả quý IV" : `Hội số ${index % 40} quý 4`)));
  }
  progress("latency measured");
  const stepLatency = summary(steps);
  const lines: Record<string, unknown>[] = [];
  if (kind === "postgres") {
    // A figure answer in the middle of a submission, its statements as the server receives them.
    const user = { id: COUNTED };
    await harness.say(user, "private", "/nop");
    await harness.say(user, "private", "1.250");
    const statements = await statementsOf(() => harness.say(user, "private", "96"));
    lines.push({ measure: "figure_step_statements", database: kind, count: statements.length, statements });
  }
  lines.push(
    {
      measure: "submission_step_latency",
      database: kind,
      ...stepLatency,
      target: "p99 < 20 ms",
    },
    { measure: "question_latency", database: kind, ...summary(questions), note: "half of them total 241 organisations" },
  );

  const throughput = await submitAtOnce(harness, kind, 1000 + SOLO_REPRESENTATIVES);
  progress("throughput measured");
  lines.push({
    measure: "throughput_concurrent_representatives",
    database: kind,
    ...throughput,
    target: kind === "postgres" ? ">= 300 updates/s" : ">= 150 updates/s",
  });

  const rss: number[] = [rssMiB()];
  const memoryStarted = performance.now();
  for (let batch = 0; batch < MEMORY_UPDATES / MEMORY_SENDERS; batch += 1) {
    // Mostly light updates through every middleware (and a row in the inbox each), one in ten a
    // question; several people at once, so the 10.000 take a minute, not five.
    await Promise.all(
      Array.from({ length: MEMORY_SENDERS }, (_, sender) =>
        harness.say({ id: 1000 + sender }, "private", (batch * MEMORY_SENDERS + sender) % 10 === 0 ? "ai chưa nộp" : "/trogiup"),
      ),
    );
    const done = (batch + 1) * MEMORY_SENDERS;
    if (done % 2000 === 0) {
      rss.push(rssMiB());
      progress(`${done} updates for the memory measure`);
    }
  }
  const memorySeconds = (performance.now() - memoryStarted) / 1000;
  lines.push({
    measure: "rss_after_updates_mib",
    database: kind,
    idle_rss_mib: idle,
    note: "the bench process itself (harness, earlier measures' garbage); the console's own RSS is console_rss",
    updates: MEMORY_UPDATES,
    senders_at_once: MEMORY_SENDERS,
    updates_per_second: round(MEMORY_UPDATES / memorySeconds),
    rss_mib_every_2000: rss,
    growth_mib_last_8000: round((rss.at(-1) as number) - (rss[1] as number)),
    gc_forced: typeof (globalThis as { gc?: unknown }).gc === "function",
  });
  return lines;
}
