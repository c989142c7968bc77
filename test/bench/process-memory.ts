import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGLITE_IMAGE_DIR } from "../../src/db/pglite-image.js";
import { type BotCommand, spawnBot, waitFor } from "../support/spawn-bot.js";
import { round } from "./machine.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX: BotCommand = { cwd: ROOT, args: ["--import", "tsx", "src/main.ts"] };
const COMPILED: BotCommand = { cwd: ROOT, args: ["dist/main.js"] };

/**
 * Preloaded into the console bot: on SIGUSR2 it writes process.memoryUsage() (V8's heap,
 * external memory and array buffers, in bytes) as one line on stderr, so the bench can say what
 * of the RSS is V8's and what is not (PGlite's WebAssembly memory and compiled code, Node itself).
 */
const MEMORY_PROBE =
  "--import=data:text/javascript,process.on('SIGUSR2',()=>process.stderr.write('memory:'+JSON.stringify(process.memoryUsage())+'\\n'))";

/** Seconds after its first reply at which the console's RSS is read first: the start's garbage still in. */
const SETTLING_SECONDS = 5;
/**
 * Seconds after its first reply at which the console counts as idle: V8's memory reducer gives
 * back the young generation and the start's garbage once allocation has stopped for a while
 * (15–20 s after the reply on this machine), as a bot waiting for its next message does.
 */
const IDLE_SECONDS = 30;

/** VmRSS (now) and VmHWM (the peak since start) of a process, in MiB, from /proc. */
async function memoryOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rss: round(kib("VmRSS") / 1024), peak: round(kib("VmHWM") / 1024) };
}

/**
 * The console bot as `npm start` runs it (`node --import tsx src/main.ts`, without npm's and
 * tsx's wrapper processes): RSS once it has answered `/help` and sat idle, and its peak.
 */
async function consoleMemory(env: Record<string, string>, command: BotCommand) {
  const began = performance.now();
  const bot = spawnBot({ LOG_LEVEL: "silent", ...env }, { ...command, args: [MEMORY_PROBE, ...command.args] });
  try {
    bot.process.stdin?.write("/help\n");
    await waitFor("the console's first reply", () => (bot.stdout().length > 0 ? true : undefined), 120_000);
    const firstReplySeconds = round((performance.now() - began) / 1000);
    const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    await wait(SETTLING_SECONDS);
    const settling = await memoryOf(bot.process.pid as number);
    await wait(IDLE_SECONDS - SETTLING_SECONDS);
    const memory = await memoryOf(bot.process.pid as number);
    bot.process.kill("SIGUSR2");
    const usage = await waitFor("the console's memory usage", () => {
      const line = /^memory:(.*)$/m.exec(bot.stderr())?.[1];
      return line ? (JSON.parse(line) as NodeJS.MemoryUsage) : undefined;
    });
    const mib = (bytes: number) => round(bytes / 1024 / 1024);
    return {
      rss_5s_after_reply_mib: settling.rss,
      idle_rss_mib: memory.rss,
      idle_after_s: IDLE_SECONDS,
      peak_rss_mib: memory.peak,
      first_reply_s: firstReplySeconds,
      v8_heap_total_mib: mib(usage.heapTotal),
      v8_heap_used_mib: mib(usage.heapUsed),
      external_mib: mib(usage.external),
      array_buffers_mib: mib(usage.arrayBuffers),
      outside_v8_mib: round(memory.rss - mib(usage.heapTotal) - mib(usage.external)),
    };
  } finally {
    bot.process.stdin?.end();
    await bot.exited;
  }
}

/**
 * Makes the prepared PGlite image (`npm run db:image`) when it is missing, and returns how to
 * hide it for a while: a fresh folder is then made by initdb, as without the image.
 */
function preparedImage(): { hidden<T>(work: () => Promise<T>): Promise<T> } {
  if (!existsSync(PGLITE_IMAGE_DIR))
    execFileSync(process.execPath, ["--import", "tsx", "src/db/image-cli.ts"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const aside = `${PGLITE_IMAGE_DIR.replace(/\/$/, "")}.hidden-by-bench`;
  return {
    hidden: async (work) => {
      await rename(PGLITE_IMAGE_DIR, aside);
      try {
        return await work();
      } finally {
        await rename(aside, PGLITE_IMAGE_DIR);
      }
    },
  };
}

/**
 * Idle and peak RSS of `npm start` (tsx) on a fresh PGlite folder made by initdb, one loaded
 * from the prepared image, that folder again, and PostgreSQL; and of the compiled runtime
 * (`node dist/main.js`) when `npm run build` has made it.
 */
export async function measureProcessMemory(postgresUrl: string | undefined): Promise<Record<string, unknown>[]> {
  const dir = await mkdtemp(join(tmpdir(), "giaoban-bench-"));
  const lines: Record<string, unknown>[] = [];
  const runtimes: [string, BotCommand][] = [["tsx (npm start)", TSX]];
  if (existsSync(join(ROOT, "dist/main.js"))) runtimes.push(["compiled (npm run start:prod)", COMPILED]);
  const image = preparedImage();
  try {
    for (const [runtime, command] of runtimes) {
      const initdb = await image.hidden(() => consoleMemory({ DATA_DIR: join(dir, `initdb-${lines.length}`) }, command));
      lines.push({
        measure: "console_rss",
        runtime,
        database: "pglite",
        folder: "fresh, no image (initdb and migrations)",
        ...initdb,
        target: "never above 400 MiB",
      });
      const dataDir = join(dir, `data-${lines.length}`);
      const fresh = await consoleMemory({ DATA_DIR: dataDir }, command);
      lines.push({
        measure: "console_rss",
        runtime,
        database: "pglite",
        folder: "fresh, from the prepared image (npm run db:image)",
        ...fresh,
        target: "never above 400 MiB",
      });
      const existing = await consoleMemory({ DATA_DIR: dataDir }, command);
      lines.push({
        measure: "console_rss",
        runtime,
        database: "pglite",
        folder: "existing",
        ...existing,
        target: "idle < 200 MiB, never above 400",
      });
      if (postgresUrl) {
        const postgres = await consoleMemory({ DATABASE_URL: postgresUrl }, command);
        lines.push({ measure: "console_rss", runtime, database: "postgres", ...postgres, target: "idle < 150 MiB" });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}
