import { Composer } from "grammy";
import type { BlocRecord } from "../../db/repositories/catalog-repository.js";
import { parseExtensionArguments } from "../../domain/calendar/extension-arguments.js";
import { parseMeetingArguments } from "../../domain/calendar/meeting-arguments.js";
import { type CalendarEntry, renderCalendar } from "../../domain/calendar/render-calendar.js";
import { organisationNames } from "../../domain/catalog/catalog.js";
import { formatDate, formatDateTime } from "../../domain/periods/format-date.js";
import { formatPeriod } from "../../domain/periods/format-period.js";
import type { Quarter } from "../../domain/periods/period.js";
import { matchName } from "../../domain/text/match-name.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";
import { toTelegramHtml } from "../render/telegram-html.js";

/** `/lichhop` (the meeting calendar: shown to members, set by the secretariat) and `/giahan` (deadline extensions). */
export const calendarFeature = new Composer<BotContext>();

calendarFeature.command(commandNames("lichhop"), requireAccess("lichhop"), async (ctx) => {
  const actor = ctx.actor;
  const bloc = actor?.bloc;
  if (!actor || !bloc) return;
  const { calendar, clock } = ctx.deps.services;
  const args = ctx.match.trim();
  if (args) {
    if (!actor.roles.has("admin")) {
      await ctx.reply(ctx.t("calendar-admin-only"));
      return;
    }
    const parsed = parseMeetingArguments(args, clock(), bloc.timezone);
    if (typeof parsed === "string") {
      await ctx.reply(ctx.t(`calendar-${parsed === "no-date" ? "usage" : parsed}`, { text: args }));
      return;
    }
    await calendar.setMeeting(bloc, parsed, actor);
    const shown = await calendarText(ctx, bloc, [parsed.quarter]);
    await ctx.reply(`${ctx.t("calendar-set", { period: formatPeriod(parsed.quarter, ctx.t.bind(ctx)) })}\n\n${shown}`, {
      parse_mode: "HTML",
    });
    return;
  }
  const quarters = (await calendar.upcoming(bloc)).map((window) => window.quarter);
  await ctx.reply(await calendarText(ctx, bloc, quarters), { parse_mode: "HTML" });
});

calendarFeature.command(commandNames("giahan"), requireAccess("giahan"), async (ctx) => {
  const actor = ctx.actor;
  const bloc = actor?.bloc;
  if (!actor || !bloc) return;
  const { calendar, catalog, clock, reminders, submissions } = ctx.deps.services;
  const parsed = parseExtensionArguments(ctx.match.trim(), clock(), bloc.timezone);
  if (typeof parsed === "string") {
    await ctx.reply(ctx.t(parsed === "bad-date" ? "extend-bad-date" : "extend-usage"));
    return;
  }
  const organisations = await catalog.organisations(bloc.id);
  let organisation: (typeof organisations)[number] | undefined;
  if (parsed.organisation !== null) {
    const match = matchName(
      parsed.organisation,
      organisations.map((org) => ({ id: String(org.id), names: organisationNames(org) })),
    );
    if (match.kind !== "match") {
      const listed = match.kind === "ambiguous" ? organisations.filter((org) => match.ids.includes(String(org.id))) : organisations;
      const key = match.kind === "ambiguous" ? "extend-ambiguous-organisation" : "extend-unknown-organisation";
      await ctx.reply(ctx.t(key, { name: parsed.organisation, names: listed.map((org) => org.name).join(", ") }));
      return;
    }
    organisation = organisations.find((org) => String(org.id) === match.id);
  }
  const quarter = parsed.quarter ?? (await submissions.reportingQuarter(bloc));
  const deadline = organisation
    ? await calendar.deadlineFor(bloc, quarter, organisation.code)
    : (await calendar.window(bloc, quarter)).deadline;
  if (parsed.until <= deadline) {
    await ctx.reply(ctx.t("extend-not-after-deadline", { date: formatDate(parsed.until), deadline: formatDateTime(deadline) }));
    return;
  }
  await calendar.extend(bloc, quarter, organisation?.id ?? null, parsed.until, actor);
  const period = formatPeriod(quarter, ctx.t.bind(ctx));
  const date = formatDate(parsed.until);
  await ctx.reply(
    organisation ? ctx.t("extend-done", { period, organisation: organisation.name, date }) : ctx.t("extend-done-all", { period, date }),
  );
  // The representatives hear of their new deadline in their private chat, with this update.
  // Each in their own language, not the admin's.
  for (const recipient of await reminders.extensionRecipients(bloc, quarter, organisation?.id ?? null, ctx.deps.channel)) {
    const t = ctx.textFor(recipient.language);
    await ctx.api.sendMessage(
      recipient.chatId,
      t("extend-notice", { period: formatPeriod(quarter, t), organisation: recipient.organisationName, date }),
    );
  }
});

/** The calendar of some quarters: meeting, window, deadline and extensions of each. */
async function calendarText(ctx: BotContext, bloc: BlocRecord, quarters: readonly Quarter[]): Promise<string> {
  const { calendar, catalog } = ctx.deps.services;
  const organisations = await catalog.organisations(bloc.id);
  const entries: CalendarEntry[] = await Promise.all(
    quarters.map(async (quarter) => {
      const [window, extensions] = await Promise.all([calendar.window(bloc, quarter), calendar.extensions(bloc, quarter)]);
      return {
        window,
        extensions: extensions.map((extension) => ({
          organisationName:
            extension.organisationCode === null
              ? null
              : (organisations.find((org) => org.code === extension.organisationCode)?.name ?? extension.organisationCode),
          until: extension.until,
        })),
      };
    }),
  );
  return toTelegramHtml(renderCalendar(entries, ctx.t.bind(ctx)));
}
