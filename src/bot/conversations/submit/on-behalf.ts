import { InlineKeyboard } from "grammy";
import type { SubmissionContext } from "../../../app/submission-service.js";
import { organisationNames } from "../../../domain/catalog/catalog.js";
import { formatPeriod } from "../../../domain/periods/format-period.js";
import type { Quarter } from "../../../domain/periods/period.js";
import { matchName } from "../../../domain/text/match-name.js";
import type { BotContext } from "../../context.js";
import type { Input } from "./input.js";
import { ownButton } from "./input.js";
import type { SubmitSession, SubmitStep } from "./session.js";
import { commonInput, type Transition } from "./steps.js";

/**
 * Whose report a `/nop` opens: the representative's own (undefined), an organisation the
 * secretariat named (`/nop Hội Nông dân`), or "ask" (an admin's bare `/nop`); "replied" when
 * the name fitted none or several and the admin was told.
 */
export async function organisationNamed(ctx: BotContext, args: string): Promise<number | undefined | "ask" | "replied"> {
  const actor = ctx.actor;
  if (!actor?.bloc || !actor.roles.has("admin")) return undefined;
  if (!args) return actor.organisationId === null ? "ask" : undefined;
  const organisations = await ctx.deps.services.catalog.organisations(actor.bloc.id);
  const match = matchName(
    args,
    organisations.map((org) => ({ id: String(org.id), names: organisationNames(org) })),
  );
  if (match.kind === "match") return Number(match.id);
  const list = (match.kind === "ambiguous" ? organisations.filter((org) => match.ids.includes(String(org.id))) : organisations)
    .map((org) => org.name)
    .join("; ");
  await ctx.reply(ctx.t(match.kind === "ambiguous" ? "submit-org-ambiguous" : "submit-org-unknown", { query: args, list }));
  return "replied";
}

/**
 * Whether the message is the secretariat's `/nop <organisation>`: during an open submission it
 * starts that organisation's report afresh instead of repeating the question on screen.
 */
export function namesOrganisation(ctx: BotContext): boolean {
  const text = ctx.message?.text ?? "";
  return ctx.actor?.roles.has("admin") === true && /^\/\S+\s+\S/.test(text);
}

/** The organisation picker's step: the bloc's organisations, those that have not submitted `quarter` first. */
export async function organisationChoice(ctx: BotContext, quarter: Quarter): Promise<Extract<SubmitStep, { kind: "organisation" }>> {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return { kind: "organisation", options: [] };
  const [organisations, data] = await Promise.all([
    ctx.deps.services.catalog.organisations(bloc.id),
    ctx.deps.services.reports.data(bloc, [quarter]),
  ]);
  const submitted = new Set(data.reports.map((report) => report.organisationCode));
  const missing = organisations.filter((org) => !submitted.has(org.code));
  const done = organisations.filter((org) => submitted.has(org.code));
  return { kind: "organisation", options: [...missing, ...done].map((org) => org.id) };
}

/** Shows the organisation picker: one button per organisation, a tick on those that submitted. */
export async function showOrganisationPicker(ctx: BotContext, session: SubmitSession): Promise<void> {
  const step = session.step as Extract<SubmitStep, { kind: "organisation" }>;
  const bloc = ctx.actor?.bloc;
  const organisations = bloc ? await ctx.deps.services.catalog.organisations(bloc.id) : [];
  const keyboard = new InlineKeyboard();
  for (const id of step.options) {
    const org = organisations.find((item) => item.id === id);
    if (org) keyboard.text(org.shortName ?? org.name, ownButton(session.prompt, `org:${id}`)).row();
  }
  await ctx.reply(ctx.t("submit-which-organisation"), { reply_markup: keyboard });
}

/** The organisation picker: a button picks, anything else asks again. */
export async function organisationStep(
  ctx: BotContext,
  session: SubmitSession,
  input: Input,
): Promise<Transition | { kind: "organisation"; id: number }> {
  const step = session.step as Extract<SubmitStep, { kind: "organisation" }>;
  const picked = input.kind === "button" ? /^org:(\d+)$/.exec(input.data) : null;
  if (picked && step.options.includes(Number(picked[1]))) return { kind: "organisation", id: Number(picked[1]) };
  if (input.kind === "control" && input.control === "cancel") {
    await ctx.reply(ctx.t("submit-cancelled-nothing"), { reply_markup: { remove_keyboard: true } });
    return { kind: "end" };
  }
  const common = await commonInput(ctx, input);
  if (common) return common;
  return { kind: "again" };
}

/**
 * Tells the organisation's representatives, in their private chats and languages, that the secretariat
 * entered (or corrected) their report, so nobody is surprised by figures they did not type.
 */
export async function tellRepresentatives(ctx: BotContext, context: SubmissionContext, version: number): Promise<void> {
  const members = await ctx.deps.services.people.members(context.blocId);
  const person = ctx.actor?.person;
  const by = person ? (person.displayName ?? person.externalId) : "";
  for (const member of members) {
    if (member.role !== "representative" || member.organisationId !== context.organisation.id) continue;
    if (member.channel !== ctx.deps.channel || member.personId === context.personId) continue;
    const t = ctx.textFor(member.language);
    const text = t(version === 1 ? "submit-on-behalf-told" : "submit-on-behalf-told-corrected", {
      organisation: context.organisation.name,
      period: formatPeriod(context.quarter, t),
      version,
      by,
    });
    await ctx.api.sendMessage(member.externalId, text);
  }
}
