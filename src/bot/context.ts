import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Actor } from "../app/actor.js";
import type { Logger } from "../logger.js";
import type { BotDeps } from "./deps.js";

/** What every handler sees: grammY's context, translations, the services, a per-update logger. */
export type BotContext = ConversationFlavor<
  Context &
    I18nFlavor & {
      deps: BotDeps;
      logger: Logger;
      /** Who is speaking and in which bloc; set for every update that has a sender and a chat. */
      actor: Actor | undefined;
    }
>;
