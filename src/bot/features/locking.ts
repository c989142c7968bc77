import { Composer, InlineKeyboard } from "grammy";
import { linkedGroupChatId } from "../../app/group-service.js";
import { formatPeriod } from "../../domain/periods/format-period.js";
import { parsePeriod } from "../../domain/periods/parse-period.js";
import { parsePeriodKey, periodKey, type Quarter } from "../../domain/periods/period.js";
import { readChoiceWord, readControl } from "../../domain/submission/controls.js";
import { foldText } from "../../domain/text/fold.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { requireAccess } from "../middlewares/require-access.js";

/**
 * `/khoa` (`/lock`) shows who is missing and asks before it locks a quarter; on the confirm
 * (a button, or "ok" typed in a private chat) it locks once and tells the linked group who
 * never submitted. `/mo` (`/unlock`), or `/khoa mở`, reopens it and tells the group.
 */
export const lockingFeature = new Composer<BotContext>();

/** Words that refuse the lock when typed: "không", "không khóa", "no" ("hủy" is a control). */
const REFUSALS = new Set(["khong", "khong khoa", "no", "dung khoa"]);

/** The private chat's lock waiting for a typed confirmation. */
export function pendingLockKey(chatId: number): string {
  return `lock:${chatId}`;
}

lockingFeature.command(commandNames("khoa"), requireAccess("khoa"), async (ctx) => {
  const args = ctx.match.trim();
  const unlock = /^(mo|mo khoa|unlock)\b/.test(foldText(args));
  if (unlock) return reopen(ctx, args.replace(/^\S+(\s+khóa|\s+khoa)?/iu, "").trim());
  const quarter = await quarterNamed(ctx, args);
  if (!quarter) return;
  const { submissions } = ctx.deps.services;
  const actor = ctx.actor;
  if (!actor?.bloc) return;
  const period = formatPeriod(quarter, ctx.t.bind(ctx));
  if (await submissions.isLocked(actor, quarter)) {
    await ctx.reply(ctx.t("lock-already", { period }));
    return;
  }
  const missing = await missingNames(ctx, quarter);
  const total = (await ctx.deps.services.catalog.organisations(actor.bloc.id)).length;
  const key = periodKey(quarter);
  const keyboard = new InlineKeyboard()
    .text(ctx.t("lock-confirm-button", { period }), `lock:yes:${key}`)
    .text(ctx.t("lock-refuse-button"), `lock:no:${key}`);
  const text = missing.length
    ? ctx.t("lock-confirm-missing", { period, submitted: total - missing.length, total, missing: missing.join(", ") })
    : ctx.t("lock-confirm-all-in", { period, total });
  await ctx.reply(text, { reply_markup: keyboard });
  if (ctx.chat.type === "private") await ctx.deps.services.conversationStates.write(pendingLockKey(ctx.chat.id), { quarter: key });
});

lockingFeature.command(commandNames("mo"), requireAccess("mo"), (ctx) => reopen(ctx, ctx.match.trim()));

lockingFeature.callbackQuery(/^lock:(yes|no):([^:]+)$/, requireAccess("khoa"), async (ctx) => {
  await ctx.answerCallbackQuery();
  const quarter = parsePeriodKey(ctx.match[2] ?? "");
  if (quarter?.kind !== "quarter") return;
  if (ctx.chat?.type === "private") await ctx.deps.services.conversationStates.delete(pendingLockKey(ctx.chat.id));
  if (ctx.match[1] === "yes") await lock(ctx, quarter);
  else await ctx.reply(ctx.t("lock-refused", { period: formatPeriod(quarter, ctx.t.bind(ctx)) }));
});

// A lock asked in a private chat may be confirmed or refused by typing; anything else drops it.
lockingFeature.on("message:text", async (ctx, next) => {
  if (ctx.chat.type !== "private") return next();
  const states = ctx.deps.services.conversationStates;
  const pending = (await states.read(pendingLockKey(ctx.chat.id))) as { quarter: string } | undefined;
  if (!pending) return next();
  await states.delete(pendingLockKey(ctx.chat.id));
  const quarter = parsePeriodKey(pending.quarter);
  const text = ctx.message.text;
  const refused = REFUSALS.has(foldText(text).replace(/[.!]+$/, "")) || readControl(text) === "cancel";
  const confirmed = readChoiceWord(text) === "confirm";
  if (quarter?.kind !== "quarter" || !ctx.actor?.roles.has("admin") || (!refused && !confirmed)) return next();
  if (confirmed) return lock(ctx, quarter);
  await ctx.reply(ctx.t("lock-refused", { period: formatPeriod(quarter, ctx.t.bind(ctx)) }));
});

/** Locks the quarter once (a second confirm says it is locked already) and tells the group. */
async function lock(ctx: BotContext, quarter: Quarter): Promise<void> {
  const actor = ctx.actor;
  if (!actor?.bloc) return;
  const { submissions } = ctx.deps.services;
  const period = formatPeriod(quarter, ctx.t.bind(ctx));
  if (await submissions.isLocked(actor, quarter)) {
    await ctx.reply(ctx.t("lock-already", { period }));
    return;
  }
  await submissions.setLocked(actor, quarter, true);
  const missing = await missingNames(ctx, quarter);
  await ctx.reply(ctx.t("lock-locked", { period }));
  const groupPeriod = formatPeriod(quarter, ctx.groupText);
  await tellGroup(
    ctx,
    missing.length
      ? ctx.groupText("group-locked-missing", { period: groupPeriod, missing: missing.join(", ") })
      : ctx.groupText("group-locked", { period: groupPeriod }),
  );
}

/** Reopens a quarter (named, or the first open one) and tells the group. */
async function reopen(ctx: BotContext, args: string): Promise<void> {
  const quarter = await quarterNamed(ctx, args);
  const actor = ctx.actor;
  if (!quarter || !actor) return;
  const period = formatPeriod(quarter, ctx.t.bind(ctx));
  if (!(await ctx.deps.services.submissions.isLocked(actor, quarter))) {
    await ctx.reply(ctx.t("lock-not-locked", { period }));
    return;
  }
  await ctx.deps.services.submissions.setLocked(actor, quarter, false);
  await ctx.reply(ctx.t("lock-unlocked", { period }));
  await tellGroup(ctx, ctx.groupText("group-unlocked", { period: formatPeriod(quarter, ctx.groupText) }));
}

/** The quarter named in `args`, else the first open one; undefined (and the usage said) without one. */
async function quarterNamed(ctx: BotContext, args: string): Promise<Quarter | undefined> {
  const actor = ctx.actor;
  if (!actor?.bloc) return undefined;
  let quarter: Quarter | undefined;
  if (args) {
    const parsed = parsePeriod(args, ctx.deps.services.clock());
    if (parsed?.period.kind === "quarter") quarter = parsed.period;
  } else {
    quarter = (await ctx.deps.services.submissions.openQuarters(actor))[0]?.quarter;
  }
  if (!quarter) await ctx.reply(ctx.t("lock-usage"));
  return quarter;
}

/** The names of the organisations that have not submitted the quarter, in the bloc's order. */
async function missingNames(ctx: BotContext, quarter: Quarter): Promise<string[]> {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return [];
  const data = await ctx.deps.services.reports.data(bloc, [quarter]);
  const submitted = new Set(data.reports.map((report) => report.organisationCode));
  return [...data.organisations]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .filter((org) => !submitted.has(org.code))
    .map((org) => org.name);
}

/** Posts to the bloc's linked group, unless the command came from that group (it was answered there). */
async function tellGroup(ctx: BotContext, text: string): Promise<void> {
  const chatId = linkedGroupChatId(ctx.actor?.bloc, ctx.deps.channel);
  if (!chatId || chatId === String(ctx.chat?.id)) return;
  await ctx.api.sendMessage(chatId, text);
}
