import { InlineKeyboard, Keyboard } from "grammy";
import type { AskedIndicator } from "../../../app/submission-service.js";
import { formatNumber, formatQuantity, numberToWords } from "../../../domain/numbers/format-number.js";
import { resolveUnit } from "../../../domain/numbers/units.js";
import type { DraftValue } from "../../../domain/submission/draft.js";
import { type Doubt, judgeAnswer, type Reading } from "../../../domain/submission/judge-answer.js";
import type { Answer, ConversationContext, SubmitConversation } from "./types.js";
import { ownButton, waitAnswer } from "./wait-answer.js";

/** How a figure question ended. */
export type FigureOutcome =
  | { kind: "value"; answer: DraftValue; reading: Reading }
  | { kind: "skip" }
  | { kind: "back" }
  | { kind: "cancel" };

/** The reply keyboard of every question: skip, back, cancel, typed or tapped. */
export function controlsKeyboard(ctx: ConversationContext) {
  return new Keyboard().text(ctx.t("submit-skip")).text(ctx.t("submit-back")).row().text(ctx.t("submit-cancel")).resized();
}

/** The question for one indicator, with its unit, help, last quarter's value and an example. */
export function figureQuestion(ctx: ConversationContext, indicator: AskedIndicator, position: string, current?: DraftValue): string {
  const lines = [ctx.t("submit-figure-title", { position, name: indicator.name, unit: indicator.unit })];
  if (indicator.help) lines.push(indicator.help);
  lines.push(
    indicator.previous === null
      ? ctx.t("submit-previous-none")
      : ctx.t("submit-previous", { value: formatQuantity(indicator.previous, indicator.unit) }),
  );
  if (current) lines.push(ctx.t("submit-current", { value: describeValue(ctx, current, indicator.unit) }));
  lines.push(ctx.t(`submit-example-${resolveUnit(indicator.unit).kind}`));
  return lines.join("\n");
}

/** A stored answer as people read it: "khoảng 500 người", or "—" when skipped. */
export function describeValue(ctx: ConversationContext, answer: DraftValue, unit: string): string {
  return answer.value === null ? "—" : `${hedgeText(ctx, answer.hedge)}${formatQuantity(answer.value, unit)}`;
}

/** The hedge in the person's language with its trailing space ("khoảng "), or "" for none. */
function hedgeText(ctx: ConversationContext, hedge: string | null): string {
  // The draft keeps the parser's code ("about"), never the words, so a language change shows right.
  return hedge ? ctx.t(`hedge-${hedge}`) : "";
}

/** The echo after a figure is saved, in words too when it was typed in words. */
export function echoText(ctx: ConversationContext, outcome: Extract<FigureOutcome, { kind: "value" }>, unit: string): string {
  const value = formatQuantity(outcome.reading.value, unit);
  const hedge = hedgeText(ctx, outcome.reading.hedge);
  return outcome.reading.fromWords
    ? ctx.t("submit-saved-words", { value, hedge, words: numberToWords(outcome.reading.value) })
    : ctx.t("submit-saved", { value, hedge });
}

/** Asks one indicator until the person gives a value, skips, goes back or cancels. */
export async function askFigure(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  indicator: AskedIndicator,
  position: string,
  current?: DraftValue,
): Promise<FigureOutcome> {
  await ctx.reply(figureQuestion(ctx, indicator, position, current), {
    parse_mode: "HTML",
    reply_markup: controlsKeyboard(ctx),
  });
  // An answer typed at a follow-up prompt (instead of pressing its button) is the next answer.
  let given: Answer | undefined;
  for (;;) {
    const answer = given ?? (await waitAnswer(conversation)).answer;
    given = undefined;
    if (answer.kind === "skip" || answer.kind === "back" || answer.kind === "cancel") return answer;
    if (answer.kind === "repeat") return askFigure(conversation, ctx, indicator, position, current);
    if (answer.kind === "button") {
      await ctx.reply(ctx.t("submit-stale-button"));
      continue;
    }
    const judgement = judgeAnswer(answer.text, indicator);
    if (judgement.kind === "refused") {
      await ctx.reply(`${refusalText(ctx, judgement.reason, judgement.params)}\n${ctx.t("submit-try-again", { name: indicator.name })}`);
      continue;
    }
    if (judgement.kind === "accepted") return valueOutcome(judgement.reading, answer.text);
    const prompt =
      judgement.kind === "ambiguous"
        ? ambiguityPrompt(ctx, answer.text, judgement.readings.map(String), indicator)
        : doubtPrompt(ctx, judgement.reading, judgement.doubts, indicator);
    await ctx.reply(prompt.text, { reply_markup: prompt.keyboard });
    const choice = (await waitAnswer(conversation)).answer;
    const chosen = choice.kind === "button" ? prompt.choose(choice.data) : undefined;
    if (chosen) return valueOutcome(chosen, answer.text);
    if (choice.kind === "button") await ctx.reply(ctx.t("submit-type-again", { name: indicator.name }));
    else given = choice;
  }
}

function valueOutcome(reading: Reading, raw: string): FigureOutcome {
  return { kind: "value", reading, answer: { value: reading.value.toFixed(), raw, hedge: reading.hedge } };
}

/** The sentence for a refused number: the language core's reason, or a general one. */
function refusalText(ctx: ConversationContext, reason: string, params?: Record<string, string>): string {
  const key = `number-refused-${reason.replaceAll("_", "-")}`;
  const text = ctx.t(key, params ?? {});
  return text === key ? ctx.t("number-refused-generic") : text;
}

/** A follow-up question with buttons, and what each button means. */
interface Prompt {
  text: string;
  keyboard: InlineKeyboard;
  choose(data: string): Reading | undefined;
}

function ambiguityPrompt(ctx: ConversationContext, typed: string, readings: string[], indicator: AskedIndicator): Prompt {
  const keyboard = new InlineKeyboard();
  readings.forEach((reading, index) => {
    keyboard.text(formatQuantity(reading, indicator.unit), ownButton(`pick:${index}`)).row();
  });
  keyboard.text(ctx.t("submit-retype"), ownButton("retype"));
  return {
    text: ctx.t("submit-ambiguous", {
      typed,
      readings: readings.map((reading) => formatNumber(reading)).join(` ${ctx.t("word-or")} `),
    }),
    keyboard,
    choose: (data) => {
      const picked = /^pick:(\d+)$/.exec(data);
      const value = picked ? readings[Number(picked[1])] : undefined;
      const judgement = value === undefined ? undefined : judgeAnswer(value, indicator);
      return judgement?.kind === "accepted" || judgement?.kind === "doubtful" ? judgement.reading : undefined;
    },
  };
}

/** Why a value is questioned, in words: "gấp hơn 5 lần quý trước (1.002 người)". */
export function doubtText(ctx: ConversationContext, doubt: Doubt, indicator: AskedIndicator): string {
  const quantity = (amount: string | null) => (amount === null ? "" : formatQuantity(amount, indicator.unit));
  return ctx.t(`doubt-${doubt.replaceAll("_", "-")}`, {
    previous: quantity(indicator.previous),
    max: quantity(indicator.max),
    min: quantity(indicator.min),
  });
}

function doubtPrompt(ctx: ConversationContext, reading: Reading, doubts: Doubt[], indicator: AskedIndicator): Prompt {
  const value = formatQuantity(reading.value, indicator.unit);
  const reasons = doubts.map((doubt) => doubtText(ctx, doubt, indicator));
  return {
    text: ctx.t("submit-doubtful", { value, reasons: reasons.join("; ") }),
    keyboard: new InlineKeyboard()
      .text(ctx.t("submit-confirm-value", { value }), ownButton("sure"))
      .row()
      .text(ctx.t("submit-retype"), ownButton("retype")),
    choose: (data) => (data === "sure" ? reading : undefined),
  };
}
