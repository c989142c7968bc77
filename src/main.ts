import { join, resolve } from "node:path";
import { inspect } from "node:util";
import { applyCatalogs, catalogsToLoad } from "./app/catalog-service.js";
import { createClock } from "./app/clock.js";
import { createServices } from "./app/services.js";
import { createBot } from "./bot/create-bot.js";
import type { Channel } from "./bot/deps.js";
import { ConfigError, parseConfig } from "./config/parse-config.js";
import { secretScrubber, secretsOf } from "./config/secrets.js";
import { countDatabaseErrors } from "./db/count-database-errors.js";
import { openDatabase } from "./db/database.js";
import { checkReadiness } from "./db/readiness.js";
import { ChannelAliasRepository } from "./db/repositories/channel-alias-repository.js";
import { CatalogError } from "./domain/catalog/catalog-schema.js";
import { compileWasmLeanly } from "./lean-wasm.js";
import { createLogger, type Logger, redactUrl } from "./logger.js";
import { renderForConsole, runConsole } from "./transports/console.js";
import { startHttpServer } from "./transports/http/http-server.js";
import { createPrometheusMetrics } from "./transports/http/prometheus-metrics.js";
import { StartupError } from "./transports/reach-api.js";
import { startReminderLoop } from "./transports/reminder-loop.js";
import { type RunningTransport, runTelegram } from "./transports/telegram.js";
import { BRIDGE_BOT_INFO, TextBridge } from "./transports/text-bridge.js";
import { runZalo, ZaloApi, zaloAlias, zaloDelivery } from "./transports/zalo.js";

/** The console speaker at start, and the console's group chat id. */
const CONSOLE_USER_ID = 1;
const CONSOLE_GROUP_CHAT_ID = -1000000000001;

/** The tokens, webhook secret and database password: scrubbed from everything the process prints. */
const SECRETS = secretsOf(process.env);
const scrub = secretScrubber(SECRETS);

async function main(): Promise<void> {
  compileWasmLeanly();
  const config = parseConfig(process.env);
  const channel: Channel = config.botToken ? "telegram" : config.zaloBotToken ? "zalo" : "console";
  // In the console, logs would interleave with the chat: only warnings unless asked for more.
  const logger = createLogger(config.logLevel ?? (channel === "console" ? "warn" : "info"), { secrets: SECRETS });
  const location = config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: resolve(config.dataDir) };
  const where = config.databaseUrl ? redactUrl(config.databaseUrl) : location.dataDir;
  logger.info({ database: where, channel }, "starting");

  const catalogs = await catalogsToLoad(config.catalogFile);
  const metrics = createPrometheusMetrics();
  const opened = await openDatabase(location, {
    onConnectionError: (error) => logger.warn({ err: error }, "PostgreSQL closed an idle connection; the next query opens a new one"),
    onFreshFolder: (made) =>
      made.from === "image"
        ? logger.info("new database folder loaded from the prepared image")
        : logger.warn({ reason: made.reason }, "new database folder made by initdb, not from the prepared image"),
  }).catch((error: unknown) => {
    const variable = config.databaseUrl ? "DATABASE_URL and that PostgreSQL is running there" : "DATA_DIR";
    throw new StartupError(`Could not open the database at ${where} (${(error as Error).message}). Check ${variable}.`);
  });
  const database = countDatabaseErrors(opened, () => metrics.databaseError());
  const clock = createClock(config.clockStart);
  const services = createServices(database, clock, await database.leaseInstance());
  // In the console with no ADMIN_IDS, the first speaker is the admin, so everything can be tried.
  const adminIds =
    channel === "console" && config.adminIds.length === 0
      ? [{ channel: "telegram" as const, id: String(CONSOLE_USER_ID) }]
      : config.adminIds;
  // On Zalo the bot knows people by numeric aliases of their Zalo ids (transports/zalo.ts).
  const adminIdsOnChannel =
    channel === "zalo"
      ? adminIds.map((admin) => (admin.channel === "zalo" ? { ...admin, id: String(zaloAlias(admin.id, "user")) } : admin))
      : adminIds;
  // One transaction, under a lock: instances starting together on a new database would
  // otherwise both create the bloc and the admins, and one would stop on a duplicate.
  await services.transaction(async (scoped) => {
    await scoped.catalog.lockForStartup();
    await applyCatalogs(scoped.catalog, catalogs, clock());
    await scoped.people.bootstrapAdmins(adminIdsOnChannel, channel, clock());
  });
  const deps = { channel, logger, services, metrics, reportFileMaxBytes: config.reportFileMaxBytes };
  const ready = () => checkReadiness(database);

  if (channel === "telegram" && config.botToken) {
    const bot = createBot(deps, { token: config.botToken, config: { client: { apiRoot: config.telegramApiRoot } } });
    const transport: RunningTransport = await runTelegram(bot, {
      webhook: config.webhook,
      port: config.port,
      logger,
      metrics,
      ready,
      services,
      startup: { apiRoot: config.telegramApiRoot, waitMs: config.startupWaitMs },
    });
    onShutdown(logger, async () => {
      await transport.stop();
      await database.close();
    });
    return;
  }

  if (channel === "zalo" && config.zaloBotToken) {
    const api = new ZaloApi(config.zaloApiRoot, config.zaloBotToken);
    const directory = new ChannelAliasRepository(database.sql, "zalo");
    const bridge = new TextBridge(zaloDelivery(api, directory));
    const bot = createBot(deps, { token: "zalo", config: { botInfo: BRIDGE_BOT_INFO, client: { fetch: bridge.fetch as typeof fetch } } });
    // What a stopped process left unsent is sent first.
    await bot.outbox.sweep(0);
    const transport = await runZalo(bot, { api, bridge, directory, logger, startupWaitMs: config.startupWaitMs });
    const reminders = startReminderLoop(bot, logger);
    // Zalo is polled: the HTTP server (/healthz, /readyz, /metrics) runs when a port is given.
    const server = config.port === undefined ? undefined : await startHttpServer({ port: config.port, logger, metrics, ready });
    onShutdown(logger, async () => {
      reminders.stop();
      await transport.stop();
      await server?.close();
      await database.close();
    });
    return;
  }

  // Ctrl+C in the console: close the embedded database so its folder stays clean.
  onShutdown(logger, () => database.close());

  // Who is typing: a message to anyone else's chat (a reminder) is shown tagged with its recipient.
  // Files the bot sends (the briefing as Word, Excel) are written under DATA_DIR/exports.
  const speaker = { id: CONSOLE_USER_ID };
  const bridge = new TextBridge(
    (message) => {
      process.stdout.write(`
${renderForConsole(message, speaker.id)}`);
    },
    { filesDir: join(config.dataDir, "exports") },
  );
  const bot = createBot(deps, {
    token: "console",
    config: { botInfo: BRIDGE_BOT_INFO, client: { fetch: bridge.fetch as typeof fetch } },
  });
  await bot.outbox.sweep(0);
  const reminders = startReminderLoop(bot, logger);
  await runConsole(bot, bridge, {
    clock,
    speaker,
    input: process.stdin,
    output: process.stdout,
    userId: CONSOLE_USER_ID,
    groupChatId: CONSOLE_GROUP_CHAT_ID,
  });
  reminders.stop();
  await database.close();
}

/** Runs `stop` once on SIGINT or SIGTERM (finishing in-flight work), then exits. */
function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    await stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

/** Prints an error nothing else handled, scrubbed of the secrets (Node's own report is not), and exits. */
function crash(error: unknown): never {
  process.stderr.write(`${scrub(inspect(error))}\n`);
  process.exit(1);
}

process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);
try {
  await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof CatalogError) {
    process.stderr.write(`${error.message}\nSee README.md (environment variables, catalog file).\n`);
    process.exit(2);
  }
  if (error instanceof StartupError) {
    process.stderr.write(`${scrub(error.message)}\n`);
    process.exit(1);
  }
  crash(error);
}
