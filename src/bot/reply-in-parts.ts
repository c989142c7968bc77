import type { Context, InlineKeyboard } from "grammy";
import type { RichText } from "../domain/text/rich-text.js";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "./render/split-html.js";
import { toTelegramHtml } from "./render/telegram-html.js";

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

/**
 * Sends the domain's rich text (an answer, a list) as Telegram HTML, in as many messages as it
 * needs; the text channels' bridge turns that HTML into their plain text and splits it at their own limit.
 */
export async function replyRichText(ctx: Context, text: RichText, keyboard?: InlineKeyboard): Promise<void> {
  await replyInParts(ctx, toTelegramHtml(text), keyboard);
}
