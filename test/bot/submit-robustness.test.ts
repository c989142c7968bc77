import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Scenario } from "../support/acceptance.js";
import { loadScenarios, scenarioDocument } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, textOf } from "../support/bot-harness.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = loadScenarios().find((item) => item.file === "gia-lai-q4-2023.yaml") as Scenario;
const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };
const repOf = (org: string) => ({ id: scenario.people.find((person) => person.org === org)?.id ?? 0 });

/** What the submission of one organisation holds: its current version and its stored figures. */
async function stored(database: TestDatabase, org: string) {
  const submission = await database.prisma.submission.findFirst({
    where: { organisation: { code: org } },
    include: { versions: { orderBy: { version: "desc" }, take: 1, include: { values: { include: { indicator: true } } } } },
  });
  return {
    version: submission?.currentVersion ?? 0,
    codes: (submission?.versions[0]?.values ?? []).map((row) => row.indicator.code).sort(),
  };
}

describe.each(DATABASE_KINDS)("the guided submission when things go wrong [%s]", (kind) => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    harness = new BotHarness(database, { now: () => NOW });
    await setUpBloc(harness, scenarioDocument(scenario.file), [ADMIN.id]);
    await harness.say(ADMIN, "group", "/nhom");
    await joinScenarioPeople(harness, scenario);
  });

  it("refuses to store a report confirmed after the quarter was locked, and keeps the draft", async () => {
    const rep = repOf("ND");
    await harness.say(rep, "private", "/nop");
    for (const answer of ["6.541", "7.289", "1.105", "448", "không", "không", "không", "không"]) await harness.say(rep, "private", answer);
    expect(textOf(await harness.say(ADMIN, "private", "/khoa quý IV/2023"))).toContain("Đã khóa báo cáo quý IV/2023");
    const replies = await harness.press(rep, "private", "Xác nhận");
    expect(textOf(replies)).toContain("Báo cáo quý IV/2023 đã được khóa");
    expect(textOf(replies)).not.toContain("Đã nhận");
    expect(replies.some((reply) => reply.chatId === GROUP_CHAT_ID)).toBe(false);
    expect(await stored(database, "ND")).toEqual({ version: 0, codes: [] });
    expect(await database.prisma.auditEvent.count({ where: { action: "submit" } })).toBe(0);
    expect(await database.prisma.submissionDraft.count()).toBe(1);
  });
});
