import { expect } from "vitest";
import type { Scenario } from "./acceptance.js";
import { type BotHarness, type Reply, textOf } from "./bot-harness.js";

/** The text sections in the order the bot asks them, keyed as the acceptance files key them. */
export const SCENARIO_TEXT_KEYS = ["noi_bat", "han_che", "kien_nghi", "nhiem_vu"] as const;

/** The question about one of last quarter's tasks ("Nhiệm vụ 2/7 của quý III/2023: …"). */
export const TASK_QUESTION = /Nhiệm vụ \d+\/\d+ của/;

/**
 * Answers every question of a `/nop` the way a representative does: each figure as typed, then
 * each of last quarter's tasks when there are some (`tasks` in order, each a status with its
 * note such as "xong, đã tổ chức 12 lớp", or "bỏ qua"; "bỏ qua" for the rest), then the four
 * texts ("không" where none), then presses "Xác nhận". Returns every reply seen.
 */
export async function submitReport(
  harness: BotHarness,
  userId: number,
  figures: readonly string[],
  texts: readonly string[] = ["không", "không", "không", "không"],
  tasks: readonly string[] = [],
): Promise<Reply[]> {
  const seen: Reply[] = [];
  let last = await harness.say({ id: userId }, "private", "/nop");
  seen.push(...last);
  for (const figure of figures) {
    last = await harness.say({ id: userId }, "private", figure);
    expect(textOf(last), `answer "${figure}"`).toContain("Đã lưu");
    seen.push(...last);
  }
  const answers = [...tasks];
  while (TASK_QUESTION.test(textOf(last))) {
    last = await harness.say({ id: userId }, "private", answers.shift() ?? "bỏ qua");
    seen.push(...last);
  }
  for (const text of texts) seen.push(...(await harness.say({ id: userId }, "private", text)));
  seen.push(...(await harness.press({ id: userId }, "private", "Xác nhận")));
  return seen;
}

/** The representative of `org` among the scenario's people, as a test user. */
export function scenarioRepresentative(scenario: Scenario, org: string): { id: number } {
  return { id: scenario.people.find((person) => person.org === org)?.id ?? 0 };
}

/**
 * `org`'s representative submits the scenario's figures of `org` in the order the bot asks them
 * (the catalog's), "không" for the four texts, and confirms.
 */
export async function submitScenarioFigures(harness: BotHarness, scenario: Scenario, org: string): Promise<void> {
  const user = scenarioRepresentative(scenario, org);
  const figures = (scenario.catalog as { indicators: { code: string; orgs: string[] }[] }).indicators
    .filter((indicator) => indicator.orgs.includes(org))
    .map((indicator) => scenario.submissions[org]?.[indicator.code] ?? "");
  await harness.say(user, "private", "/nop");
  for (const answer of [...figures, "không", "không", "không", "không"]) await harness.say(user, "private", answer);
  await harness.press(user, "private", "Xác nhận");
}
