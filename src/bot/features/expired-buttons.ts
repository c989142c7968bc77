import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { tell } from "../tell.js";

/**
 * A button no feature or conversation took: one under a question that is over (a report already
 * confirmed or cancelled, a conversation that timed out). It is answered, or the person's app
 * keeps waiting, and the person is told what to type instead.
 */
export const expiredButtonsFeature = new Composer<BotContext>();

expiredButtonsFeature.on("callback_query", async (ctx) => {
  if (ctx.chat) await ctx.answerCallbackQuery();
  await tell(ctx, ctx.t("button-expired"));
});
