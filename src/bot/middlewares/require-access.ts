import type { NextFunction } from "grammy";
import { checkAccess } from "../../domain/access/access-policy.js";
import { commandSpec } from "../commands.js";
import type { BotContext } from "../context.js";
import { tell } from "../tell.js";

/**
 * Lets a command (or a button standing for one) through only for the roles and chats its spec
 * allows; otherwise tells the person why, and who can help. A refused button press is answered
 * too, so the person's app stops waiting.
 */
export function requireAccess(name: string) {
  const spec = commandSpec(name);
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    const actor = ctx.actor;
    const decision = checkAccess(spec.access, actor?.roles ?? new Set(), actor?.chatKind ?? "private");
    if (decision.allowed) {
      await next();
      return;
    }
    if (ctx.callbackQuery && ctx.chat) await ctx.answerCallbackQuery();
    if (decision.reason === "wrong_chat") {
      const where = decision.allowedChats.includes("group") ? "access-only-group" : "access-only-private";
      await tell(ctx, ctx.t(where, { command: `/${spec.name}` }));
      return;
    }
    const key = actor?.person?.memberships.length ? "access-role" : "access-not-registered";
    await tell(
      ctx,
      ctx.t(key, {
        command: `/${spec.name}`,
        roles: decision.neededRoles.map((role) => ctx.t(`role-${role}`)).join(", "),
      }),
    );
  };
}
