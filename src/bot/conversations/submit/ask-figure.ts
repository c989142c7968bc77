import { InlineKeyboard, Keyboard } from "grammy";
import type { AskedIndicator } from "../../../app/submission-service.js";
import { formatNumber, formatQuantity, numberToWords } from "../../../domain/numbers/format-number.js";
import { resolveUnit } from "../../../domain/numbers/units.js";
import type { DraftValue } from "../../../domain/submission/draft.js";
import { type Doubt, judgeAnswer } from "../../../domain/submission/judge-answer.js";
import { escapeHtml } from "../../../domain/text/escape-html.js";
import type { BotContext } from "../../context.js";
import { ownButton } from "./input.js";
import type { OfferedReading } from "./session.js";

/** What a typed figure came to: a value to save, a follow-up question, or a refusal already told. */
export type FigureVerdict =
  | { kind: "value"; reading: OfferedReading; raw: string }
  | { kind: "ask"; readings: OfferedReading[]; doubtful: boolean }
  | { kind: "refused"; reply: string };

/** The reply keyboard of every question: skip, back, cancel, typed or tapped. */
export function controlsKeyboard(ctx: BotContext) {
  return new Keyboard().text(ctx.t("submit-skip")).text(ctx.t("submit-back")).row().text(ctx.t("submit-cancel")).resized();
}

/** The question for one indicator, with its unit, help, last quarter's value and an example. */
export function figureQuestion(ctx: BotContext, indicator: AskedIndicator, position: string, current?: DraftValue): string {
  const lines = [ctx.t("submit-figure-title", { position, name: escapeHtml(indicator.name), unit: escapeHtml(indicator.unit) })];
  if (indicator.help) lines.push(escapeHtml(indicator.help));
  lines.push(
    indicator.previous === null
      ? ctx.t("submit-previous-none")
      : ctx.t("submit-previous", { value: escapeHtml(formatQuantity(indicator.previous, indicator.unit)) }),
  );
  if (current) lines.push(ctx.t("submit-current", { value: escapeHtml(describeValue(ctx, current, indicator.unit)) }));
  lines.push(ctx.t(`submit-example-${resolveUnit(indicator.unit).kind}`));
  return lines.join("\n");
}

/** A stored answer as people read it: "khoảng 500 người", or "—" when skipped. */
export function describeValue(ctx: BotContext, answer: DraftValue, unit: string): string {
  return answer.value === null ? "—" : `${hedgeText(ctx, answer.hedge)}${formatQuantity(answer.value, unit)}`;
}

/** The hedge in the person's language with its trailing space ("khoảng "), or "" for none. */
function hedgeText(ctx: BotContext, hedge: string | null): string {
  // The draft keeps the parser's code ("about"), never the words, so a language change shows right.
  return hedge ? ctx.t(`hedge-${hedge}`) : "";
}

/** The echo after a figure is saved, naming the item, in words too when it was typed in words. */
export function echoText(ctx: BotContext, reading: OfferedReading, indicator: AskedIndicator, position: string): string {
  const params = {
    position,
    name: indicator.name,
    value: formatQuantity(reading.value, indicator.unit),
    hedge: hedgeText(ctx, reading.hedge),
  };
  return reading.fromWords
    ? ctx.t("submit-saved-words", { ...params, words: numberToWords(reading.value) })
    : ctx.t("submit-saved", params);
}

/** Judges a typed figure: a value, readings to ask about, or the reason it was refused. */
export function judgeFigure(ctx: BotContext, typed: string, indicator: AskedIndicator): FigureVerdict {
  const judgement = judgeAnswer(typed, indicator);
  if (judgement.kind === "refused") {
    return {
      kind: "refused",
      reply: `${refusalText(ctx, judgement.reason, judgement.params)}\n${ctx.t("submit-try-again", { name: indicator.name })}`,
    };
  }
  if (judgement.kind === "accepted") return { kind: "value", reading: offered(judgement.reading), raw: typed };
  if (judgement.kind === "doubtful") return { kind: "ask", readings: [offered(judgement.reading)], doubtful: true };
  return {
    kind: "ask",
    readings: judgement.readings.map((value) => ({ value: value.toFixed(), hedge: null, fromWords: false })),
    doubtful: false,
  };
}

function offered(reading: { value: { toFixed(): string }; hedge: string | null; fromWords: boolean }): OfferedReading {
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
  step: { typed: string; readings: OfferedReading[]; doubtful: boolean },
  indicator: AskedIndicator,
): { text: string; keyboard: InlineKeyboard } {
  const keyboard = new InlineKeyboard();
  const first = step.readings[0];
  if (step.doubtful && first) {
    const value = formatQuantity(first.value, indicator.unit);
    const reasons = doubtsOf(first, indicator).map((doubt) => doubtText(ctx, doubt, indicator));
    keyboard.text(ctx.t("submit-confirm-value", { value }), ownButton(prompt, "pick:0")).row();
    keyboard.text(ctx.t("submit-retype"), ownButton(prompt, "retype"));
    return { text: ctx.t("submit-doubtful", { value, reasons: reasons.join("; ") }), keyboard };
  }
  step.readings.forEach((reading, index) => {
    keyboard.text(formatQuantity(reading.value, indicator.unit), ownButton(prompt, `pick:${index}`)).row();
  });
  keyboard.text(ctx.t("submit-retype"), ownButton(prompt, "retype"));
  return {
    text: ctx.t("submit-ambiguous", {
      typed: step.typed,
      readings: step.readings.map((reading) => formatNumber(reading.value)).join(` ${ctx.t("word-or")} `),
    }),
    keyboard,
  };
}

/**
 * The reading a pressed button stands for. A reading picked among several is judged again
 * (it may be doubtful, and the person chose it knowingly, so it is taken).
 */
export function pickedReading(data: string, readings: readonly OfferedReading[]): OfferedReading | undefined {
  const picked = /^pick:(\d+)$/.exec(data);
  return picked ? readings[Number(picked[1])] : undefined;
}

function doubtsOf(reading: OfferedReading, indicator: AskedIndicator): Doubt[] {
  const judgement = judgeAnswer(reading.value, indicator);
  return judgement.kind === "doubtful" ? judgement.doubts : [];
}

/** Why a value is questioned, in words: "gấp hơn 5 lần quý trước (1.002 người)". */
export function doubtText(ctx: BotContext, doubt: Doubt, indicator: AskedIndicator): string {
  const quantity = (amount: string | null) => (amount === null ? "" : formatQuantity(amount, indicator.unit));
  return ctx.t(`doubt-${doubt.replaceAll("_", "-")}`, {
    previous: quantity(indicator.previous),
    max: quantity(indicator.max),
    min: quantity(indicator.min),
  });
}
