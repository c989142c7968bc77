import type { BotContext } from "../context.js";

/** The roles in the order their abilities are listed. */
const ROLE_ORDER = ["admin", "chair", "representative", "viewer"] as const;

/** The name of the organisation a representative reports for, if they are one. */
async function ownOrganisationName(ctx: BotContext): Promise<string | undefined> {
  const actor = ctx.actor;
  if (!actor?.bloc || actor.organisationId === null) return undefined;
  const organisations = await ctx.deps.services.catalog.organisations(actor.bloc.id);
  return organisations.find((org) => org.id === actor.organisationId)?.name;
}

/** What the bot can do for the person, one line per role they hold. */
async function abilities(ctx: BotContext): Promise<string[]> {
  const roles = ctx.actor?.roles ?? new Set();
  const organisation = (await ownOrganisationName(ctx)) ?? "";
  return ROLE_ORDER.filter((role) => roles.has(role)).map((role) => ctx.t(`questions-can-${role}`, { organisation }));
}

/** A short answer to "xin chào" or "cảm ơn" that says what the bot can do for this person's role. */
export async function answerCourtesy(ctx: BotContext, kind: "hello" | "thanks"): Promise<void> {
  const name = ctx.from?.first_name ?? "";
  const opening = ctx.t(kind === "hello" ? "questions-hello" : "questions-thanks", { name });
  await ctx.reply([opening, ...(await abilities(ctx)), ctx.t("questions-more")].join("\n"));
}

/**
 * A stranger (no role in any bloc) is told what the bot is and how to join: an invite from the
 * bloc's secretariat; greeted first when they greeted.
 */
export async function answerStranger(ctx: BotContext, greeted: boolean): Promise<void> {
  const name = ctx.from?.first_name ?? "";
  const bloc = ctx.actor?.bloc?.name;
  const opening = greeted ? ctx.t("questions-stranger-hello", { name }) : ctx.t("questions-not-registered");
  const about = bloc ? ctx.t("questions-stranger-bloc", { bloc }) : "";
  await ctx.reply([opening, about, ctx.t("questions-how-to-join")].filter(Boolean).join(" "));
}

/**
 * "nộp báo cáo", "tôi muốn sửa số liệu": a representative is offered `/nop` (in private, where
 * it works); anyone else is told who submits and corrects reports.
 */
export async function answerSubmitWish(ctx: BotContext, correction: boolean): Promise<void> {
  const organisation = await ownOrganisationName(ctx);
  if (organisation === undefined) {
    await ctx.reply(ctx.t("questions-submit-who"));
    return;
  }
  if (ctx.chat?.type !== "private") {
    await ctx.reply(ctx.t("questions-submit-private"));
    return;
  }
  await ctx.reply(ctx.t(correction ? "questions-correct-offer" : "questions-submit-offer", { organisation }));
}
