import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config/parse-config.js";

function errorOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected parseConfig to refuse the environment");
}

describe("parseConfig", () => {
  it("gives the documented defaults for an empty environment: console on embedded PGlite", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      botToken: undefined,
      telegramApiRoot: "https://api.telegram.org",
      zaloApiRoot: "https://bot-api.zaloplatforms.com",
      databaseUrl: undefined,
      dataDir: "./data",
      adminIds: [],
      webhook: undefined,
      port: undefined,
      startupWaitMs: 15_000,
      logLevel: undefined,
    });
  });

  it("reads a full production environment", () => {
    const config = parseConfig({
      BOT_TOKEN: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
      TELEGRAM_API_ROOT: "http://127.0.0.1:9000/",
      DATABASE_URL: "postgresql://bot:s3cret@db:5432/giaoban",
      DATA_DIR: "/var/lib/giaoban",
      ADMIN_IDS: "9001, 9002,zalo:abc123",
      CATALOG_FILE: "catalog.yaml",
      WEBHOOK_URL: "https://bot.example.org/telegram",
      WEBHOOK_SECRET: "long-enough-secret",
      PORT: "3000",
      STARTUP_WAIT_SECONDS: "20",
      REPORT_FILE_MAX_MB: "8",
      LOG_LEVEL: "debug",
    });
    expect(config.telegramApiRoot).toBe("http://127.0.0.1:9000");
    expect(config.adminIds).toEqual([
      { channel: "telegram", id: "9001" },
      { channel: "telegram", id: "9002" },
      { channel: "zalo", id: "abc123" },
    ]);
    expect(config.webhook).toEqual({
      url: "https://bot.example.org/telegram",
      secret: "long-enough-secret",
    });
    expect(config.port).toBe(3000);
    expect(config.startupWaitMs).toBe(20_000);
    expect(config.reportFileMaxBytes).toBe(8 * 1024 * 1024);
    expect(config.logLevel).toBe("debug");
  });

  it("treats empty variables as unset", () => {
    expect(parseConfig({ BOT_TOKEN: "", DATABASE_URL: "  " }).databaseUrl).toBeUndefined();
  });

  it.each([
    [{ BOT_TOKEN: "not-a-token" }, "BOT_TOKEN: must look like 123456789:AA..."],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL: must be a postgresql:// URL"],
    [{ ADMIN_IDS: "9001,admin" }, `ADMIN_IDS: "admin" is neither a Telegram user id`],
    [{ PORT: "80000" }, "PORT: must be a port number from 1 to 65535"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ STARTUP_WAIT_SECONDS: "0" }, "STARTUP_WAIT_SECONDS: must be a whole number of seconds from 1 to 3600"],
    [{ TELEGRAM_API_ROOT: "localhost" }, "TELEGRAM_API_ROOT: must be a URL"],
    [{ REPORT_FILE_MAX_MB: "50" }, "REPORT_FILE_MAX_MB: must be a whole number of megabytes from 1 to 20"],
    [{ WEBHOOK_URL: "https://x.org/hook" }, "WEBHOOK_SECRET: is required when WEBHOOK_URL is set"],
    [{ WEBHOOK_URL: "https://x.org/hook", WEBHOOK_SECRET: "short" }, "WEBHOOK_SECRET: must be 8–256"],
  ])("refuses %o naming the variable and what is expected", (env, message) => {
    expect(errorOf(env)).toContain(message);
  });

  it("lists every wrong variable at once", () => {
    const message = errorOf({ PORT: "x", LOG_LEVEL: "loud" });
    expect(message).toContain("PORT");
    expect(message).toContain("LOG_LEVEL");
  });

  it("never echoes a secret in its message", () => {
    const message = errorOf({
      BOT_TOKEN: "12345:short-secret",
      DATABASE_URL: "mysql://u:hunter2@h/db",
    });
    expect(message).not.toContain("short-secret");
    expect(message).not.toContain("hunter2");
  });
});
