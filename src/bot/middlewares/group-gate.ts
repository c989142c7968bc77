import type { NextFunction } from "grammy";
import { linkedGroupChatId } from "../../app/group-service.js";
import { isAddressedToBot } from "../addressed.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";

const LINK_COMMANDS = new Set(commandNames("nhom"));

/**
 * Keeps a group that no bloc has linked closed: nothing of a bloc is answered, posted or
 * shown there. Only what links it (`/nhom`, whose own check lets the secretariat alone use it)
 * and Telegram's notices about the chat go through. Spoken to there, the bot says in one line
 * that the group is not linked and how to link it; other messages are left alone, so the line
 * is not repeated under every message of the group. Needs the actor.
 */
export async function groupGate(ctx: BotContext, next: NextFunction): Promise<void> {
  const chat = ctx.chat;
  if (!chat || chat.type === "private" || chat.type === "channel") return next();
  if (linkedGroupChatId(ctx.actor?.bloc, ctx.deps.channel) === String(chat.id)) return next();
  if (ctx.myChatMember || ctx.message?.migrate_to_chat_id) return next();
  const command = /^\/(\w+)/.exec(ctx.message?.text ?? "")?.[1];
  const addressed = isAddressedToBot(ctx);
  if (addressed && command && LINK_COMMANDS.has(command.toLowerCase())) return next();
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: ctx.t("group-not-linked"), show_alert: true });
    return;
  }
  if (addressed) await ctx.reply(ctx.t("group-not-linked"));
}
