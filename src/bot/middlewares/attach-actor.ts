import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Finds who is speaking and in which bloc, once per update, for the features and guards; the
 * locale the update is answered in is recorded as the person's (Zalo and the console speak "vi").
 */
export async function attachActor(ctx: BotContext, next: NextFunction): Promise<void> {
  if (ctx.from && ctx.chat) {
    const kind = ctx.chat.type === "private" ? "private" : "group";
    ctx.actor = await ctx.deps.services.people.resolve(
      ctx.deps.channel,
      String(ctx.from.id),
      {
        kind,
        id: String(ctx.chat.id),
      },
      await ctx.i18n.getLocale(),
    );
  }
  await next();
}
