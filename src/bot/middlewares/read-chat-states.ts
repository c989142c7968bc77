import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Reads what a private chat's features keep waiting for its next message (each feature's state
 * key of the chat, from `keysOf`) in one statement, for the features after it to read: each
 * looked for its own, one round trip each on every answer of a submission.
 */
export function readChatStates(keysOf: readonly ((chatId: number) => string)[]): Middleware<BotContext> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (chat?.type === "private") await ctx.deps.services.conversationStates.readAhead(keysOf.map((keyOf) => keyOf(chat.id)));
    await next();
  };
}
