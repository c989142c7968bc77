import { TELEGRAM_MESSAGE_LIMIT } from "../../../domain/reports/split-message.js";
import { readControl } from "../../../domain/submission/controls.js";
import type { Answer, ConversationContext, SubmitConversation } from "./types.js";

/** Commands that belong to the conversation; any other command is handled outside it. */
const OWN_COMMANDS = /^\/(nop|submit)(@\S+)?(\s|$)/;

/**
 * Waits for the person's next answer. Controls (skip, back, cancel) are recognised typed or as
 * reply-keyboard presses; other commands (/trogiup, questions) pass through to the bot and the
 * question stays open; stickers, photos, voice and over-long texts are refused politely.
 * Returns the answer and the context it came in.
 */
export async function waitAnswer(conversation: SubmitConversation): Promise<{ answer: Answer; ctx: ConversationContext }> {
  for (;;) {
    const ctx = await conversation.wait();
    const query = ctx.callbackQuery;
    if (query?.data !== undefined) {
      await ctx.answerCallbackQuery();
      return { answer: { kind: "button", data: query.data }, ctx };
    }
    const text = ctx.message?.text;
    if (text === undefined) {
      if (ctx.message) await ctx.reply(ctx.t("submit-not-text"));
      else await conversation.skip({ next: true });
      continue;
    }
    // Longer than Telegram allows: only a bridge or a paste gone wrong sends that.
    if (text.length > TELEGRAM_MESSAGE_LIMIT) {
      await ctx.reply(ctx.t("submit-too-long", { limit: TELEGRAM_MESSAGE_LIMIT }));
      continue;
    }
    const control = readControl(text);
    if (control) return { answer: { kind: control }, ctx };
    if (OWN_COMMANDS.test(text)) return { answer: { kind: "repeat" }, ctx };
    if (text.startsWith("/")) await conversation.skip({ next: true });
    return { answer: { kind: "text", text }, ctx };
  }
}
