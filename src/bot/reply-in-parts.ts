import type { Context, InlineKeyboard } from "grammy";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "../domain/reports/split-message.js";

/**
 * Sends an HTML text as as many messages as Telegram's limit needs, cut at paragraph breaks
 * first, with the keyboard under the last part (where the person has read everything).
 */
export async function replyInParts(ctx: Context, html: string, keyboard?: InlineKeyboard): Promise<void> {
  const parts = splitMessage(html, TELEGRAM_MESSAGE_LIMIT);
  for (const [index, part] of parts.entries()) {
    await ctx.reply(part, { parse_mode: "HTML", ...(keyboard && index === parts.length - 1 ? { reply_markup: keyboard } : {}) });
  }
}
