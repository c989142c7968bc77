import type { ChatHarness } from "../support/bot-harness.js";
import type { BenchKind } from "./bench-databases.js";
import { elapsed, percentile, round } from "./machine.js";
import { countStatements } from "./statements.js";

/** Representatives submitting at once in the throughput measures (the real bot's and its floor). */
export const CONCURRENT_REPRESENTATIVES = 200;
/** The updates of one submission (see `submit`). */
export const UPDATES_PER_SUBMISSION = 10;

/**
 * One representative's whole submission, 10 updates: /nop, four figures, four "không" text
 * answers and the "Xác nhận" button; the figure and text answers' latencies go into `samples`.
 */
export async function submit(harness: ChatHarness, userId: number, samples: number[]): Promise<void> {
  const user = { id: userId };
  await harness.say(user, "private", "/nop");
  for (const figure of ["1.250", "96", "hai trăm", "121"]) samples.push(await elapsed(() => harness.say(user, "private", figure)));
  for (let text = 0; text < 4; text += 1) samples.push(await elapsed(() => harness.say(user, "private", "không")));
  await harness.press(user, "private", "Xác nhận");
}

/**
 * CONCURRENT_REPRESENTATIVES representatives (user ids from `firstUserId`) submitting at once
 * through `harness`: updates a second, the process's CPU time an update (what bounds it on a
 * small machine, where the bot, the harness and PGlite share one Node process) and, on
 * PostgreSQL, the statements an update sends (counted on the pg client over the phase).
 */
export async function submitAtOnce(harness: ChatHarness, kind: BenchKind, firstUserId: number) {
  const samples: number[] = [];
  const all = () =>
    Promise.all(Array.from({ length: CONCURRENT_REPRESENTATIVES }, (_, index) => submit(harness, firstUserId + index, samples)));
  const cpu = process.cpuUsage();
  const started = performance.now();
  let statements: number | undefined;
  if (kind === "postgres") statements = await countStatements(all);
  else await all();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const updates = CONCURRENT_REPRESENTATIVES * UPDATES_PER_SUBMISSION;
  return {
    representatives: CONCURRENT_REPRESENTATIVES,
    updates,
    updates_per_second: round(updates / seconds),
    cpu_ms_per_update: round((used.user + used.system) / 1000 / updates),
    ...(statements === undefined ? {} : { statements_per_update: round(statements / updates) }),
    step_p99_ms: round(
      percentile(
        [...samples].sort((a, b) => a - b),
        99,
      ),
    ),
  };
}
