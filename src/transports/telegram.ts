import { createServer, type Server } from "node:http";
import { autoRetry } from "@grammyjs/auto-retry";
import { type RunnerHandle, run } from "@grammyjs/runner";
import { type Bot, GrammyError, webhookCallback } from "grammy";
import { COMMANDS } from "../bot/commands.js";
import type { BotContext } from "../bot/context.js";
import { createI18n } from "../bot/i18n.js";
import type { Logger } from "../logger.js";
import { reachApi } from "./reach-api.js";

/** How the Telegram transport receives updates. */
export interface TelegramOptions {
  webhook: { url: string; secret: string } | undefined;
  port: number;
  logger: Logger;
  /** The Bot API root the bot was given, and how long start-up waits for it to answer. */
  startup: { apiRoot: string; waitMs: number };
}

/** A running transport: stop() finishes in-flight updates, then returns. */
export interface RunningTransport {
  stop(): Promise<void>;
}

/**
 * Runs the bot on Telegram: long polling through grammY's runner (updates of one chat in
 * order, chats in parallel), or a webhook server with /healthz when a webhook is configured.
 */
export async function runTelegram(bot: Bot<BotContext>, options: TelegramOptions): Promise<RunningTransport> {
  // getMe here, before auto-retry is installed: both it and bot.init() would retry an
  // unreachable API for ever, and start-up must give up in time.
  bot.botInfo = await reachApi(
    { name: "the Telegram Bot API", root: options.startup.apiRoot, rootVariable: "TELEGRAM_API_ROOT", tokenVariable: "BOT_TOKEN" },
    (signal) => bot.api.getMe(signal as Parameters<typeof bot.api.getMe>[0]),
    (error) => (error instanceof GrammyError && error.error_code < 500 ? `${error.error_code}: ${error.description}` : undefined),
    { waitMs: options.startup.waitMs, logger: options.logger },
  );
  // Telegram answers 429 with retry_after when the bot sends too fast: wait and resend.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  await bot.api.setMyCommands(menuCommands()).catch((error: unknown) => {
    options.logger.warn({ err: error }, "setMyCommands failed; the command menu is not updated");
  });
  if (options.webhook) return runWebhook(bot, options.webhook, options);
  await bot.api.deleteWebhook().catch((error: unknown) => {
    options.logger.warn({ err: error }, "deleteWebhook failed");
  });
  const handle: RunnerHandle = run(bot);
  options.logger.info({ username: bot.botInfo.username }, "polling Telegram");
  return { stop: () => handle.stop() };
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
  const handle = webhookCallback(bot, "http", { secretToken: webhook.secret });
  const server: Server = createServer((request, response) => {
    if (request.url === "/healthz") {
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (request.method === "POST" && request.url === new URL(webhook.url).pathname) {
      void handle(request, response);
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret });
  options.logger.info({ port: options.port }, "webhook server listening");
  return {
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
