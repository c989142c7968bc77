import { cutText } from "../domain/text/cut-text.js";
import type { BotContext } from "./context.js";

/** Telegram's limit for the pop-up that answers a button press, in characters. */
const ALERT_LIMIT = 200;

/**
 * Tells the person something in the chat the update came from. A button press can come with no
 * chat (a button under an inline message): there is nowhere to reply, so the text becomes the
 * press's pop-up instead (cut to Telegram's 200 characters), and the press is answered.
 */
export async function tell(ctx: BotContext, text: string): Promise<void> {
  if (ctx.chat) {
    await ctx.reply(text);
    return;
  }
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: cutText(text, ALERT_LIMIT), show_alert: true });
}
