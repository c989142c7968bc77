import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Finds who is speaking and in which bloc, once per update, for the features and guards; the
 * locale the update is answered in is recorded as the person's (Zalo and the console speak "vi").
 */
export async function attachActor(ctx: BotContext, next: NextFunction): Promise<void> {
  if (ctx.from && ctx.chat) {
    const chat = { kind: ctx.chat.type === "private" ? ("private" as const) : ("group" as const), id: String(ctx.chat.id) };
    const locale = await ctx.i18n.getLocale();
    ctx.actor = await ctx.deps.services.people.resolve(ctx.deps.channel, String(ctx.from.id), chat, locale);
  }
  await next();
}
