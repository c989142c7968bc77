import { Composer, InlineKeyboard } from "grammy";
import { organisationNames } from "../../domain/catalog/catalog.js";
import { type Period, parsePeriodKey, periodKey, previousPeriod, quartersOf, samePeriodLastYear } from "../../domain/periods/period.js";
import { parseQuestion, type Question } from "../../domain/questions/parse-question.js";
import { compileProgress, renderProgress } from "../../domain/reports/progress.js";
import { compileResults, renderResults } from "../../domain/reports/results.js";
import { renderHistory } from "../../domain/reports/trace.js";
import { isAddressedToBot } from "../addressed.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";
import { replyInParts } from "../reply-in-parts.js";

/**
 * Questions about the figures, typed freely ("kết quả quý IV", "ai chưa nộp", "HND quý 3") in a
 * private chat or addressed to the bot in the group, and as `/ketqua` and `/tiendo`.
 */
export const questionsFeature = new Composer<BotContext>();

questionsFeature.command(commandNames("ketqua"), requireAccess("ketqua"), async (ctx) => {
  await answer(ctx, `ket qua ${ctx.match}`);
});

questionsFeature.command(commandNames("tiendo"), requireAccess("tiendo"), async (ctx) => {
  await answer(ctx, `tien do ${ctx.match}`);
});

questionsFeature.callbackQuery(/^trace:(\S+)$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  const bloc = ctx.actor?.bloc;
  const period = parsePeriodKey(ctx.match[1] ?? "");
  if (!bloc || !period || !ctx.actor?.roles.size) return;
  const history = await ctx.deps.services.reports.history(bloc, quartersOf(period));
  const reports = renderHistory(history.reports, history, ctx.t.bind(ctx));
  await replyInParts(ctx, reports.length ? reports.join("\n\n") : ctx.t("questions-no-data"));
});

questionsFeature.on("message:text", async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) return next();
  if (ctx.chat.type === "private") {
    await answer(ctx, text);
    return;
  }
  if (!isAddressedToBot(ctx)) return next();
  await answer(ctx, text.replace(`@${ctx.me.username}`, " "));
});

/** Answers a question from the stored figures, in the person's language, to members of the bloc only. */
async function answer(ctx: BotContext, text: string): Promise<void> {
  const actor = ctx.actor;
  const bloc = actor?.bloc;
  if (!bloc || !actor?.roles.size) {
    await ctx.reply(ctx.t("questions-not-registered"));
    return;
  }
  const { services } = ctx.deps;
  const [organisations, indicators] = await Promise.all([services.catalog.organisations(bloc.id), services.catalog.indicators(bloc.id)]);
  const question = parseQuestion(text, {
    now: services.clock(),
    organisations: organisations.map((org) => ({ id: org.code, names: organisationNames(org) })),
    // Not the codes: "DOAN_HIEN_MAU" would read as words and take the organisation's "đoàn".
    indicators: indicators.map((indicator) => ({ id: indicator.code, names: [indicator.name, ...indicator.aliases] })),
  });
  if (question.intent === "help" || question.intent === "not_understood") {
    await ctx.reply(ctx.t(question.intent === "help" ? "questions-help" : "questions-not-understood"));
    return;
  }
  const t = ctx.t.bind(ctx);
  if (question.intent === "progress") {
    const quarter = question.period?.kind === "quarter" ? question.period : ctx.deps.services.submissions.reportingQuarter(bloc);
    const data = await services.reports.data(bloc, [quarter]);
    const model = compileProgress(data, quarter, services.reports.deadline(bloc, quarter), services.reports.now());
    await replyInParts(ctx, renderProgress(model, t));
    return;
  }
  const period = question.period ?? ctx.deps.services.submissions.reportingQuarter(bloc);
  const compareWith = question.intent === "compare" ? comparisonPeriod(period, question) : undefined;
  const data = await services.reports.data(bloc, compareWith ? [period, compareWith] : [period], question.organisationIds);
  const model = compileResults(data, {
    period,
    organisationCodes: question.organisationIds,
    indicatorCodes: question.indicatorIds,
    ...(compareWith ? { compareWith } : {}),
  });
  await replyInParts(
    ctx,
    renderResults(model, t),
    new InlineKeyboard().text(ctx.t("questions-trace-button"), `trace:${periodKey(period)}`),
  );
}

function comparisonPeriod(period: Period, question: Extract<Question, { intent: "compare" }>): Period {
  if (question.against === "previous") return previousPeriod(period);
  if (question.against === "same_last_year") return samePeriodLastYear(period);
  return question.against;
}
