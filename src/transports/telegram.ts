import { autoRetry } from "@grammyjs/auto-retry";
import { type RunnerHandle, run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { COMMANDS } from "../bot/commands.js";
import type { BotContext } from "../bot/context.js";
import { createI18n } from "../bot/i18n.js";
import type { Readiness } from "../db/readiness.js";
import type { Logger } from "../logger.js";
import { countApiErrors } from "./count-api-errors.js";
import { startHttpServer } from "./http/http-server.js";
import type { PrometheusMetrics } from "./http/prometheus-metrics.js";

/** The HTTP server's port in webhook mode when PORT is unset. */
const DEFAULT_WEBHOOK_PORT = 8080;

/** How the Telegram transport receives updates, and what its HTTP server serves. */
export interface TelegramOptions {
  webhook: { url: string; secret: string } | undefined;
  /** The HTTP server's port: in webhook mode always (default 8080); in polling mode only when set. */
  port: number | undefined;
  logger: Logger;
  metrics: PrometheusMetrics;
  /** Whether the instance can serve, for `GET /readyz`. */
  ready(): Promise<Readiness>;
}

/** A running transport: stop() finishes in-flight updates, then returns. */
export interface RunningTransport {
  stop(): Promise<void>;
}

/**
 * Runs the bot on Telegram: long polling through grammY's runner (updates of one chat in
 * order, chats in parallel), or a webhook. The HTTP server (webhook, /healthz, /readyz,
 * /metrics) runs in webhook mode, and in polling mode when a port is given.
 */
export async function runTelegram(bot: Bot<BotContext>, options: TelegramOptions): Promise<RunningTransport> {
  // Installed first, so auto-retry wraps it and each 429 is counted, also those it waits out.
  bot.api.config.use(countApiErrors(options.metrics));
  // Telegram answers 429 with retry_after when the bot sends too fast: wait and resend.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  await bot.init();
  await bot.api.setMyCommands(menuCommands()).catch((error: unknown) => {
    options.logger.warn({ err: error }, "setMyCommands failed; the command menu is not updated");
  });
  if (options.webhook) return runWebhook(bot, options.webhook, options);
  await bot.api.deleteWebhook().catch((error: unknown) => {
    options.logger.warn({ err: error }, "deleteWebhook failed");
  });
  const { port, logger, metrics, ready } = options;
  const server = port === undefined ? undefined : await startHttpServer({ port, logger, metrics, ready });
  const handle: RunnerHandle = run(bot);
  options.logger.info({ username: bot.botInfo.username }, "polling Telegram");
  return {
    stop: async () => {
      await handle.stop();
      await server?.close();
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
  bot: Bot<BotContext>,
  webhook: { url: string; secret: string },
  options: TelegramOptions,
): Promise<RunningTransport> {
  const handling = new Set<Promise<void>>();
  // Until the inbox stores each update durably, accepting an update hands it to the bot in the
  // background: Telegram has its 200 at once, and a failure is logged (the update is then lost).
  const accept = async (update: Update) => {
    const work: Promise<void> = bot
      .handleUpdate(update)
      .catch((error: unknown) => options.logger.error({ err: error, update_id: update.update_id }, "update failed"))
      .finally(() => handling.delete(work));
    handling.add(work);
  };
  const server = await startHttpServer({
    port: options.port ?? DEFAULT_WEBHOOK_PORT,
    logger: options.logger,
    metrics: options.metrics,
    ready: options.ready,
    webhook: { path: new URL(webhook.url).pathname, secret: webhook.secret, accept },
  });
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret });
  return {
    // No new update once the server is closed; then the ones accepted are finished.
    stop: async () => {
      await server.close();
      await Promise.all(handling);
    },
  };
}
