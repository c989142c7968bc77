import { Composer } from "grammy";
import type { InviteRecord } from "../../db/repositories/invite-repository.js";
import { splitRoleSuffix } from "../../domain/access/role-words.js";
import { organisationNames, type Role } from "../../domain/catalog/catalog.js";
import { formatDate, formatDateTime } from "../../domain/periods/format-date.js";
import { matchName } from "../../domain/text/match-name.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";
import { translateHtml } from "../translate-html.js";

/** `/moi` (`/invite`): admins create, list and revoke invites; `/start <code>` redeems one. */
export const invitesFeature = new Composer<BotContext>();

invitesFeature.command("start", async (ctx, next) => {
  const code = ctx.match.trim();
  if (!code || !ctx.from || ctx.chat.type !== "private") return next();
  const { people, invites, catalog } = ctx.deps.services;
  const name = [ctx.from.first_name, ctx.from.last_name].filter(Boolean).join(" ");
  const person = await people.register(ctx.deps.channel, String(ctx.from.id), name, await ctx.i18n.getLocale());
  const result = await invites.redeem(code, person.id);
  if (typeof result === "string") {
    await ctx.reply(ctx.t(`invite-${result}`));
    return;
  }
  if ("tooMany" in result) {
    await ctx.reply(ctx.t("invite-too-many", { count: result.limit, retryAt: formatDateTime(result.retryAt) }));
    return;
  }
  const organisation = result.organisationId
    ? (await catalog.organisations(result.blocId)).find((org) => org.id === result.organisationId)
    : undefined;
  const bloc = (await catalog.blocs()).find((b) => b.id === result.blocId);
  await ctx.reply(
    `${ctx.t("invite-welcome", {
      name: person.displayName ?? name,
      role: ctx.t(`role-${result.role}`),
      organisation: organisation ? ctx.t("invite-of-organisation", { name: organisation.name }) : "",
      bloc: bloc?.name ?? "",
    })}\n\n${ctx.t(`invite-next-${result.role}`)}`,
  );
});

invitesFeature.command(commandNames("moi"), requireAccess("moi"), async (ctx) => {
  const actor = ctx.actor;
  if (!actor?.bloc) return;
  const args = ctx.match.trim();
  const revoke = /^(huy|hủy|cancel|revoke)\s+(\S+)$/iu.exec(args);
  if (revoke?.[2]) {
    const done = await ctx.deps.services.invites.revoke(actor, actor.bloc.id, revoke[2]);
    await ctx.reply(ctx.t(done ? "invite-revoke-done" : "invite-revoke-unknown", { code: revoke[2].toUpperCase() }));
    return;
  }
  if (!args) {
    await ctx.reply(await pendingList(ctx, actor.bloc.id), { parse_mode: "HTML" });
    return;
  }
  const { rest, role: named } = splitRoleSuffix(args);
  const organisations = await ctx.deps.services.catalog.organisations(actor.bloc.id);
  const role: Role = named ?? "representative";
  let organisationId: number | null = null;
  if (rest) {
    const match = matchName(
      rest,
      organisations.map((org) => ({ id: String(org.id), names: organisationNames(org) })),
    );
    if (match.kind !== "match") {
      // Unknown: every organisation of the bloc, there are few; ambiguous: the ones that fit.
      const list = (match.kind === "ambiguous" ? organisations.filter((org) => match.ids.includes(String(org.id))) : organisations)
        .map((org) => org.name)
        .join("; ");
      await ctx.reply(ctx.t(match.kind === "ambiguous" ? "invite-org-ambiguous" : "invite-org-unknown", { query: rest, list }));
      return;
    }
    organisationId = Number(match.id);
  } else if (role === "representative") {
    await ctx.reply(usage(ctx, organisations), { parse_mode: "HTML" });
    return;
  }
  const invite = await ctx.deps.services.invites.create(actor, actor.bloc.id, role, organisationId);
  const organisation = organisations.find((org) => org.id === organisationId);
  // A deep link opens the bot on Telegram only; on Zalo and in the console the person types the command.
  const onTelegram = ctx.deps.channel === "telegram";
  await ctx.reply(
    ctx.t(onTelegram ? "invite-created" : "invite-created-by-command", {
      role: ctx.t(`role-${role}`),
      organisation: organisation ? ctx.t("invite-organisation-suffix", { name: organisation.name }) : "",
      link: `https://t.me/${ctx.me.username}?start=${invite.code}`,
      code: invite.code,
      expires: formatDate(invite.expiresAt),
    }),
  );
});

async function pendingList(ctx: BotContext, blocId: number): Promise<string> {
  const [pending, organisations] = await Promise.all([
    ctx.deps.services.invites.pending(blocId),
    ctx.deps.services.catalog.organisations(blocId),
  ]);
  const line = (invite: InviteRecord) => {
    const organisation = organisations.find((org) => org.id === invite.organisationId);
    return translateHtml(ctx, "invite-pending-line", {
      code: invite.code,
      role: ctx.t(`role-${invite.role}`),
      organisation: organisation ? ctx.t("invite-organisation-suffix", { name: organisation.name }) : "",
      expires: formatDate(invite.expiresAt),
    });
  };
  const body = pending.length ? pending.map(line).join("\n") : ctx.t("invite-pending-none");
  return `${ctx.t("invite-pending-title")}\n${body}\n\n${usage(ctx, organisations)}`;
}

/** How to invite, with the bloc's organisation codes; HTML, for its "/moi &lt;đơn vị&gt;". */
function usage(ctx: BotContext, organisations: readonly { code: string }[]): string {
  return translateHtml(ctx, "invite-usage", { list: organisations.map((org) => org.code).join(", ") });
}
