import type { BlocRecord } from "../../db/repositories/catalog-repository.js";
import { type Period, previousPeriod, samePeriodLastYear } from "../../domain/periods/period.js";
import type { Question } from "../../domain/questions/parse-question.js";
import { compileProgress, renderProgress } from "../../domain/reports/progress.js";
import { compileRanking, renderRanking } from "../../domain/reports/ranking.js";
import type { ReportData } from "../../domain/reports/report-data.js";
import { compileResults, renderResults } from "../../domain/reports/results.js";
import { compileTexts, renderTexts } from "../../domain/reports/texts.js";
import type { BotContext } from "../context.js";
import { replyRichText } from "../reply-in-parts.js";
import { traceKeyboard } from "./trace-button.js";

/** The questions answered from the stored reports. */
export type ReportQuestion = Extract<Question, { intent: "results" | "compare" | "ranking" | "progress" | "texts" }>;

/**
 * Answers a question from the stored reports, in the person's language: results and
 * comparisons, rankings, who has submitted and when, and what the reports say. Under figures
 * and texts, a button lists the sources of what the answer shows, and only those.
 */
export async function answerFromReports(ctx: BotContext, bloc: BlocRecord, question: ReportQuestion): Promise<void> {
  const { services } = ctx.deps;
  const t = ctx.t.bind(ctx);
  const reporting = await services.submissions.reportingQuarter(bloc);
  const period = question.period ?? reporting;
  const compareWith = question.intent === "compare" ? comparisonPeriod(period, question.against) : undefined;
  const progressQuarter = question.period?.kind === "quarter" ? question.period : reporting;
  // Only the periods and organisations the answer shows are read: its cost does not grow with
  // the years of history or the organisations it does not name. Rankings and progress show all.
  const data = await services.reports.data(
    bloc,
    question.intent === "progress" ? [progressQuarter] : compareWith ? [period, compareWith] : [period],
    question.intent === "results" || question.intent === "compare" || question.intent === "texts" ? question.organisationIds : [],
  );
  const sources = (periods: Period[], organisationCodes: string[]) =>
    traceKeyboard(t("questions-trace-button"), { periods, organisationCodes: shownOnly(organisationCodes, data) });
  switch (question.intent) {
    case "progress": {
      const quarter = progressQuarter;
      const [window, extensions] = await Promise.all([
        services.calendar.window(bloc, quarter),
        services.calendar.extensions(bloc, quarter),
      ]);
      const model = compileProgress(data, quarter, window.deadline, services.reports.now(), question.organisationIds, {
        meeting: window.meeting,
        extensions,
      });
      await replyRichText(ctx, renderProgress(model, t));
      return;
    }
    case "texts": {
      const model = compileTexts(data, { period, organisationCodes: question.organisationIds, sections: question.sections });
      const shown = [...new Set(model.sections.flatMap((section) => section.texts.map((text) => text.organisation.code)))];
      await replyRichText(ctx, renderTexts(model, t), shown.length ? sources([period], shown) : undefined);
      return;
    }
    case "ranking": {
      const model = compileRanking(data, { period, organisationCodes: question.organisationIds, indicatorCodes: question.indicatorIds });
      const shown = [...new Set(model.rankings.flatMap((ranking) => ranking.entries.map((entry) => entry.organisation.code)))];
      await replyRichText(ctx, renderRanking(model, question.order, t), shown.length ? sources([period], shown) : undefined);
      return;
    }
    case "results":
    case "compare": {
      const model = compileResults(data, {
        period,
        organisationCodes: question.organisationIds,
        indicatorCodes: question.indicatorIds,
        ...(compareWith ? { compareWith } : {}),
      });
      const shown = model.organisations.map((entry) => entry.organisation.code);
      await replyRichText(ctx, renderResults(model, t), sources(compareWith ? [period, compareWith] : [period], shown));
      return;
    }
  }
}

/** The organisations an answer shows, or none named when it shows all of them (the button then needs no list). */
function shownOnly(codes: readonly string[], data: ReportData): string[] {
  return codes.length >= data.organisations.length ? [] : [...codes];
}

/** The other side of a comparison, as a period. */
function comparisonPeriod(period: Period, against: Extract<Question, { intent: "compare" }>["against"]): Period {
  if (against === "previous") return previousPeriod(period);
  if (against === "same_last_year") return samePeriodLastYear(period);
  return against;
}
