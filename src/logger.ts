import pino from "pino";
import { secretScrubber, urlCredentials } from "./config/secrets.js";

/** The application's structured logger type. */
export type Logger = pino.Logger;

/** Where the logger writes, and which values it must never write. */
export interface LoggerOptions {
  /** Default: stderr. */
  destination?: pino.DestinationStream;
  /** Secret values (secretsOf): replaced in every line, whatever object or error carried them. */
  secrets?: readonly string[];
}

/**
 * Creates the root logger. Tokens and database passwords are redacted under the usual keys,
 * and every line is scrubbed of the configured secrets: an error from a library (a Bot API
 * call's payload with the webhook's secret_token, a driver message with the connection
 * string) can carry them anywhere.
 */
export function createLogger(level: pino.LevelWithSilent, options: LoggerOptions = {}): Logger {
  const scrub = options.secrets?.length ? secretScrubber(options.secrets) : undefined;
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ["token", "*.token", "botToken", "*.botToken", "databaseUrl", "*.databaseUrl", "secret", "*.secret"],
        censor: "[redacted]",
      },
      ...(scrub ? { hooks: { streamWrite: scrub } } : {}),
    },
    options.destination ?? pino.destination(2),
  );
}

/** A URL safe to log: the password (even one with an unencoded "/" or "@") and a bot token replaced. */
export function redactUrl(value: string): string {
  const credentials = urlCredentials(value);
  const withoutPassword =
    credentials?.password === undefined
      ? value
      : `${value.slice(0, credentials.start)}${credentials.user}:***${value.slice(credentials.end)}`;
  return withoutPassword.replace(/\/bot\d+:[\w-]+/, "/bot***").replace(/([?&]password=)[^&#]*/, "$1***");
}
