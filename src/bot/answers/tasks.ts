import type { BlocRecord } from "../../db/repositories/catalog-repository.js";
import type { Question } from "../../domain/questions/parse-question.js";
import { compileTaskFollowUp, followUpQuarter, renderTaskFollowUp } from "../../domain/reports/task-follow-up.js";
import type { BotContext } from "../context.js";
import { replyRichText } from "../reply-in-parts.js";

/**
 * Answers how the organisations followed up last quarter's tasks ("Hội Nông dân đã làm được gì
 * trong số nhiệm vụ quý trước?"), from the marks stored with their reports.
 */
export async function answerTaskFollowUp(
  ctx: BotContext,
  bloc: BlocRecord,
  question: Extract<Question, { intent: "tasks" }>,
): Promise<void> {
  const { services } = ctx.deps;
  const quarter = followUpQuarter(question.period, await services.submissions.reportingQuarter(bloc));
  const data = await services.reports.data(bloc, [quarter], question.organisationIds);
  await replyRichText(ctx, renderTaskFollowUp(compileTaskFollowUp(data, quarter, question.organisationIds), ctx.t.bind(ctx)));
}
