import { Composer } from "grammy";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { translateHtml } from "../translate-html.js";
import { helpText } from "./help.js";

/** `/start`: a greeting and what the bot can do. */
export const startFeature = new Composer<BotContext>();

startFeature.command(commandNames("start"), async (ctx) => {
  const name = ctx.from?.first_name ?? "";
  await ctx.reply(`${translateHtml(ctx, "start-greeting", { name })}\n\n${helpText(ctx)}`, {
    parse_mode: "HTML",
  });
});
