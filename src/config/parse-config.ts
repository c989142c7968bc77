import { z } from "zod";
import { urlCredentials } from "./secrets.js";

/** A person named in ADMIN_IDS: a Telegram id (also used by the console) or `zalo:<id>`. */
export interface AdminId {
  channel: "telegram" | "zalo";
  id: string;
}

/** Everything the application reads from the environment, validated once at start-up. */
export interface Config {
  botToken: string | undefined;
  telegramApiRoot: string;
  zaloBotToken: string | undefined;
  zaloApiRoot: string;
  /** PostgreSQL when set; otherwise the embedded PGlite under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  adminIds: AdminId[];
  catalogFile: string | undefined;
  webhook: { url: string; secret: string } | undefined;
  /** The HTTP server's port; unset: 8080 in webhook mode, and no server in polling mode. */
  port: number | undefined;
  /** How long start-up waits for the Bot API (Telegram's or Zalo's) to answer before it gives up. */
  startupWaitMs: number;
  /** The largest Word report the bot downloads (REPORT_FILE_MAX_MB); Telegram itself serves bots files up to 20 MB. */
  reportFileMaxBytes: number;
  /** Unset: the entry point picks a default that suits the transport. */
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent" | undefined;
  /**
   * When set, the bot's clock starts at this moment and runs on from there: for demonstrations
   * and end-to-end tests that replay a past quarter. Unset in production.
   */
  clockStart: Date | undefined;
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const url = (what: string) => z.url({ message: `must be a URL such as ${what}` }).transform((value) => value.replace(/\/+$/, ""));

const adminIds = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const ids: AdminId[] = [];
    for (const raw of (value ?? "").split(",").map((part) => part.trim())) {
      if (!raw) continue;
      const zalo = /^zalo:(\S+)$/.exec(raw);
      if (zalo?.[1]) ids.push({ channel: "zalo", id: zalo[1] });
      else if (/^\d+$/.test(raw)) ids.push({ channel: "telegram", id: raw });
      else
        ctx.addIssue({
          code: "custom",
          message: `"${raw}" is neither a Telegram user id (digits) nor zalo:<id>`,
        });
    }
    return ids;
  });

const envSchema = z
  .object({
    BOT_TOKEN: optionalText.pipe(
      z
        .string()
        .regex(/^\d+:[\w-]{20,}$/, "must look like 123456789:AA... (from @BotFather)")
        .optional(),
    ),
    TELEGRAM_API_ROOT: optionalText.pipe(url("https://api.telegram.org").optional()),
    ZALO_BOT_TOKEN: optionalText,
    ZALO_API_ROOT: optionalText.pipe(url("https://bot-api.zaloplatforms.com").optional()),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL, or unset for the embedded database")
        .refine(
          // The URL's host starts after the first "/", "?" or "#": in a password they must be encoded.
          (value) => !/[/?#]/.test(urlCredentials(value)?.password ?? "") && URL.canParse(value),
          "is not a valid URL: a password with / ? or # must have them percent-encoded (/ as %2F, ? as %3F, # as %23)",
        )
        .optional(),
    ),
    DATA_DIR: optionalText,
    ADMIN_IDS: adminIds,
    CATALOG_FILE: optionalText,
    WEBHOOK_URL: optionalText.pipe(url("https://bot.example.org/telegram").optional()),
    WEBHOOK_SECRET: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{8,256}$/, "must be 8–256 characters of A–Z, a–z, 0–9, _ and -")
        .optional(),
    ),
    PORT: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,5}$/, "must be a port number from 1 to 65535")
        .transform(Number)
        .refine((port) => port >= 1 && port <= 65535, "must be a port number from 1 to 65535")
        .optional(),
    ),
    STARTUP_WAIT_SECONDS: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,4}$/, "must be a whole number of seconds from 1 to 3600")
        .transform(Number)
        .refine((seconds) => seconds >= 1 && seconds <= 3600, "must be a whole number of seconds from 1 to 3600")
        .optional(),
    ),
    REPORT_FILE_MAX_MB: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,2}$/, "must be a whole number of megabytes from 1 to 20 (Telegram gives bots files up to 20 MB)")
        .transform(Number)
        .refine((megabytes) => megabytes >= 1 && megabytes <= 20, "must be a whole number of megabytes from 1 to 20")
        .optional(),
    ),
    LOG_LEVEL: optionalText.pipe(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional()),
    CLOCK_START: optionalText.pipe(
      z.iso
        .datetime({ offset: true, message: "must be an ISO date-time with its offset, such as 2023-12-10T10:00:00+07:00" })
        .transform((value) => new Date(value))
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "is required when WEBHOOK_URL is set, so only Telegram can call the webhook",
      });
  });

/** Thrown when the environment is invalid; its message names each variable and the fix. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads the configuration from an environment object (pure: pass `process.env` or a test's
 * object). Throws ConfigError naming every wrong variable and what is expected. Secrets are
 * never echoed in the message.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join(".") || "environment"}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    botToken: e.BOT_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT ?? "https://api.telegram.org",
    zaloBotToken: e.ZALO_BOT_TOKEN,
    zaloApiRoot: e.ZALO_API_ROOT ?? "https://bot-api.zaloplatforms.com",
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR ?? "./data",
    adminIds: e.ADMIN_IDS,
    catalogFile: e.CATALOG_FILE,
    webhook: e.WEBHOOK_URL && e.WEBHOOK_SECRET ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET } : undefined,
    port: e.PORT,
    startupWaitMs: (e.STARTUP_WAIT_SECONDS ?? 15) * 1000,
    reportFileMaxBytes: (e.REPORT_FILE_MAX_MB ?? 5) * 1024 * 1024,
    logLevel: e.LOG_LEVEL,
    clockStart: e.CLOCK_START,
  };
}
