import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotConfig, BotError } from "grammy";
import type { Translate } from "../domain/text/translate.js";
import { countApiErrors } from "../transports/count-api-errors.js";
import type { BotContext } from "./context.js";
import { sessionKey } from "./conversations/submit/session.js";
import type { BotDeps } from "./deps.js";
import { fileDownloader } from "./download-file.js";
import { adminViewsFeature } from "./features/admin-views.js";
import { briefingFeature, briefingFollowUps } from "./features/briefing.js";
import { briefingFilesFeature } from "./features/briefing-files.js";
import { briefingFramingFeature, pendingFramingKey } from "./features/briefing-framing.js";
import { calendarFeature } from "./features/calendar.js";
import { expiredButtonsFeature } from "./features/expired-buttons.js";
import { groupFeature } from "./features/group.js";
import { helpFeature } from "./features/help.js";
import { invitesFeature } from "./features/invites.js";
import { lockingFeature, pendingLockKey } from "./features/locking.js";
import { questionsFeature } from "./features/questions.js";
import { remindersFeature } from "./features/reminders.js";
import { startFeature } from "./features/start.js";
import { submitFeature } from "./features/submit.js";
import { createI18n, localeOf } from "./i18n.js";
import { attachActor } from "./middlewares/attach-actor.js";
import { chatlessButtons } from "./middlewares/chatless-buttons.js";
import { cleanUpdate } from "./middlewares/clean-update.js";
import { countUpdates } from "./middlewares/count-updates.js";
import { groupGate } from "./middlewares/group-gate.js";
import { readChatStates } from "./middlewares/read-chat-states.js";
import { unitOfWork } from "./middlewares/unit-of-work.js";
import { updateLogger } from "./middlewares/update-logger.js";
import type { GroupPace } from "./outbox/group-pace.js";
import { OutboxDeliverer } from "./outbox/outbox-deliverer.js";
import { ReminderSweeper } from "./reminders.js";

/** Options for the grammY Bot itself: the token and, for bridges and tests, the client. */
export interface BotOptions {
  token: string;
  config?: BotConfig<BotContext>;
  /**
   * How fast posts may go to one group (default: Telegram's 20 a minute). Tests that are not
   * about pacing send more than that to their group within a second.
   */
  groupPace?: GroupPace;
}

/** The bot, with the outbox it sends from (transports sweep it at start-up) and its reminders (swept every minute). */
export type GiaobanBot = Bot<BotContext> & { readonly outbox: OutboxDeliverer; readonly reminders: ReminderSweeper };

/**
 * Builds the bot: the same object runs on Telegram, behind the Zalo bridge and in the
 * console. Features are Composers; each update is one unit of work (its writes and messages
 * commit together), which is also the error boundary that answers the person.
 */
export function createBot(deps: BotDeps, options: BotOptions): GiaobanBot {
  const bot = new Bot<BotContext>(options.token, options.config);
  // Installed first, so auto-retry wraps it and each 429 is counted, also those it waits out.
  bot.api.config.use(countApiErrors(deps.metrics));
  // Telegram answers 429 with retry_after when the bot sends too fast: wait and resend. Every
  // message leaves through bot.api (the outbox), so this covers all of them.
  // A network failure is not retried here: the outbox tries the message again at its next
  // sweep, polling polls again, and start-up gives up in time (reach-api.ts).
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true }));
  const outbox = new OutboxDeliverer(
    bot.api,
    () => String(bot.botInfo.id),
    deps.services,
    deps.logger,
    deps.metrics,
    briefingFollowUps,
    options.groupPace,
  );
  const i18n = createI18n();
  const textFor =
    (language: string | null): Translate =>
    (key, params) =>
      i18n.t(localeOf(language), key, params);
  const groupText = textFor(null);
  const download = fileDownloader(options.token, options.config?.client);
  // Updates of one chat are handled in order (a submission's steps rely on it); chats in parallel.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));

  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    ctx.logger = deps.logger;
    ctx.actor = undefined;
    ctx.groupText = groupText;
    ctx.textFor = textFor;
    ctx.failed = false;
    ctx.downloadFile = (fileId) => download(ctx.api, fileId);
    await next();
  });
  bot.use(updateLogger, countUpdates(deps.metrics), cleanUpdate);
  // Before the unit of work, which answers failures in the person's language.
  bot.use(i18n);
  bot.use(unitOfWork(outbox));
  bot.use(
    chatlessButtons,
    attachActor,
    // A group no bloc linked sees nothing of a bloc; it needs the actor, and comes before every feature.
    groupGate,
    // What the three features below keep waiting in a private chat, read at once.
    readChatStates([pendingFramingKey, sessionKey, pendingLockKey]),
    // A part of the briefing asked for at its preview takes the next message, the newest question.
    briefingFramingFeature,
    // The submission comes next: while one is open, it receives the chat's answers.
    submitFeature,
    // Before questions: a lock asked in a private chat takes a typed "ok".
    lockingFeature,
    invitesFeature,
    startFeature,
    helpFeature,
    groupFeature,
    remindersFeature,
    adminViewsFeature,
    briefingFeature,
    calendarFeature,
    briefingFilesFeature,
    // Free text that no command or submission took is a question.
    questionsFeature,
    // Last: a button nothing took belongs to a question that is over.
    expiredButtonsFeature,
  );

  bot.catch((error) => {
    const logger = error instanceof BotError ? error.ctx.logger : deps.logger;
    logger.error({ err: error.error }, "update failed outside the unit of work");
  });
  const reminders = new ReminderSweeper(deps.services, deps.channel, () => String(bot.botInfo.id), outbox, textFor);
  return Object.assign(bot, { outbox, reminders });
}
