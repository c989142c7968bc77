import { TELEGRAM_MESSAGE_LIMIT } from "../../../domain/reports/split-message.js";
import { readControl } from "../../../domain/submission/controls.js";
import type { Answer, ConversationContext, SubmitConversation } from "./types.js";

/** Commands that belong to the conversation; any other command is handled outside it. */
const OWN_COMMANDS = /^\/(nop|submit)(@\S+)?(\s|$)/;

/** Starts the data of every button the conversation shows; other buttons belong to other features. */
const OWN_BUTTON_PREFIX = "nop:";

/** The callback data of one of the conversation's buttons; `waitAnswer` gives `data` back. */
export function ownButton(data: string): string {
  return `${OWN_BUTTON_PREFIX}${data}`;
}

/**
 * Waits for the person's next answer. Controls (skip, back, cancel) are recognised typed or as
 * reply-keyboard presses; other commands (/trogiup, questions) and other features' buttons (the
 * trace of an answer, the briefing's post) pass through to the bot and the question stays open;
 * stickers, photos, voice and over-long texts are refused politely.
 * Returns the answer and the context it came in.
 */
export async function waitAnswer(conversation: SubmitConversation): Promise<{ answer: Answer; ctx: ConversationContext }> {
  for (;;) {
    const ctx = await conversation.wait();
    const query = ctx.callbackQuery;
    if (query?.data?.startsWith(OWN_BUTTON_PREFIX)) {
      await ctx.answerCallbackQuery();
      return { answer: { kind: "button", data: query.data.slice(OWN_BUTTON_PREFIX.length) }, ctx };
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
