import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config/parse-config.js";
import { databasePasswords, secretScrubber, secretsOf } from "../../src/config/secrets.js";
import { createLogger, redactUrl } from "../../src/logger.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
const WEBHOOK_SECRET = "hook-secret-XYZ123";

describe("secrets in output", () => {
  it.each([
    ["postgresql://bot:s3cret@db:5432/giaoban", "postgresql://bot:***@db:5432/giaoban"],
    ["postgresql://bot:pa/ss-SECRET1@db:5432/giaoban", "postgresql://bot:***@db:5432/giaoban"],
    ["postgresql://bot:p@ss/w@rd@db/giaoban", "postgresql://bot:***@db/giaoban"],
    ["postgresql://db/giaoban?user=bot&password=s3cret", "postgresql://db/giaoban?user=bot&password=***"],
    ["postgresql://db:5432/giaoban", "postgresql://db:5432/giaoban"],
    [`http://127.0.0.1:9/bot${TOKEN}/getMe`, "http://127.0.0.1:9/bot***/getMe"],
  ])("redactUrl(%s) hides the password and the token", (url, safe) => {
    expect(redactUrl(url)).toBe(safe);
  });

  it("finds the database password as written and decoded, with the tokens and the webhook secret", () => {
    expect(databasePasswords("postgresql://bot:pa/ss@wd@db/x")).toEqual(["pa/ss@wd"]);
    const secrets = secretsOf({
      BOT_TOKEN: TOKEN,
      WEBHOOK_SECRET,
      ZALO_BOT_TOKEN: "42:zalo-token",
      DATABASE_URL: "postgresql://bot:pa%2Fss-SECRET1@db/giaoban",
    });
    expect(secrets).toEqual(expect.arrayContaining([TOKEN, WEBHOOK_SECRET, "42:zalo-token", "pa%2Fss-SECRET1", "pa/ss-SECRET1"]));
  });

  it("scrubs a secret from text, also JSON-escaped", () => {
    const scrub = secretScrubber(['pa"ss\\word']);
    expect(scrub(`password pa"ss\\word and ${JSON.stringify({ p: 'pa"ss\\word' })}`)).toBe('password [redacted] and {"p":"[redacted]"}');
  });

  it("logs an error that carries the webhook secret (a refused setWebhook) without it", () => {
    const lines: string[] = [];
    const logger = createLogger("info", { destination: { write: (line: string) => void lines.push(line) }, secrets: [WEBHOOK_SECRET] });
    const refused = new GrammyError(
      "Call to 'setWebhook' failed!",
      { ok: false, error_code: 400, description: "Bad Request: bad webhook" },
      "setWebhook",
      { url: "https://bot.example.org/hook", secret_token: WEBHOOK_SECRET },
    );
    logger.error({ err: refused, note: `secret was ${WEBHOOK_SECRET}` }, "setWebhook failed");
    expect(lines.join("")).toContain("setWebhook");
    expect(lines.join("")).not.toContain(WEBHOOK_SECRET);
  });

  it("refuses a DATABASE_URL whose password has an unencoded /, saying how to write it and without echoing it", () => {
    const password = "pa/ss-SECRET1";
    let message = "";
    try {
      parseConfig({ DATABASE_URL: `postgresql://bot:${password}@127.0.0.1:5432/giaoban` });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("/ as %2F");
    expect(message).not.toContain("SECRET1");
    expect(parseConfig({ DATABASE_URL: "postgresql://bot:pa%2Fss@127.0.0.1:5432/giaoban" }).databaseUrl).toContain("pa%2Fss");
    expect(parseConfig({ DATABASE_URL: "postgresql://bot:p@ss@127.0.0.1:5432/giaoban" }).databaseUrl).toContain("p@ss");
  });
});
