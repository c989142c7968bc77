import type { BotContext } from "./context.js";

/**
 * Whether a group message is meant for the bot: a command without a bot name or with this
 * bot's (`/tiendo@giaoban_bot`), a mention of it, or a reply to one of its messages. In a
 * group the bot speaks only when spoken to.
 */
export function isAddressedToBot(ctx: BotContext): boolean {
  const message = ctx.message ?? ctx.editedMessage;
  const text = message?.text ?? message?.caption;
  if (!message || text === undefined) return false;
  const username = ctx.me.username;
  const command = /^\/\w+(?:@(\w+))?/.exec(text);
  if (command) return command[1] === undefined || command[1].toLowerCase() === username.toLowerCase();
  return text.includes(`@${username}`) || message.reply_to_message?.from?.id === ctx.me.id;
}
