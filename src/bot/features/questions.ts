import { Composer } from "grammy";
import { organisationNames } from "../../domain/catalog/catalog.js";
import { quartersOf } from "../../domain/periods/period.js";
import { parseQuestion } from "../../domain/questions/parse-question.js";
import { renderHistory } from "../../domain/reports/trace.js";
import { isAddressedToBot } from "../addressed.js";
import { answerCourtesy, answerStranger, answerSubmitWish } from "../answers/courtesy.js";
import { answerFromReports } from "../answers/figures.js";
import { answerTaskFollowUp } from "../answers/tasks.js";
import { parseTraceData, TRACE_DATA } from "../answers/trace-button.js";
import { answerUnanswerable } from "../answers/unanswerable.js";
import { COMMANDS, commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";
import { replyRichText } from "../reply-in-parts.js";

/**
 * Messages typed freely in a private chat, or addressed to the bot in the group: questions
 * about the figures and the texts ("kết quả quý IV", "Hội Nông dân có kiến nghị gì"), a wish to
 * submit, a greeting; `/ketqua` and `/tiendo`; and the help line for a command that does not exist.
 */
export const questionsFeature = new Composer<BotContext>();

questionsFeature.command(commandNames("ketqua"), requireAccess("ketqua"), async (ctx) => {
  await answer(ctx, `ket qua ${ctx.match}`);
});

questionsFeature.command(commandNames("tiendo"), requireAccess("tiendo"), async (ctx) => {
  await answer(ctx, `tien do ${ctx.match}`);
});

questionsFeature.callbackQuery(TRACE_DATA, async (ctx) => {
  await ctx.answerCallbackQuery();
  const bloc = ctx.actor?.bloc;
  const scope = parseTraceData(ctx.match[1] ?? "", ctx.match[2]);
  if (!bloc || !scope || !ctx.actor?.roles.size) return;
  const history = await ctx.deps.services.reports.history(bloc, scope.periods.flatMap(quartersOf));
  const shown = history.reports.filter(
    (report) => scope.organisationCodes.length === 0 || scope.organisationCodes.includes(report.organisationCode),
  );
  if (shown.length === 0) {
    await ctx.reply(ctx.t("questions-no-data"));
    return;
  }
  await replyRichText(ctx, renderHistory(shown, history, ctx.t.bind(ctx)));
});

questionsFeature.on("message:text", async (ctx, next) => {
  const text = ctx.message.text;
  const username = `@${ctx.me.username}`;
  if (text.startsWith("/")) {
    if (!(await answerUnknownCommand(ctx, text, username))) await next();
    return;
  }
  if (ctx.chat.type === "private") {
    await answer(ctx, text);
    return;
  }
  if (!isAddressedToBot(ctx)) return next();
  await answer(ctx, text.replace(username, " "));
});

/**
 * A command no feature took, and none of the bot's: the help line. In the group, only when it is
 * addressed to this bot ("/xuat@giaoban_bot"): other bots' commands are not ours to answer.
 */
async function answerUnknownCommand(ctx: BotContext, text: string, username: string): Promise<boolean> {
  const [, name = "", target] = /^\/([^\s@]+)(@\S+)?/.exec(text) ?? [];
  if (COMMANDS.some((command) => command.name === name || command.alias === name)) return false;
  if (ctx.chat?.type !== "private" && target?.toLowerCase() !== username.toLowerCase()) return false;
  await ctx.reply(ctx.t("questions-unknown-command", { command: `/${name}` }));
  return true;
}

/** Answers a message from the stored reports, in the person's language, or says why it cannot. */
async function answer(ctx: BotContext, text: string): Promise<void> {
  const actor = ctx.actor;
  const bloc = actor?.bloc;
  const { services } = ctx.deps;
  // Only members of the bloc are answered, in any chat; a stranger is told how to join.
  if (!bloc || !actor?.roles.size) {
    const greeted = parseQuestion(text, { now: services.clock(), organisations: [], indicators: [] }).intent === "greeting";
    await answerStranger(ctx, greeted);
    return;
  }
  const [organisations, indicators] = await Promise.all([services.catalog.organisations(bloc.id), services.catalog.indicators(bloc.id)]);
  const question = parseQuestion(text, {
    now: services.clock(),
    organisations: organisations.map((org) => ({ id: org.code, names: organisationNames(org) })),
    // Not the codes: "DOAN_HIEN_MAU" would read as words and take the organisation's "đoàn".
    indicators: indicators.map((indicator) => ({
      id: indicator.code,
      names: [indicator.name, ...indicator.aliases],
      kind: indicator.kind,
    })),
  });
  switch (question.intent) {
    case "help":
    case "not_understood":
      await ctx.reply(ctx.t(question.intent === "help" ? "questions-help" : "questions-not-understood"));
      return;
    case "greeting":
      await answerCourtesy(ctx, question.kind);
      return;
    case "submit":
      await answerSubmitWish(ctx, question.correction);
      return;
    case "unanswerable":
      await answerUnanswerable(ctx, question, {
        organisations: organisations.map((org) => org.name),
        indicatorName: (code) => indicators.find((indicator) => indicator.code === code)?.name ?? code,
        reporting: await services.submissions.reportingQuarter(bloc),
      });
      return;
    case "tasks":
      await answerTaskFollowUp(ctx, bloc, question);
      return;
    default:
      await answerFromReports(ctx, bloc, question);
  }
}
