import type { Conversation } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { BotContext } from "../../context.js";

/** The context objects a conversation sees: fresh each replay, with translations installed. */
export type ConversationContext = Context & I18nFlavor;

/** The submission conversation's handle. */
export type SubmitConversation = Conversation<BotContext, ConversationContext>;

/** What a person did at a question. */
export type Answer =
  | { kind: "text"; text: string }
  | { kind: "button"; data: string }
  | { kind: "skip" }
  | { kind: "back" }
  | { kind: "cancel" }
  /** `/nop` again: show the current question once more. */
  | { kind: "repeat" };
