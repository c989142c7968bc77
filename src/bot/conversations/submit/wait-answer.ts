import { TELEGRAM_MESSAGE_LIMIT } from "../../../domain/reports/split-message.js";
import { readControl } from "../../../domain/submission/controls.js";
import type { Answer, ConversationContext, SubmitConversation } from "./types.js";

/** Commands that belong to the conversation; any other command is handled outside it. */
const OWN_COMMANDS = /^\/(nop|submit)(@\S+)?(\s|$)/;

/** A conversation left alone this long ends; the draft stays and /nop offers to continue it. */
const IDLE_LIMIT_MS = 3 * 24 * 60 * 60 * 1000;

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
 * stickers, photos, voice and over-long texts are refused politely. After days of silence the
 * conversation ends instead (see `endIdle`). Returns the answer and the context it came in.
 */
export async function waitAnswer(conversation: SubmitConversation): Promise<{ answer: Answer; ctx: ConversationContext }> {
  for (;;) {
    const asked = await botTime(conversation);
    const ctx = await conversation.wait();
    if ((await botTime(conversation)) - asked >= IDLE_LIMIT_MS) await endIdle(conversation, ctx);
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

/** The bot's clock (CLOCK_START in demonstrations and tests), read once and replayed. */
function botTime(conversation: SubmitConversation): Promise<number> {
  return conversation.external((outer) => outer.deps.services.clock().getTime());
}

/**
 * Ends a conversation that waited past the idle limit. What came late is not an answer: days
 * later the person may no longer have the question in mind, so they are told the session ended
 * and that /nop continues the draft. A command or another feature's button goes on to its
 * handler (a late /nop offers the draft at once).
 */
async function endIdle(conversation: SubmitConversation, ctx: ConversationContext): Promise<never> {
  const text = ctx.message?.text;
  const data = ctx.callbackQuery?.data;
  const foreign = text?.startsWith("/") || (data !== undefined && !data.startsWith(OWN_BUTTON_PREFIX)) || (!ctx.message && !data);
  if (foreign) return conversation.halt({ next: true });
  if (data !== undefined) await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("submit-idle-ended"), { reply_markup: { remove_keyboard: true } });
  return conversation.halt();
}
