import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The bot as `npm start` runs it, in its own process, with the given environment. */
export interface SpawnedBot {
  process: ChildProcess;
  /** Everything written to stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** How the bot is started: node's arguments, from which folder. */
export interface BotCommand {
  cwd: string;
  args: string[];
}

/**
 * src/main.ts from the project's root, as `npm start` runs it, but transpiled once for the
 * whole test run by global setup (test/support/bot-build.ts) instead of by tsx in each process.
 */
function testRunBot(): BotCommand {
  return { cwd: ROOT, args: ["--enable-source-maps", inject("botEntry")] };
}

/**
 * Starts the bot with node (not through npm, so a kill reaches the bot itself): src/ as the
 * test run built it, or `command` (the compiled runtime, or tsx for the bench, which runs
 * outside vitest). BOT_TOKEN, ZALO_BOT_TOKEN and DATABASE_URL are removed unless given.
 */
export function spawnBot(env: Record<string, string>, command: BotCommand = testRunBot()): SpawnedBot {
  const { BOT_TOKEN, ZALO_BOT_TOKEN, DATABASE_URL, ...inherited } = process.env;
  const child = spawn(process.execPath, command.args, {
    cwd: command.cwd,
    env: { ...inherited, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString("utf8");
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { process: child, stdout: () => out, stderr: () => err, exited };
}

/** Polls `check` until it returns a value, or fails after `timeoutMs` with `what`. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** A TCP port free on loopback right now, for an emulator. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
