import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, type SpawnedBot, spawnBot, waitFor } from "../support/spawn-bot.js";
import { type StrictEmulator, startStrictEmulator } from "../support/strict-emulator.js";

const TOKEN = "123456789:AAE2eTestTokenForTheEmulatorOnly";

describe("the bot on Telegram, against a Bot API emulator on loopback", () => {
  let dir: string;
  let emulator: StrictEmulator;
  let bot: SpawnedBot;
  let httpPort: number;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "giaoban-e2e-"));
    emulator = await startStrictEmulator({ storeTimeout: 600 });
    httpPort = await freePort();
    bot = spawnBot({
      PORT: String(httpPort),
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      DATA_DIR: join(dir, "data"),
      LOG_LEVEL: "info",
    });
    await waitFor("the bot to start polling", () => (bot.stderr().includes("polling Telegram") ? true : undefined), 60_000);
  });
  afterAll(async () => {
    bot.process.kill("SIGTERM");
    await bot.exited;
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers /help sent by a user over HTTP", async () => {
    const client = emulator.server.getClient(TOKEN, { userId: 9102, chatId: 9102, firstName: "Minh" });
    await client.sendCommand(client.makeCommand("/help"));
    const updates = await waitFor("the bot's answer", async () => {
      const result = await client.getUpdates();
      return result.result.length > 0 ? result.result : undefined;
    });
    expect(updates[0]?.message.text).toContain("/trogiup (/help)");
    expect(emulator.refusals).toEqual([]);
  });

  it("serves /healthz, /readyz and /metrics while polling, since PORT is set", async () => {
    const base = `http://127.0.0.1:${httpPort}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: "ok", missingMigrations: [] });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain("# TYPE giaoban_bot_api_errors_total counter");
    expect(metrics).toContain("# TYPE giaoban_database_errors_total counter");
    expect(metrics).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it("shuts down cleanly on SIGTERM", async () => {
    bot.process.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
  });
});
