import { formatPeriod } from "../../domain/periods/format-period.js";
import type { Quarter } from "../../domain/periods/period.js";
import type { Question } from "../../domain/questions/parse-question.js";
import type { BotContext } from "../context.js";

/** What an answer about the bloc's names needs: its organisations, its indicators' names, the quarter being reported. */
export interface KnownNames {
  organisations: readonly string[];
  indicatorName: (code: string) => string;
  reporting: Quarter;
}

/**
 * Says why a question cannot be answered from the stored reports, naming what it asked for
 * ("quý 5", "năm 3000", "Hội Người cao tuổi", "hộ thoát nghèo"), instead of answering it with
 * something else; and what can be asked instead.
 */
export async function answerUnanswerable(
  ctx: BotContext,
  question: Extract<Question, { intent: "unanswerable" }>,
  known: KnownNames,
): Promise<void> {
  const t = ctx.t.bind(ctx);
  switch (question.reason) {
    case "nonexistent_quarter":
      await ctx.reply(t("questions-nonexistent-quarter", { quarter: question.quarter }));
      return;
    case "future_period":
      await ctx.reply(t("questions-future-period", { period: formatPeriod(question.period, t) }));
      return;
    case "forecast":
      await ctx.reply(t("questions-forecast", { period: formatPeriod(known.reporting, t) }));
      return;
    case "unknown_organisation":
      await ctx.reply(t("questions-unknown-organisation", { name: question.name, list: known.organisations.join("; ") }));
      return;
    case "unknown_indicator": {
      const nearest = question.nearest.length
        ? t("questions-unknown-indicator-nearest", { names: question.nearest.map(known.indicatorName).join("; ") })
        : "";
      await ctx.reply([t("questions-unknown-indicator", { name: question.name }), nearest].filter(Boolean).join(" "));
      return;
    }
  }
}
