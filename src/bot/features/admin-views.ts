import { Composer } from "grammy";
import { indicatorName, unitName } from "../../domain/numbers/figure-wording.js";
import { formatDate } from "../../domain/periods/format-date.js";
import { escapeHtml } from "../../domain/text/escape-html.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";

/** `/thanhvien` (`/members`) and `/danhmuc` (`/catalog`): who is in the bloc, what is reported. */
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
    ctx.t(member.displayName ? "members-line" : "members-line-unnamed", {
      name: member.displayName ?? "",
      id: member.externalId,
      role: ctx.t(`role-${member.role}`),
      since: formatDate(member.since),
    });
  const sections = [`<b>${ctx.t("members-title", { bloc: bloc.name })}</b>`];
  const general = members.filter((member) => member.organisationId === null);
  if (general.length) sections.push(`\n<b>${ctx.t("members-secretariat")}</b>\n${general.map(line).join("\n")}`);
  for (const org of organisations) {
    const own = members.filter((member) => member.organisationId === org.id);
    sections.push(`\n<b>${org.name}</b>\n${own.length ? own.map(line).join("\n") : ctx.t("members-none")}`);
  }
  sections.push(`\n${ctx.t("members-pending", { count: pending.length })}`);
  await ctx.reply(sections.join("\n"), { parse_mode: "HTML" });
});

adminViewsFeature.command(commandNames("danhmuc"), requireAccess("danhmuc"), async (ctx) => {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return;
  const { catalog } = ctx.deps.services;
  const [organisations, indicators] = await Promise.all([catalog.organisations(bloc.id), catalog.indicators(bloc.id)]);
  const sections = [`<b>${bloc.name}</b>`];
  for (const org of organisations) {
    const own = indicators.filter((indicator) => indicator.organisationCodes.includes(org.code));
    const t = ctx.t.bind(ctx);
    const lines = own.map((indicator) =>
      ctx.t("catalog-indicator", { name: escapeHtml(indicatorName(indicator, t)), unit: escapeHtml(unitName(indicator.unit, t)) }),
    );
    sections.push(`\n<b>${org.name}</b> (${org.code})\n${lines.join("\n")}`);
  }
  await ctx.reply(sections.join("\n"), { parse_mode: "HTML" });
});
