import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotConfig, BotError } from "grammy";
import type { BotContext } from "./context.js";
import type { BotDeps } from "./deps.js";
import { adminViewsFeature } from "./features/admin-views.js";
import { briefingFeature } from "./features/briefing.js";
import { expiredButtonsFeature } from "./features/expired-buttons.js";
import { groupFeature } from "./features/group.js";
import { helpFeature } from "./features/help.js";
import { invitesFeature } from "./features/invites.js";
import { questionsFeature } from "./features/questions.js";
import { startFeature } from "./features/start.js";
import { submitFeature } from "./features/submit.js";
import { createI18n } from "./i18n.js";
import { attachActor } from "./middlewares/attach-actor.js";
import { dedupeUpdates } from "./middlewares/dedupe-updates.js";
import { updateLogger } from "./middlewares/update-logger.js";

/** Options for the grammY Bot itself: the token and, for bridges and tests, the client. */
export interface BotOptions {
  token: string;
  config?: BotConfig<BotContext>;
}

/**
 * Builds the bot: the same object runs on Telegram, behind the Zalo bridge and in the
 * console. Features are Composers; an error boundary answers the person and logs the detail.
 */
export function createBot(deps: BotDeps, options: BotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(options.token, options.config);
  const i18n = createI18n();
  // Under the runner, updates of one chat are handled in order (conversations rely on it);
  // different chats run in parallel.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));

  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    ctx.logger = deps.logger;
    ctx.actor = undefined;
    await next();
  });
  bot.use(updateLogger);
  // Before the boundary, which answers in the person's language; it needs no database.
  bot.use(i18n);

  const guarded = bot.errorBoundary(async (error) => {
    error.ctx.logger.error({ err: error.error }, "handler failed");
    await error.ctx.reply(error.ctx.t("error-internal")).catch((replyError: unknown) => {
      error.ctx.logger.warn({ err: replyError }, "could not tell the person about the error");
    });
  });
  // Inside the boundary: both read the database, and a person whose message fails there is told too.
  guarded.use(dedupeUpdates, attachActor);
  // The submission comes first: while a conversation is active, it receives the chat's updates.
  guarded.use(
    submitFeature(deps),
    invitesFeature,
    startFeature,
    helpFeature,
    groupFeature,
    adminViewsFeature,
    briefingFeature,
    // Free text that no command or conversation took is a question.
    questionsFeature,
    // Last: a button nothing took belongs to a question that is over.
    expiredButtonsFeature,
  );

  bot.catch((error) => {
    const logger = error instanceof BotError ? error.ctx.logger : deps.logger;
    logger.error({ err: error.error }, "update failed outside the error boundary");
  });
  return bot;
}
