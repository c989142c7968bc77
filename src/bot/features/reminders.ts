import { Composer } from "grammy";
import { formatPeriod } from "../../domain/periods/format-period.js";
import { parsePeriodKey } from "../../domain/periods/period.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";
import { REMINDER_BUTTON, reminderCall } from "../reminders.js";
import { escapeHtml } from "../render/escape-html.js";

/**
 * `/nhac` (`/remind`): the secretariat reminds the missing organisations' representatives now
 * and is told who was reminded; the reminder's "Không nhắc quý này" button stops the quarter's
 * reminders to the person who pressed it.
 */
export const remindersFeature = new Composer<BotContext>();

remindersFeature.command(commandNames("nhac"), requireAccess("nhac"), async (ctx) => {
  const actor = ctx.actor;
  if (!actor) return;
  const t = ctx.t.bind(ctx);
  const done = await ctx.deps.services.reminders.remindNow(actor, String(ctx.update.update_id));
  if (!done) {
    await ctx.reply(t("remind-no-quarter"));
    return;
  }
  const period = formatPeriod(done.quarter, t);
  // Each representative reads the reminder in their own language, not the admin's.
  for (const message of done.messages) {
    await ctx.api.raw.sendMessage(reminderCall(message, ctx.textFor(message.language)).payload as never);
  }
  if (done.reminded.length + done.unreachable.length + done.optedOut.length === 0) {
    await ctx.reply(t("remind-all-submitted", { period }));
    return;
  }
  const lines = [t(done.reminded.length ? "remind-done" : "remind-nobody-reached", { count: done.reminded.length, period })];
  for (const item of done.reminded)
    lines.push(t("remind-line", { organisation: escapeHtml(item.organisation), people: item.people.map(escapeHtml).join(", ") }));
  if (done.unreachable.length) lines.push(t("remind-unreachable", { names: done.unreachable.map(escapeHtml).join(", ") }));
  if (done.optedOut.length) lines.push(t("remind-opted-out", { names: done.optedOut.map(escapeHtml).join(", ") }));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
});

remindersFeature.callbackQuery(REMINDER_BUTTON, async (ctx, next) => {
  if (ctx.match[1] !== "off") return next();
  const quarter = parsePeriodKey(ctx.match[2] ?? "");
  await ctx.answerCallbackQuery();
  if (!ctx.actor || quarter?.kind !== "quarter") return;
  await ctx.deps.services.reminders.optOut(ctx.actor, quarter);
  await ctx.reply(ctx.t("reminder-opted-out", { period: formatPeriod(quarter, ctx.t.bind(ctx)) }));
});
