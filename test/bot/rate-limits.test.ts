import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectScenario } from "../support/acceptance.js";
import { freshScenarioBot } from "../support/bloc-setup.js";
import { type BotHarness, GROUP_CHAT_ID, type Reply } from "../support/bot-harness.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const REP = { id: scenario.people.find((person) => person.org === "ND")?.id ?? 0 };
const ANSWERS = ["6.541", "2.5", "7.289", "1.105", "448", "không", "Hội viên giảm do chuyển nghề.", "không", "không"];

/**
 * A whole submission of ND as a person makes it (an ambiguous figure answered by its button,
 * confirm pressed), with every message that arrived in the person's chat and the group, in
 * order, and whether every button press was answered.
 */
async function submission(harness: BotHarness): Promise<{ arrived: Reply[]; pressesAnswered: boolean }> {
  const arrived: Reply[] = [];
  const mine = harness.follow(REP.id);
  const group = harness.follow(GROUP_CHAT_ID);
  const collect = () => arrived.push(...mine.splice(0), ...group.splice(0));
  let pressesAnswered = true;
  await harness.say(REP, "private", "/nop");
  collect();
  for (const answer of ANSWERS) {
    await harness.say(REP, "private", answer);
    collect();
    if (answer === "2.5") {
      // Read as 2,5 or 25: the person picks the reading by its button.
      await harness.press(REP, "private", "25 người");
      pressesAnswered &&= harness.lastPressAnswered();
      collect();
    }
  }
  await harness.press(REP, "private", "Xác nhận");
  pressesAnswered &&= harness.lastPressAnswered();
  collect();
  return { arrived, pressesAnswered };
}

const shown = (replies: Reply[]) => replies.map((reply) => `${reply.method} ${reply.chatId}: ${reply.text} [${reply.buttons.join("|")}]`);

describe.each(DATABASE_KINDS)("Telegram's 429 during a submission [%s]", (kind) => {
  let database: TestDatabase;
  let expected: string[];
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const calm = await submission(await freshScenarioBot(database, scenario, NOW));
    expected = shown(calm.arrived);
  });
  afterAll(() => database.close());

  it("is waited out for every call: each message arrives exactly once and in order, every press answered", async () => {
    const harness = await freshScenarioBot(database, scenario, NOW);
    harness.answerTooManyRequests(Number.POSITIVE_INFINITY);
    const busy = await submission(harness);
    expect(shown(busy.arrived)).toEqual(expected);
    expect(busy.pressesAnswered).toBe(true);
    // Every call of the submission was refused once: the messages, the edits, the button answers.
    expect(harness.tooManyRequestsAnswered()).toBeGreaterThanOrEqual(expected.length + 2);
    expect(await database.prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0);
    expect(await database.prisma.submissionVersion.count()).toBe(1);
  });

  it("keeps the order when a message is refused more often than auto-retry waits: the rest follow it at the next sweep", async () => {
    const harness = await freshScenarioBot(database, scenario, NOW);
    const arrived = harness.follow(REP.id);
    await harness.say(REP, "private", "/nop");
    // The echo of the first answer is refused again and again; the next question must not pass it.
    harness.answerTooManyRequests(1, { methods: ["sendMessage"], times: 4 });
    await harness.say(REP, "private", "6.541");
    expect(arrived.map((reply) => reply.text).join("\n")).not.toContain("Đã lưu");
    expect(await harness.bot.outbox.sweep(0)).toBeGreaterThan(0);
    const texts = arrived.map((reply) => reply.text);
    const echo = texts.findIndex((text) => text.includes("✔ Đã lưu 1/8"));
    const next = texts.findIndex((text) => text.includes("2/8"));
    expect(echo).toBeGreaterThan(0);
    expect(next).toBeGreaterThan(echo);
    expect(texts.filter((text) => text.includes("✔ Đã lưu 1/8"))).toHaveLength(1);
  });
});
