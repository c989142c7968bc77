import { Composer } from "grammy";
import { indicatorName, unitName } from "../../domain/numbers/figure-wording.js";
import { formatDate } from "../../domain/periods/format-date.js";
import { escapeHtml } from "../../domain/text/escape-html.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";
import { replyInParts } from "../reply-in-parts.js";
import { translateHtml } from "../translate-html.js";

/**
 * `/thanhvien` (`/members`) and `/danhmuc` (`/catalog`): who is in the bloc, what is reported.
 * A big bloc's lists run past one message, so they are sent in as many as they need.
 */
export const adminViewsFeature = new Composer<BotContext>();

adminViewsFeature.command(commandNames("thanhvien"), requireAccess("thanhvien"), async (ctx) => {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return;
  const { people, catalog, invites } = ctx.deps.services;
  const [members, organisations, pending] = await Promise.all([
    people.members(bloc.id),
    catalog.organisations(bloc.id),
    invites.pending(bloc.id),
  ]);
  // Someone known by id only (an admin from ADMIN_IDS who never sent /start) is listed by it once, not "500 (500)".
  const line = (member: (typeof members)[number]) =>
    translateHtml(ctx, member.displayName ? "members-line" : "members-line-unnamed", {
      name: member.displayName ?? "",
      id: member.externalId,
      role: ctx.t(`role-${member.role}`),
      since: formatDate(member.since),
    });
  const sections = [`<b>${translateHtml(ctx, "members-title", { bloc: bloc.name })}</b>`];
  const general = members.filter((member) => member.organisationId === null);
  if (general.length) sections.push(`\n<b>${ctx.t("members-secretariat")}</b>\n${general.map(line).join("\n")}`);
  for (const org of organisations) {
    const own = members.filter((member) => member.organisationId === org.id);
    sections.push(`\n<b>${escapeHtml(org.name)}</b>\n${own.length ? own.map(line).join("\n") : ctx.t("members-none")}`);
  }
  sections.push(`\n${ctx.t("members-pending", { count: pending.length })}`);
  await replyInParts(ctx, sections.join("\n"));
});

adminViewsFeature.command(commandNames("danhmuc"), requireAccess("danhmuc"), async (ctx) => {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return;
  const { catalog } = ctx.deps.services;
  const [organisations, indicators] = await Promise.all([catalog.organisations(bloc.id), catalog.indicators(bloc.id)]);
  const sections = [`<b>${escapeHtml(bloc.name)}</b>`];
  for (const org of organisations) {
    const own = indicators.filter((indicator) => indicator.organisationCodes.includes(org.code));
    const t = ctx.t.bind(ctx);
    const lines = own.map((indicator) =>
      translateHtml(ctx, "catalog-indicator", { name: indicatorName(indicator, t), unit: unitName(indicator.unit, t) }),
    );
    sections.push(`\n<b>${escapeHtml(org.name)}</b> (${escapeHtml(org.code)})\n${lines.join("\n")}`);
  }
  await replyInParts(ctx, sections.join("\n"));
});
