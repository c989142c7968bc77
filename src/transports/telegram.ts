import { createServer, type Server } from "node:http";
import type { Update } from "grammy/types";
import type { Services } from "../app/services.js";
import { COMMANDS } from "../bot/commands.js";
import type { GiaobanBot } from "../bot/create-bot.js";
import { createI18n } from "../bot/i18n.js";
import type { Logger } from "../logger.js";
import { pollIntoInbox } from "./inbox-polling.js";
import { UpdatePump } from "./update-pump.js";

/** How the Telegram transport receives updates. */
export interface TelegramOptions {
  webhook: { url: string; secret: string } | undefined;
  port: number;
  logger: Logger;
  services: Services;
}

/** A running transport: stop() finishes in-flight updates, then returns. */
export interface RunningTransport {
  stop(): Promise<void>;
}

/**
 * Runs the bot on Telegram: long polling, or a webhook server with /healthz when a webhook is
 * configured. Either way every update is stored in the inbox before Telegram is told it
 * arrived, and handled after (updates of one chat in order, chats in parallel).
 */
export async function runTelegram(bot: GiaobanBot, options: TelegramOptions): Promise<RunningTransport> {
  await bot.init();
  const pump = new UpdatePump(bot, options.services, options.logger);
  await pump.start();
  await bot.api.setMyCommands(menuCommands()).catch((error: unknown) => {
    options.logger.warn({ err: error }, "setMyCommands failed; the command menu is not updated");
  });
  if (options.webhook) return runWebhook(bot, pump, options.webhook, options);
  await bot.api.deleteWebhook().catch((error: unknown) => {
    options.logger.warn({ err: error }, "deleteWebhook failed");
  });
  const polling = pollIntoInbox(bot, pump, options.logger);
  options.logger.info({ username: bot.botInfo.username }, "polling Telegram");
  return {
    stop: async () => {
      await polling.stop();
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
  const server: Server = createServer((request, response) => {
    if (request.url === "/healthz") {
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (request.method === "POST" && request.url === new URL(webhook.url).pathname) {
      if (request.headers["x-telegram-bot-api-secret-token"] !== webhook.secret) {
        response.writeHead(401).end();
        return;
      }
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        // Stored first, answered after: Telegram redelivers what was not answered 200.
        let update: Update;
        try {
          update = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Update;
        } catch {
          response.writeHead(400).end();
          return;
        }
        pump.accept([update]).then(
          () => response.writeHead(200).end(),
          (error: unknown) => {
            options.logger.error({ err: error }, "could not store an update from the webhook");
            response.writeHead(500).end();
          },
        );
      });
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret });
  options.logger.info({ port: options.port }, "webhook server listening");
  return {
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pump.stop();
    },
  };
}
