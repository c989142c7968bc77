import { Composer } from "grammy";
import { indicatorName, unitName } from "../../domain/numbers/figure-wording.js";
import { formatDate } from "../../domain/periods/format-date.js";
import { block, type RichText } from "../../domain/text/rich-text.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";
import { replyRichText } from "../reply-in-parts.js";

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
    block(
      "line",
      ctx.t(member.displayName ? "members-line" : "members-line-unnamed", {
        name: member.displayName ?? "",
        id: member.externalId,
        role: ctx.t(`role-${member.role}`),
        since: formatDate(member.since),
      }),
    );
  const text: RichText = [block("heading", ctx.t("members-title", { bloc: bloc.name }))];
  const general = members.filter((member) => member.organisationId === null);
  if (general.length) text.push(block("heading", ctx.t("members-secretariat")), ...general.map(line));
  for (const org of organisations) {
    const own = members.filter((member) => member.organisationId === org.id);
    text.push(block("heading", org.name), ...(own.length ? own.map(line) : [block("line", ctx.t("members-none"))]));
  }
  text.push(block("paragraph", ctx.t("members-pending", { count: pending.length })));
  await replyRichText(ctx, text);
});

adminViewsFeature.command(commandNames("danhmuc"), requireAccess("danhmuc"), async (ctx) => {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return;
  const { catalog } = ctx.deps.services;
  const [organisations, indicators] = await Promise.all([catalog.organisations(bloc.id), catalog.indicators(bloc.id)]);
  const t = ctx.t.bind(ctx);
  const text: RichText = [block("heading", bloc.name)];
  for (const org of organisations) {
    const own = indicators.filter((indicator) => indicator.organisationCodes.includes(org.code));
    text.push(
      block("heading", `${org.name} (${org.code})`),
      ...own.map((indicator) =>
        block("line", t("catalog-indicator", { name: indicatorName(indicator, t), unit: unitName(indicator.unit, t) })),
      ),
    );
  }
  await replyRichText(ctx, text);
});
