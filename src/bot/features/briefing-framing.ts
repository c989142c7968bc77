import { Composer } from "grammy";
import type { FramingView } from "../../app/briefing-framing-service.js";
import type { FramingPatch } from "../../db/repositories/briefing-framing-repository.js";
import type { BlocRecord } from "../../db/repositories/catalog-repository.js";
import { parseMeetingArguments } from "../../domain/calendar/meeting-arguments.js";
import { organisationNames } from "../../domain/catalog/catalog.js";
import { formatDate, formatDateTime } from "../../domain/periods/format-date.js";
import { formatPeriod } from "../../domain/periods/format-period.js";
import { type Period, parsePeriodKey, periodKey } from "../../domain/periods/period.js";
import { splitConclusions } from "../../domain/reports/conclusions.js";
import { readControl } from "../../domain/submission/controls.js";
import { commandNames } from "../commands.js";
import type { BotContext } from "../context.js";
import { acceptText, MAX_TEXT_LENGTH } from "../conversations/submit/ask-text.js";
import { requireAccess } from "../middlewares/require-access.js";
import { escapeHtml } from "../render/escape-html.js";
import { showPreview } from "./briefing.js";

/** The parts of a briefing's framing people type: each has a button under the preview. */
const PARTS = ["assessment", "attendees", "conclusions", "meeting"] as const;
type FramingPart = (typeof PARTS)[number];

/** A part asked for in a private chat: the next message there is its text. */
interface PendingEdit {
  part: FramingPart;
  period: string;
}

/** The private chat's part of the briefing asked for, waiting for the next message. */
export function pendingFramingKey(chatId: number): string {
  return `framing:${chatId}`;
}

/**
 * Editing the briefing before it is posted: a button under the preview ("Đánh giá chung",
 * "Thành phần dự", "Kết luận", "Ngày họp") asks for the part in the next message, stores it
 * and shows the preview again. `/ketluan` (`/conclude`) enters the chair's conclusions after
 * the meeting, typed after the command or in the next message. Only the secretariat and the
 * chair may (the access of /baocao and /ketluan); "/huy" drops the edit, storing nothing.
 */
export const briefingFramingFeature = new Composer<BotContext>();

// Before the submission and the other features: the next message after a question of this
// feature answers it; a command other than /huy drops the question and goes on.
briefingFramingFeature.on("message:text", async (ctx, next) => {
  if (ctx.chat.type !== "private") return next();
  const states = ctx.deps.services.conversationStates;
  const pending = (await states.read(pendingFramingKey(ctx.chat.id))) as PendingEdit | undefined;
  if (!pending) return next();
  await states.delete(pendingFramingKey(ctx.chat.id));
  const text = ctx.message.text;
  const cancelled = readControl(text) === "cancel";
  const bloc = ctx.actor?.bloc;
  const quarter = parsePeriodKey(pending.period);
  // Another command drops the question and goes on; so does a message from someone whose role
  // was taken away meanwhile.
  if ((text.startsWith("/") && !cancelled) || !bloc || !quarter || !mayEdit(ctx)) return next();
  if (cancelled) {
    await ctx.reply(ctx.t("framing-cancelled"));
    return;
  }
  await store(ctx, bloc, quarter, pending.part, text);
});

briefingFramingFeature.callbackQuery(new RegExp(`^frame:([^:]+):(${PARTS.join("|")})$`), requireAccess("baocao"), async (ctx) => {
  await ctx.answerCallbackQuery();
  const bloc = ctx.actor?.bloc;
  const quarter = parsePeriodKey(ctx.match[1] ?? "");
  if (!bloc || !quarter || ctx.chat?.type !== "private") return;
  await ask(ctx, bloc, quarter, ctx.match[2] as FramingPart);
});

briefingFramingFeature.command(commandNames("ketluan"), requireAccess("ketluan"), async (ctx) => {
  const bloc = ctx.actor?.bloc;
  if (!bloc) return;
  const quarter = await ctx.deps.services.submissions.reportingQuarter(bloc);
  const text = ctx.match.trim();
  if (text) await store(ctx, bloc, quarter, "conclusions", text);
  else await ask(ctx, bloc, quarter, "conclusions");
});

/** Whether the person may edit a briefing's framing: the secretariat or the chair. */
function mayEdit(ctx: BotContext): boolean {
  return Boolean(ctx.actor?.roles.has("admin") || ctx.actor?.roles.has("chair"));
}

/** Asks for one part in the next message, showing what is stored now. */
async function ask(ctx: BotContext, bloc: BlocRecord, quarter: Period, part: FramingPart): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  const view = await ctx.deps.services.framing.framing(bloc, quarter);
  const names = new Map((await ctx.deps.services.catalog.organisations(bloc.id)).map((org) => [org.code, org.name]));
  const current = currentText(part, view, names);
  const lines = [ctx.t(`framing-ask-${part}`, { period: formatPeriod(quarter, ctx.t.bind(ctx)) })];
  if (current) lines.push(ctx.t("framing-current", { value: escapeHtml(current) }));
  lines.push(ctx.t("framing-ask-end", { limit: MAX_TEXT_LENGTH }));
  await ctx.deps.services.conversationStates.write(pendingFramingKey(chatId), { part, period: periodKey(quarter) } satisfies PendingEdit);
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
}

/** What a part holds now, as people read it (the conclusions one point a line), or "" for nothing. */
function currentText(part: FramingPart, view: FramingView, names: ReadonlyMap<string, string>): string {
  const { framing } = view;
  switch (part) {
    case "assessment":
      return framing.assessment ?? "";
    case "attendees":
      return view.attendees ?? "";
    case "conclusions": {
      const { points, directions } = framing.conclusions ?? { points: [], directions: [] };
      return [
        ...points,
        ...directions.map((direction) => `${names.get(direction.organisationCode) ?? direction.organisationCode}: ${direction.text}`),
      ].join("\n");
    }
    case "meeting": {
      const meeting = framing.meeting;
      if (!meeting) return "";
      return [meeting.hasTime ? formatDateTime(meeting.at) : formatDate(meeting.at), meeting.place, meeting.chair]
        .filter(Boolean)
        .join(", ");
    }
  }
}

/**
 * Stores one part as typed and shows the preview again; a text refused (too long, a meeting
 * without a date, conclusions with no point) is asked again with the reason, nothing stored.
 * "không" clears the part.
 */
async function store(ctx: BotContext, bloc: BlocRecord, quarter: Period, part: FramingPart, typed: string): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  const text = acceptText(typed);
  if (text === undefined) {
    await ctx.reply(ctx.t("framing-too-long", { limit: MAX_TEXT_LENGTH }));
    return ask(ctx, bloc, quarter, part);
  }
  const patch = await patchFor(ctx, bloc, part, text);
  if (typeof patch === "string") {
    await ctx.reply(ctx.t(patch, { text }));
    return ask(ctx, bloc, quarter, part);
  }
  await ctx.deps.services.framing.edit(bloc, quarter, patch, actor);
  await ctx.reply(ctx.t(text ? `framing-saved-${part}` : "framing-cleared"));
  await showPreview(ctx, bloc, quarter);
}

/** The change a typed text makes to a part ("" clears it), or the key of why it is refused. */
async function patchFor(ctx: BotContext, bloc: BlocRecord, part: FramingPart, text: string): Promise<FramingPatch | string> {
  if (part === "assessment") return { assessment: text || null };
  if (part === "attendees") return { attendees: text || null };
  if (!text) return { [part]: null };
  if (part === "meeting") {
    const parsed = parseMeetingArguments(text, ctx.deps.services.clock(), bloc.timezone);
    if (typeof parsed === "string") return `framing-meeting-${parsed}`;
    return { meeting: { at: parsed.at, hasTime: parsed.hasTime, place: parsed.place, chair: parsed.chair } };
  }
  const organisations = await ctx.deps.services.catalog.organisations(bloc.id);
  const conclusions = splitConclusions(
    text,
    organisations.map((org) => ({ id: org.code, names: organisationNames(org) })),
  );
  return conclusions.points.length || conclusions.directions.length ? { conclusions } : "framing-conclusions-empty";
}
