import pino from "pino";

/** The application's structured logger type. */
export type Logger = pino.Logger;

/**
 * Creates the root logger. Tokens and database passwords are redacted wherever they appear
 * under the usual keys; URLs that carry them are never logged (see redactUrl).
 */
export function createLogger(level: pino.LevelWithSilent, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ["token", "*.token", "botToken", "*.botToken", "databaseUrl", "*.databaseUrl", "secret", "*.secret"],
        censor: "[redacted]",
      },
    },
    destination ?? pino.destination(2),
  );
}

/** A URL safe to log: password and bot token replaced. */
export function redactUrl(value: string): string {
  return value.replace(/\/\/([^:/@]+):[^@/]+@/, "//$1:***@").replace(/\/bot\d+:[\w-]+/, "/bot***");
}
