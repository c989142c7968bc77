import { Bot } from "grammy";
import type { Update } from "grammy/types";
import pg from "pg";
import { applyCatalogs } from "../../src/app/catalog-service.js";
import { type Database, openDatabase } from "../../src/db/database.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { join } from "../support/bloc-setup.js";
import { BotHarness, TEST_BOT_INFO } from "../support/bot-harness.js";
import { percentile, round } from "./machine.js";

const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = 1;
const CHAIR = 2;
/** Representatives measured one at a time (latency), then all at once (throughput). */
const SOLO_REPRESENTATIVES = 40;
const CONCURRENT_REPRESENTATIVES = 200;
const MEMORY_UPDATES = 10_000;

/** A bloc big enough for every representative of the run, four figures each. */
function catalogDocument() {
  const count = SOLO_REPRESENTATIVES + CONCURRENT_REPRESENTATIVES;
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

async function timed(samples: number[], action: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await action();
  samples.push(performance.now() - start);
}

/** One representative's whole submission; the figure answers' latencies go into `samples`. */
async function submit(harness: BotHarness, userId: number, samples: number[]): Promise<void> {
  const user = { id: userId };
  await harness.say(user, "private", "/nop");
  for (const figure of ["1.250", "96", "hai trăm", "121"]) await timed(samples, () => harness.say(user, "private", figure));
  for (let text = 0; text < 4; text += 1) await timed(samples, () => harness.say(user, "private", "không"));
  await harness.press(user, "private", "Xác nhận");
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

/** A bare grammY handler that echoes text, behind the same kind of fake Bot API: the floor. */
async function echoFloor(): Promise<ReturnType<typeof summary>> {
  const bot = new Bot("123456:ECHO", {
    botInfo: TEST_BOT_INFO,
    client: {
      fetch: (async () =>
        new Response(JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: "private" }, text: "" } }), {
          headers: { "content-type": "application/json" },
        })) as unknown as typeof fetch,
    },
  });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  const samples: number[] = [];
  for (let index = 0; index < 3000; index += 1) {
    const update = {
      update_id: index,
      message: {
        message_id: index,
        date: 0,
        chat: { id: 7, type: "private", first_name: "A" },
        from: { id: 7, is_bot: false, first_name: "A" },
        text: "1.250",
      },
    } as Update;
    await timed(samples, () => bot.handleUpdate(update));
  }
  return summary(samples.slice(500));
}

/** RSS in MiB, after a collection when the bench runs with --expose-gc. */
function rssMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return round(process.memoryUsage().rss / 2 ** 20);
}

/** Latency, throughput and memory of the real bot on one database, in process. */
async function measureOn(kind: "pglite" | "postgres", database: Database, floor: ReturnType<typeof summary>) {
  const began = performance.now();
  const progress = (what: string) => process.stderr.write(`${kind}: ${what} at ${Math.round((performance.now() - began) / 1000)} s\n`);
  const harness = new BotHarness(database, { now: () => NOW });
  await applyCatalogs(harness.services.catalog, parseCatalog(catalogDocument()), NOW);
  await harness.services.people.bootstrapAdmins([{ channel: "telegram", id: String(ADMIN) }], "telegram", NOW);
  await join(harness, ADMIN, { id: CHAIR, role: "chair" });
  const total = SOLO_REPRESENTATIVES + CONCURRENT_REPRESENTATIVES;
  for (let index = 0; index < total; index += 1) await join(harness, ADMIN, { id: 1000 + index, role: "representative", org: `O${index}` });

  progress("bloc and people ready");
  const steps: number[] = [];
  for (let index = 0; index < SOLO_REPRESENTATIVES; index += 1) await submit(harness, 1000 + index, steps);
  const questions: number[] = [];
  for (let index = 0; index < 200; index += 1) {
    await timed(questions, () => harness.say({ id: CHAIR }, "private", index % 2 ? "kết quả quý IV" : `Hội số ${index % 40} quý 4`));
  }
  progress("latency measured");
  const stepLatency = summary(steps);
  const lines: Record<string, unknown>[] = [
    {
      measure: "submission_step_latency",
      database: kind,
      ...stepLatency,
      floor_p50_ms: floor.p50_ms,
      ratio_to_floor_p50: round(stepLatency.p50_ms / floor.p50_ms),
      target: "p99 < 20 ms",
    },
    { measure: "question_latency", database: kind, ...summary(questions), note: "half of them total 240 organisations" },
  ];

  const concurrent: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENT_REPRESENTATIVES }, (_, index) => submit(harness, 1000 + SOLO_REPRESENTATIVES + index, concurrent)),
  );
  const seconds = (performance.now() - started) / 1000;
  progress("throughput measured");
  const updates = CONCURRENT_REPRESENTATIVES * 10;
  lines.push({
    measure: "throughput_concurrent_representatives",
    database: kind,
    representatives: CONCURRENT_REPRESENTATIVES,
    updates,
    updates_per_second: round(updates / seconds),
    step_p99_ms: summary(concurrent).p99_ms,
    target: kind === "postgres" ? ">= 300 updates/s" : ">= 150 updates/s",
  });

  const rss: number[] = [rssMiB()];
  for (let index = 1; index <= MEMORY_UPDATES; index += 1) {
    // Mostly light updates through every middleware (and a row of processed updates each), one in ten a question.
    await harness.say({ id: CHAIR }, "private", index % 10 === 0 ? "ai chưa nộp" : "/trogiup");
    if (index % 2000 === 0) {
      rss.push(rssMiB());
      progress(`${index} updates for the memory measure`);
    }
  }
  lines.push({
    measure: "rss_after_updates_mib",
    database: kind,
    updates: MEMORY_UPDATES,
    rss_mib_every_2000: rss,
    growth_mib_last_8000: round((rss.at(-1) as number) - (rss[1] as number)),
    gc_forced: typeof (globalThis as { gc?: unknown }).gc === "function",
  });
  return lines;
}

/** A PostgreSQL database for the run, dropped afterwards; undefined when no server answers. */
async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const server = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `giaoban_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch {
    return undefined;
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Every update-level measure, on PGlite and, when a server answers, on PostgreSQL. */
export async function measureUpdates(): Promise<Record<string, unknown>[]> {
  const floor = await echoFloor();
  const lines: Record<string, unknown>[] = [{ measure: "echo_floor_latency", ...floor, note: "bare grammY handler, same fake Bot API" }];
  const pglite = await openDatabase({ dataDir: "memory" });
  try {
    lines.push(...(await measureOn("pglite", pglite, floor)));
  } finally {
    await pglite.close();
  }
  const postgres = await postgresDatabase();
  if (!postgres) {
    lines.push({ measure: "postgres", skipped: "no PostgreSQL server at TEST_DATABASE_URL or 127.0.0.1:5432" });
    return lines;
  }
  const database = await openDatabase({ databaseUrl: postgres.url });
  try {
    lines.push(...(await measureOn("postgres", database, floor)));
  } finally {
    await database.close();
    await postgres.drop();
  }
  return lines;
}
