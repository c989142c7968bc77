import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import { groupGate } from "./group-gate.js";

/**
 * Finds who is speaking and in which bloc, once per update, for the features and guards; then
 * passes the update through the group gate, which needs the actor and must come before every
 * feature.
 */
export async function attachActor(ctx: BotContext, next: NextFunction): Promise<void> {
  if (ctx.from && ctx.chat) {
    const kind = ctx.chat.type === "private" ? "private" : "group";
    ctx.actor = await ctx.deps.services.people.resolve(ctx.deps.channel, String(ctx.from.id), {
      kind,
      id: String(ctx.chat.id),
    });
  }
  await groupGate(ctx, next);
}
