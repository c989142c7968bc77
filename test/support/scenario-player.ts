import { expect } from "vitest";
import { formatNumber } from "../../src/domain/numbers/format-number.js";
import { parseNumber } from "../../src/domain/numbers/parse-number.js";
import type { Scenario, ScenarioStep } from "./acceptance.js";
import { type Reply, type TestUser, textOf } from "./bot-harness.js";
import { SCENARIO_TEXT_KEYS } from "./submit-flow.js";

/** Whatever carries messages to the bot and back: the in-process harness or the emulator. */
export interface ChatDriver {
  say(user: TestUser, chat: "private" | "group", text: string): Promise<Reply[]>;
  press(user: TestUser, chat: "private" | "group", label: string): Promise<Reply[]>;
}

/** A representative's submission as the player drives it. */
export interface Submitter {
  org: string;
  userId: number;
  started: boolean;
  /** The echo of each figure saved so far, by question position. */
  saved: string[];
  done: boolean;
}

/**
 * Replays a scenario's steps as its people would, asserting every `expect` and `expect_not`.
 * The steps write out only the interesting moments of each submission ("…the representative
 * answers each question…"); the player fills in the rest from `submissions` and `texts`, the
 * way the person would: a representative's first answer opens `/nop`, a value echoed
 * differently from the one in `submissions` is corrected with "quay lại", and before anyone
 * else speaks again every organisation finishes and confirms its report.
 */
export class ScenarioPlayer {
  readonly submitters = new Map<number, Submitter>();

  constructor(
    private readonly driver: ChatDriver,
    private readonly scenario: Scenario,
  ) {
    for (const person of scenario.people) {
      if (person.role === "representative" && person.org && scenario.submissions[person.org]) {
        this.submitters.set(person.id, { org: person.org, userId: person.id, started: false, saved: [], done: false });
      }
    }
  }

  /** A representative who never speaks in the steps, whose whole submission the player writes. */
  quietSubmitter(): Submitter | undefined {
    const speakers = new Set(this.scenario.steps.map((step) => step.as));
    return [...this.submitters.values()].find((submitter) => !speakers.has(submitter.userId));
  }

  /** A representative answers the current question; a saved figure is remembered. */
  async answer(submitter: Submitter, text: string): Promise<Reply[]> {
    const replies = await this.driver.say({ id: submitter.userId }, "private", text);
    if (/^\/(nop|submit)\b/.test(text)) submitter.started = true;
    const saved = replies.find((reply) => reply.text.includes("Đã lưu"));
    if (saved) submitter.saved.push(saved.text);
    return replies;
  }

  /** Plays every step in order. */
  async play(): Promise<void> {
    const { driver, scenario } = this;
    for (const [index, step] of scenario.steps.entries()) {
      const label = `${scenario.file} step ${index + 1} (${step.as} ${step.say ?? `press ${step.press}`})`;
      const submitter = step.chat === "private" ? this.submitters.get(step.as) : undefined;
      if (!submitter && [...this.submitters.values()].some((pending) => pending.started && !pending.done)) {
        for (const pending of this.submitters.values()) if (!pending.done) await this.finish(pending);
      }
      let replies: Reply[];
      if (submitter && step.say !== undefined) {
        if (!submitter.started && !step.say.startsWith("/")) await this.answer(submitter, "/nop");
        replies = await this.answer(submitter, step.say);
        submitter.started = true;
      } else {
        replies = await deliver(driver, step);
      }
      const text = textOf(replies);
      for (const wanted of step.expect ?? []) expect(text, `${label} should show "${wanted}"`).toContain(wanted);
      for (const unwanted of step.expect_not ?? []) expect(text, `${label} should not show "${unwanted}"`).not.toContain(unwanted);
    }
  }

  /** Answers what is left of a submission from the scenario, then confirms it. */
  async finish(submitter: Submitter): Promise<void> {
    const { driver, scenario } = this;
    const user = { id: submitter.userId };
    const codes = indicatorsOf(scenario, submitter.org);
    const units = new Map(
      (scenario.catalog as { indicators: { code: string; unit: string }[] }).indicators.map((indicator) => [
        indicator.code,
        indicator.unit,
      ]),
    );
    const figures = codes.map((code) => scenario.submissions[submitter.org]?.[code] ?? "bỏ qua");
    if (!submitter.started) await this.answer(submitter, "/nop");
    const last = submitter.saved.length - 1;
    const lastFigure = figures[last];
    const lastCode = codes[last];
    if (
      lastFigure !== undefined &&
      lastCode !== undefined &&
      !submitter.saved[last]?.includes(echoOf(lastFigure, units.get(lastCode) ?? ""))
    ) {
      await driver.say(user, "private", "quay lại");
      submitter.saved.pop();
    }
    for (const figure of figures.slice(submitter.saved.length)) {
      let replies = await this.answer(submitter, figure);
      if (replies.some((reply) => reply.buttons.some((button) => button.startsWith("Đúng, lưu")))) {
        replies = await driver.press(user, "private", "Đúng, lưu");
        submitter.saved.push(textOf(replies));
      }
      expect(textOf(replies), `${submitter.org} answering "${figure}"`).toContain("Đã lưu");
    }
    for (const key of SCENARIO_TEXT_KEYS) {
      await driver.say(user, "private", scenario.texts?.[submitter.org]?.[key] ?? "không");
    }
    const receipt = textOf(await driver.press(user, "private", "Xác nhận"));
    expect(receipt, `${submitter.org} confirming`).toContain("Đã nhận báo cáo");
    submitter.done = true;
  }
}

function deliver(driver: ChatDriver, step: ScenarioStep): Promise<Reply[]> {
  if (step.press !== undefined) return driver.press({ id: step.as }, step.chat, step.press);
  return driver.say({ id: step.as }, step.chat, step.say ?? "");
}

/** The indicator codes an organisation is asked, in catalog order. */
export function indicatorsOf(scenario: Scenario, org: string): string[] {
  return (scenario.catalog as { indicators: { code: string; orgs: string[] }[] }).indicators
    .filter((indicator) => indicator.orgs.includes(org))
    .map((indicator) => indicator.code);
}

/** How the bot must echo a figure typed as in the scenario: its digits, Vietnamese style. */
function echoOf(typed: string, unit: string): string {
  const parsed = parseNumber(typed, { unit, integer: false });
  if (parsed.kind !== "value") throw new Error(`The scenario's figure "${typed}" is not a number`);
  return formatNumber(parsed.value);
}
