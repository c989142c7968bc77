import { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Database } from "../../src/db/database.js";
import { join } from "../support/bloc-setup.js";
import { TEST_BOT_INFO } from "../support/bot-harness.js";
import { BENCH_ADMIN, benchCatalog, openBenchBloc } from "./bench-bloc.js";
import type { BenchKind } from "./bench-databases.js";
import { elapsed, median, percentile, round } from "./machine.js";

const INDICATORS = 100;
/** Submissions of 100 figures measured, one representative (and organisation) each. */
const SUBMISSIONS = 8;
/** The answers whose step is reported: the 1st, the 20th and the 100th figure, each with its four neighbours inside the catalog (more samples). */
const REPORTED_K = [1, 20, 100] as const;
const WINDOW = 5;

/** The reported k whose window holds answer `k`. */
function windowOf(k: number): number | undefined {
  return REPORTED_K.find(
    (reported) => k >= Math.min(reported, INDICATORS - WINDOW + 1) && k < Math.min(reported, INDICATORS - WINDOW + 1) + WINDOW,
  );
}

/**
 * A submission step at the 1st, 20th and 100th answer of a 100-indicator catalog, and the
 * stored step record and draft at the review: the step re-reads the draft, so it should not
 * grow with the answers before it.
 */
export async function measureStepGrowth(kind: BenchKind, database: Database) {
  const harness = await openBenchBloc(database, benchCatalog(SUBMISSIONS, INDICATORS));
  const byK = new Map<number, number[]>(REPORTED_K.map((k) => [k, []]));
  let state = { step_record_bytes: 0, draft_bytes: 0 };
  for (let index = 0; index < SUBMISSIONS; index += 1) {
    const user = { id: 2000 + index };
    await join(harness, BENCH_ADMIN, { id: user.id, role: "representative", org: `O${index}` });
    await harness.say(user, "private", "/nop");
    for (let k = 1; k <= INDICATORS; k += 1) {
      const ms = await elapsed(() => harness.say(user, "private", String(100 + k)));
      byK.get(windowOf(k) ?? 0)?.push(ms);
    }
    for (let text = 0; text < 4; text += 1) await harness.say(user, "private", "không");
    const [record] = await database.sql.query<{ bytes: number }>(
      `SELECT max(octet_length("value"))::int AS bytes FROM "ConversationState"`,
    );
    const [draft] = await database.sql.query<{ bytes: number }>(
      `SELECT max(octet_length("answers"::text))::int AS bytes FROM "SubmissionDraft"`,
    );
    state = { step_record_bytes: record?.bytes ?? 0, draft_bytes: draft?.bytes ?? 0 };
    await harness.press(user, "private", "Xác nhận");
  }
  const steps = Object.fromEntries(REPORTED_K.map((k) => [`k${k}_p50_ms`, median(byK.get(k) ?? [])]));
  return {
    measure: "submission_step_by_earlier_answers",
    database: kind,
    indicators: INDICATORS,
    submissions: SUBMISSIONS,
    ...steps,
    window: "k1: answers 1–5, k20: 20–24, k100: 96–100",
    ratio_k100_to_k1: round((steps.k100_p50_ms as number) / (steps.k1_p50_ms as number)),
    at_review: state,
    target: "k100 within 1,2× of k1",
  };
}

/**
 * The floor: a bare grammY handler that writes one row (one database round trip, an upsert
 * into the same ConversationState table the step record lives in) and replies, behind the
 * same kind of fake Bot API. The bot no longer uses conversations v2, so this replaces the
 * bare conversations-v2 loop as the floor a step is compared with.
 */
export async function measureFloor(kind: BenchKind, database: Database) {
  const bot = new Bot("123456:FLOOR", {
    botInfo: TEST_BOT_INFO,
    client: {
      fetch: (async () =>
        new Response(JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: "private" }, text: "" } }), {
          headers: { "content-type": "application/json" },
        })) as unknown as typeof fetch,
    },
  });
  bot.on("message:text", async (ctx) => {
    await database.sql.query(
      `INSERT INTO "ConversationState" ("key", "value", "updatedAt") VALUES ($1, $2, now())
       ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
      [`floor:${ctx.chat.id}`, JSON.stringify({ step: "figure", text: ctx.message.text })],
    );
    await ctx.reply(ctx.message.text);
  });
  const samples: number[] = [];
  for (let index = 0; index < 2500; index += 1) {
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
    const ms = await elapsed(() => bot.handleUpdate(update));
    if (index >= 500) samples.push(ms);
  }
  const sorted = samples.sort((a, b) => a - b);
  return {
    measure: "floor_one_round_trip_handler",
    database: kind,
    p50_ms: round(percentile(sorted, 50)),
    p99_ms: round(percentile(sorted, 99)),
    samples: sorted.length,
    note: "bare grammY handler, one upsert, same fake Bot API; replaces the conversations-v2 floor (the bot no longer uses conversations)",
  };
}
