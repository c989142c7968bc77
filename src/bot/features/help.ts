import { Composer } from "grammy";
import { COMMANDS, commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { DEFAULT_REPORT_FILE_LIMIT } from "../conversations/submit/report-input.js";

/** `/trogiup` (`/help`): every command with one line, in the person's language. */
export const helpFeature = new Composer<BotContext>();

helpFeature.command(commandNames("trogiup"), async (ctx) => {
  await ctx.reply(helpText(ctx), { parse_mode: "HTML" });
});

/** The help text; /start reuses it so both always list the same commands. */
export function helpText(ctx: BotContext): string {
  const lines = COMMANDS.map((command) => {
    const names = command.name === command.alias ? `/${command.name}` : `/${command.name} (/${command.alias})`;
    return `${names} — ${ctx.t(command.descriptionKey)}`;
  });
  const limit = Math.round((ctx.deps.reportFileMaxBytes ?? DEFAULT_REPORT_FILE_LIMIT) / 1024 / 1024);
  return [ctx.t("help-title"), "", ...lines, "", ctx.t("help-report", { limit }), "", ctx.t("help-questions")].join("\n");
}
