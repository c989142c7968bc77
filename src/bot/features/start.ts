import { Composer } from "grammy";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { translateHtml } from "../translate-html.js";
import { helpText } from "./help.js";

/** `/start`: a greeting and what the bot can do. */
export const startFeature = new Composer<BotContext>();

startFeature.command(commandNames("start"), async (ctx) => {
  const name = ctx.from?.first_name ?? "";
  // Someone the bot knows without a name (an admin from ADMIN_IDS) is named from now on in /thanhvien.
  const person = ctx.actor?.person;
  if (person && ctx.from) {
    const fullName = [ctx.from.first_name, ctx.from.last_name].filter(Boolean).join(" ");
    if (fullName && fullName !== person.displayName) await ctx.deps.services.people.register(ctx.deps.channel, person.externalId, fullName);
  }
  await ctx.reply(`${translateHtml(ctx, "start-greeting", { name })}\n\n${helpText(ctx)}`, {
    parse_mode: "HTML",
  });
});
