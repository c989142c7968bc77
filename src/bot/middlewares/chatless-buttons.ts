import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";

/**
 * A button under a message sent in inline mode arrives with no message and no chat, so there
 * is nowhere to reply. The bot sends no such messages, so the button is none of its questions:
 * it is answered with the expired-button line as an alert (or the person's app keeps waiting),
 * and no feature sees it.
 */
export async function chatlessButtons(ctx: BotContext, next: NextFunction): Promise<void> {
  if (ctx.callbackQuery && !ctx.callbackQuery.message) {
    await ctx.answerCallbackQuery({ text: ctx.t("button-expired"), show_alert: true });
    return;
  }
  await next();
}
