import { GrammyError } from "grammy";
import type { Services } from "../app/services.js";
import { COMMANDS } from "../bot/commands.js";
import type { GiaobanBot } from "../bot/create-bot.js";
import { createI18n } from "../bot/i18n.js";
import type { Readiness } from "../db/readiness.js";
import type { Logger } from "../logger.js";
import { startHttpServer } from "./http/http-server.js";
import type { PrometheusMetrics } from "./http/prometheus-metrics.js";
import { pollIntoInbox } from "./inbox-polling.js";
import { reachApi } from "./reach-api.js";
import { startReminderLoop } from "./reminder-loop.js";
import { UpdatePump } from "./update-pump.js";

/** The HTTP server's port in webhook mode when PORT is unset. */
const DEFAULT_WEBHOOK_PORT = 8080;

/** How the Telegram transport receives updates, and what its HTTP server serves. */
export interface TelegramOptions {
  webhook: { url: string; secret: string } | undefined;
  /** The HTTP server's port: in webhook mode always (default 8080); in polling mode only when set. */
  port: number | undefined;
  logger: Logger;
  services: Services;
  metrics: PrometheusMetrics;
  /** Whether the instance can serve, for `GET /readyz`. */
  ready(): Promise<Readiness>;
  /** The Bot API root the bot was given, and how long start-up waits for it to answer. */
  startup: { apiRoot: string; waitMs: number };
}

/** A running transport: stop() finishes in-flight updates, then returns. */
export interface RunningTransport {
  stop(): Promise<void>;
}

/**
 * Runs the bot on Telegram: long polling, or a webhook. Either way every update is stored in
 * the inbox before Telegram is told it arrived, and handled after (updates of one chat in
 * order, chats in parallel). The HTTP server (webhook, /healthz, /readyz, /metrics) runs in
 * webhook mode, and in polling mode when a port is given.
 */
export async function runTelegram(bot: GiaobanBot, options: TelegramOptions): Promise<RunningTransport> {
  // getMe within a bounded wait: bot.init() would retry an unreachable API for ever, and
  // start-up must give up in time, naming the variable to check.
  bot.botInfo = await reachApi(
    { name: "the Telegram Bot API", root: options.startup.apiRoot, rootVariable: "TELEGRAM_API_ROOT", tokenVariable: "BOT_TOKEN" },
    (signal) => bot.api.getMe(signal as Parameters<typeof bot.api.getMe>[0]),
    (error) => (error instanceof GrammyError && error.error_code < 500 ? `${error.error_code}: ${error.description}` : undefined),
    { waitMs: options.startup.waitMs, logger: options.logger },
  );
  const pump = new UpdatePump(bot, options.services, options.logger);
  await pump.start();
  const reminders = startReminderLoop(bot, options.logger);
  await bot.api.setMyCommands(menuCommands()).catch((error: unknown) => {
    options.logger.warn({ err: error }, "setMyCommands failed; the command menu is not updated");
  });
  if (options.webhook) {
    const running = await runWebhook(bot, pump, options.webhook, options);
    return {
      stop: async () => {
        reminders.stop();
        await running.stop();
      },
    };
  }
  await bot.api.deleteWebhook().catch((error: unknown) => {
    options.logger.warn({ err: error }, "deleteWebhook failed");
  });
  const { port, logger, metrics, ready } = options;
  const server = port === undefined ? undefined : await startHttpServer({ port, logger, metrics, ready });
  const polling = pollIntoInbox(bot, pump, options.logger);
  options.logger.info({ username: bot.botInfo.username }, "polling Telegram");
  return {
    stop: async () => {
      reminders.stop();
      await polling.stop();
      await server?.close();
      await pump.stop();
    },
  };
}

/** Telegram's command menu, in Vietnamese, from the same list as /help. */
function menuCommands() {
  const i18n = createI18n();
  return COMMANDS.map((command) => ({
    command: command.name,
    description: i18n.t("vi", command.descriptionKey).slice(0, 256),
  }));
}

async function runWebhook(
  bot: GiaobanBot,
  pump: UpdatePump,
  webhook: { url: string; secret: string },
  options: TelegramOptions,
): Promise<RunningTransport> {
  const server = await startHttpServer({
    port: options.port ?? DEFAULT_WEBHOOK_PORT,
    logger: options.logger,
    metrics: options.metrics,
    ready: options.ready,
    // Stored in the inbox first, answered 200 after, handled after that: Telegram redelivers
    // what was not answered 200, and the inbox keeps what was.
    webhook: { path: new URL(webhook.url).pathname, secret: webhook.secret, accept: (update) => pump.accept([update]) },
  });
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret });
  return {
    // No new update once the server is closed; then the ones accepted are finished.
    stop: async () => {
      await server.close();
      await pump.stop();
    },
  };
}
