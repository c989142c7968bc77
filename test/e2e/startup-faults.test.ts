import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, spawnBot } from "../support/spawn-bot.js";

const BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
const ZALO_BOT_TOKEN = "1234567890:zalo-secret-token";
const WEBHOOK_SECRET = "hook-secret-XYZ123";
const PASSWORD = "pa/ss-SECRET1";
/** Every form a secret could be printed in. */
const SECRETS = [BOT_TOKEN, BOT_TOKEN.split(":")[1], ZALO_BOT_TOKEN, WEBHOOK_SECRET, PASSWORD, encodeURIComponent(PASSWORD)];

/** Runs the bot to its exit; returns the code and everything it printed. */
async function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const bot = spawnBot({ LOG_LEVEL: "debug", STARTUP_WAIT_SECONDS: "1", ...env });
  const code = await bot.exited;
  return { code, output: `${bot.stdout()}\n${bot.stderr()}` };
}

function expectNoSecret(output: string): void {
  for (const secret of SECRETS) expect(output).not.toContain(secret);
}

describe("start-up faults: a clear message, a non-zero exit, and no secret printed", () => {
  let dir: string;
  let closedPort: number;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "giaoban-faults-"));
    closedPort = await freePort();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("a DATABASE_URL whose password has an unencoded / is refused by name, without the password", async () => {
    const { code, output } = await runToExit({
      DATABASE_URL: `postgresql://bot:${PASSWORD}@127.0.0.1:${closedPort}/giaoban`,
      BOT_TOKEN,
      WEBHOOK_URL: "https://bot.example.org/hook",
      WEBHOOK_SECRET,
    });
    expect(code).toBe(2);
    expect(output).toContain("DATABASE_URL: is not a valid URL");
    expectNoSecret(output);
  });

  it("a PostgreSQL server that is not there stops start-up naming DATABASE_URL, without the password", async () => {
    const { code, output } = await runToExit({
      DATABASE_URL: `postgresql://bot:${encodeURIComponent(PASSWORD)}@127.0.0.1:${closedPort}/giaoban`,
      BOT_TOKEN,
      WEBHOOK_URL: "https://bot.example.org/hook",
      WEBHOOK_SECRET,
    });
    expect(code).toBe(1);
    expect(output).toContain(`Could not open the database at postgresql://bot:***@127.0.0.1:${closedPort}/giaoban`);
    expect(output).toContain("Check DATABASE_URL");
    expectNoSecret(output);
  });

  it("a Telegram Bot API root that cannot be reached stops the bot after the wait, naming TELEGRAM_API_ROOT", async () => {
    const { code, output } = await runToExit({
      BOT_TOKEN,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${closedPort}`,
      DATA_DIR: join(dir, "data"),
      WEBHOOK_URL: "https://bot.example.org/hook",
      WEBHOOK_SECRET,
    });
    expect(code).toBe(1);
    expect(output).toMatch(/Could not reach the Telegram Bot API at http:\/\/127\.0\.0\.1:\d+: \d+ attempt\(s\) over [\d.]+ s/);
    expect(output).toContain("ECONNREFUSED");
    expect(output).toContain("Check TELEGRAM_API_ROOT");
    expectNoSecret(output);
  });

  it("a Zalo Bot API root that cannot be reached stops the bot after the wait, naming ZALO_API_ROOT", async () => {
    const { code, output } = await runToExit({
      ZALO_BOT_TOKEN,
      ZALO_API_ROOT: `http://127.0.0.1:${closedPort}`,
      DATA_DIR: join(dir, "data"),
    });
    expect(code).toBe(1);
    expect(output).toMatch(/Could not reach Zalo's Bot API at http:\/\/127\.0\.0\.1:\d+: \d+ attempt\(s\) over [\d.]+ s/);
    expect(output).toContain("Check ZALO_API_ROOT");
    expectNoSecret(output);
  });

  describe("a Bot API that answers", () => {
    let server: Server;
    let root: string;
    beforeAll(async () => {
      // Knows the bot, takes its command menu, refuses its webhook and any other token.
      server = createServer((request, response) => {
        const [, token, method] = /^\/bot([^/]+)\/(\w+)/.exec(request.url ?? "") ?? [];
        const answer =
          token !== BOT_TOKEN
            ? { ok: false, error_code: 401, description: "Unauthorized" }
            : method === "getMe"
              ? { ok: true, result: { id: 123456789, is_bot: true, first_name: "Giao ban", username: "giaoban_bot" } }
              : method === "setWebhook"
                ? { ok: false, error_code: 400, description: "Bad Request: bad webhook: Failed to resolve host" }
                : { ok: true, result: true };
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
      });
      const port = await freePort();
      await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
      root = `http://127.0.0.1:${port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("a wrong BOT_TOKEN stops the bot at once, naming BOT_TOKEN", async () => {
      const { code, output } = await runToExit({
        BOT_TOKEN: "987654321:AAWrongTokenWrongTokenWrongToken",
        TELEGRAM_API_ROOT: root,
        DATA_DIR: join(dir, "data"),
      });
      expect(code).toBe(1);
      expect(output).toContain("refused the bot (401: Unauthorized). Check BOT_TOKEN.");
      expect(output).not.toContain("AAWrongTokenWrongTokenWrongToken");
    });

    it("a refused setWebhook, an error whose payload carries the secret_token, crashes without printing it", async () => {
      const { code, output } = await runToExit({
        BOT_TOKEN,
        TELEGRAM_API_ROOT: root,
        DATA_DIR: join(dir, "data"),
        WEBHOOK_URL: "https://bot.example.org/hook",
        WEBHOOK_SECRET,
        PORT: String(await freePort()),
      });
      expect(code).toBe(1);
      expect(output).toContain("bad webhook");
      expect(output).toContain("secret_token");
      expectNoSecret(output);
    });
  });
});
