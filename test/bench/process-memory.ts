import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BotCommand, spawnBot, waitFor } from "../support/spawn-bot.js";
import { round } from "./machine.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX: BotCommand = { cwd: ROOT, args: ["--import", "tsx", "src/main.ts"] };
const COMPILED: BotCommand = { cwd: ROOT, args: ["dist/main.js"] };

/** Seconds the console bot sits idle after its first reply before its RSS is read. */
const IDLE_SECONDS = 5;

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
  const bot = spawnBot({ LOG_LEVEL: "silent", ...env }, command);
  try {
    bot.process.stdin?.write("/help\n");
    await waitFor("the console's first reply", () => (bot.stdout().length > 0 ? true : undefined), 120_000);
    const firstReplySeconds = round((performance.now() - began) / 1000);
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const memory = await memoryOf(bot.process.pid as number);
    return { idle_rss_mib: memory.rss, peak_rss_mib: memory.peak, first_reply_s: firstReplySeconds };
  } finally {
    bot.process.stdin?.end();
    await bot.exited;
  }
}

/**
 * Idle and peak RSS of `npm start` (tsx) on a fresh PGlite folder, the same folder again, and
 * PostgreSQL; and of the compiled runtime (`node dist/main.js`) when `npm run build` has made it.
 */
export async function measureProcessMemory(postgresUrl: string | undefined): Promise<Record<string, unknown>[]> {
  const dir = await mkdtemp(join(tmpdir(), "giaoban-bench-"));
  const lines: Record<string, unknown>[] = [];
  const runtimes: [string, BotCommand][] = [["tsx (npm start)", TSX]];
  if (existsSync(join(ROOT, "dist/main.js"))) runtimes.push(["compiled (npm run start:prod)", COMPILED]);
  try {
    for (const [runtime, command] of runtimes) {
      const dataDir = join(dir, `data-${lines.length}`);
      const fresh = await consoleMemory({ DATA_DIR: dataDir }, command);
      lines.push({
        measure: "console_rss",
        runtime,
        database: "pglite",
        folder: "fresh (initdb and migrations)",
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
