import { Decimal } from "decimal.js";
import { InlineKeyboard, Keyboard } from "grammy";
import type { AskedIndicator } from "../../../app/submission-service.js";
import { formatFigure, indicatorName, unitName } from "../../../domain/numbers/figure-wording.js";
import type { AmbiguityReason } from "../../../domain/numbers/parse-number.js";
import { resolveUnit } from "../../../domain/numbers/units.js";
import { ambiguityText, describeAnswer, doubtText, readingOptions, savedText } from "../../../domain/submission/answer-wording.js";
import type { DraftValue } from "../../../domain/submission/draft.js";
import { judgeAnswer, judgeChosen, type Reading } from "../../../domain/submission/judge-answer.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { ownButton } from "./input.js";
import type { OfferedReading } from "./session.js";

/** What a typed figure came to: a value to save, a follow-up question, or a refusal already worded. */
export type FigureVerdict =
  | { kind: "value"; reading: Reading }
  | { kind: "ask"; readings: OfferedReading[]; doubtful: boolean; reason: AmbiguityReason | null }
  | { kind: "refused"; reply: string };

/**
 * The reply keyboard of every question, typed or tapped: skip (or, when something is saved
 * already, keep it or erase it), back, cancel.
 */
export function controlsKeyboard(ctx: BotContext, saved: boolean) {
  const keyboard = new Keyboard();
  if (saved) keyboard.text(ctx.t("submit-keep")).text(ctx.t("submit-erase"));
  else keyboard.text(ctx.t("submit-skip"));
  return keyboard.text(ctx.t("submit-back")).row().text(ctx.t("submit-cancel")).resized();
}

/** The question for one indicator, with its unit, help, last quarter's value and an example. */
export function figureQuestion(ctx: BotContext, indicator: AskedIndicator, position: string, current?: DraftValue): string {
  const t = ctx.t.bind(ctx);
  const lines = [
    ctx.t("submit-figure-title", {
      position,
      name: escapeHtml(indicatorName(indicator, t)),
      unit: escapeHtml(unitName(indicator.unit, t)),
    }),
  ];
  if (indicator.help) lines.push(escapeHtml(indicator.help));
  lines.push(
    indicator.previous === null
      ? ctx.t("submit-previous-none")
      : ctx.t("submit-previous", { value: escapeHtml(formatFigure(indicator.previous, indicator.unit, t)) }),
  );
  if (current) lines.push(ctx.t("submit-current", { value: escapeHtml(describeAnswer(current, indicator.unit, t)) }));
  lines.push(ctx.t(`submit-example-${resolveUnit(indicator.unit).kind}`));
  return lines.join("\n");
}

/** The echo after a figure is saved, naming the item: "✔ Đã lưu 2/10 Đảng viên mới được kết nạp: 15 người." */
export function echoText(ctx: BotContext, reading: Reading, indicator: AskedIndicator, position: string): string {
  const t = ctx.t.bind(ctx);
  return savedText(reading, indicator.unit, t, { position, name: indicatorName(indicator, t) });
}

/** Judges a typed figure, read the reader's way: a value, readings to ask about, or why it was refused. */
export function judgeFigure(ctx: BotContext, typed: string, indicator: AskedIndicator): FigureVerdict {
  const t = ctx.t.bind(ctx);
  const judgement = judgeAnswer(typed, indicator, readingOptions(t));
  if (judgement.kind === "refused") {
    return {
      kind: "refused",
      reply: `${refusalText(ctx, judgement.reason, judgement.params)}\n${ctx.t("submit-try-again", { name: indicatorName(indicator, t) })}`,
    };
  }
  if (judgement.kind === "accepted") return { kind: "value", reading: judgement.reading };
  if (judgement.kind === "doubtful") return { kind: "ask", readings: [offered(judgement.reading)], doubtful: true, reason: null };
  return {
    kind: "ask",
    readings: judgement.readings.map((value) => ({ value: value.toFixed(), hedge: null, fromWords: false })),
    doubtful: false,
    reason: judgement.reason,
  };
}

function offered(reading: Reading): OfferedReading {
  return { value: reading.value.toFixed(), hedge: reading.hedge, fromWords: reading.fromWords };
}

/** The sentence for a refused number: the language core's reason, or a general one. */
function refusalText(ctx: BotContext, reason: string, params?: Record<string, string>): string {
  const key = `number-refused-${reason.replaceAll("_", "-")}`;
  const text = ctx.t(key, params ?? {});
  return text === key ? ctx.t("number-refused-generic") : text;
}

/**
 * The follow-up question about a typed figure, with its buttons: which reading was meant, or
 * whether a doubtful value is right.
 */
export function readingPrompt(
  ctx: BotContext,
  prompt: number,
  step: { typed: string; readings: OfferedReading[]; doubtful: boolean; reason: AmbiguityReason | null },
  indicator: AskedIndicator,
): { text: string; keyboard: InlineKeyboard } {
  const t = ctx.t.bind(ctx);
  const keyboard = new InlineKeyboard();
  const first = step.readings[0];
  if (step.doubtful && first) {
    const value = formatFigure(first.value, indicator.unit, t);
    const judged = judgeChosen(new Decimal(first.value), indicator);
    const reasons = judged.kind === "doubtful" ? judged.doubts.map((doubt) => doubtText(doubt, judged.reading.value, indicator, t)) : [];
    keyboard.text(ctx.t("submit-confirm-value", { value }), ownButton(prompt, "pick:0")).row();
    keyboard.text(ctx.t("submit-retype"), ownButton(prompt, "retype"));
    return { text: ctx.t("submit-doubtful", { value, reasons: reasons.join("; ") }), keyboard };
  }
  step.readings.forEach((reading, index) => {
    keyboard.text(formatFigure(reading.value, indicator.unit, t), ownButton(prompt, `pick:${index}`)).row();
  });
  keyboard.text(ctx.t("submit-retype"), ownButton(prompt, "retype"));
  const ambiguity = {
    kind: "ambiguous" as const,
    readings: step.readings.map((reading) => new Decimal(reading.value)),
    reason: step.reason ?? "separator",
  };
  return { text: ambiguityText(step.typed, ambiguity, indicator.unit, t), keyboard };
}

/**
 * The reading a pressed button stands for, judged again as chosen (a doubtful one is taken:
 * the person chose it knowingly), with the hedge it was typed with.
 */
export function pickedReading(data: string, readings: readonly OfferedReading[], indicator: AskedIndicator): Reading | undefined {
  const picked = /^pick:(\d+)$/.exec(data);
  const offer = picked ? readings[Number(picked[1])] : undefined;
  if (!offer) return undefined;
  return {
    ...judgeChosen(new Decimal(offer.value), indicator).reading,
    hedge: offer.hedge as Reading["hedge"],
    fromWords: offer.fromWords,
  };
}
