import { TZDate } from "@date-fns/tz";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, type Reply, textOf } from "../support/bot-harness.js";
import { submitReport } from "../support/submit-flow.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const ADMIN = 9001;
const CHAIR = 9002;
const repOf = (org: string) => scenario.people.find((person) => person.org === org)?.id ?? 0;
const REPS = ["MTTQ", "DOAN", "PN", "ND", "CCB", "LDLD"].map(repOf);
const local = (month: number, day: number, hour: number, year = month === 12 ? 2023 : 2024) =>
  new Date(new TZDate(year, month - 1, day, hour, 0, 0, "Asia/Ho_Chi_Minh").getTime());

/** The bot's clock, moved by the tests. */
let now = local(12, 10, 10);
const clock = () => now;

/** Everything that arrives in the chats reminders go to, on one harness. */
function followAll(harness: BotHarness): Map<number, Reply[]> {
  return new Map([...REPS, ADMIN, CHAIR, GROUP_CHAT_ID].map((chat) => [chat, harness.follow(chat)]));
}
const reminded = (seen: Map<number, Reply[]>) =>
  [...seen].filter(([, replies]) => replies.some((reply) => /Kính nhắc|Nhắc hạn|Kính gửi/.test(reply.text))).map(([chat]) => chat);

describe.each(DATABASE_KINDS)("reminders before the deadline [%s]", (kind) => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    now = local(12, 10, 10);
    harness = new BotHarness(database, { now: clock });
    await setUpBloc(harness, scenarioDocument(scenario), [ADMIN]);
    await harness.say({ id: ADMIN }, "group", "/nhom");
    await joinScenarioPeople(harness, scenario);
    const figures = ["8640", "0", "1045", "392"];
    expect(textOf(await submitReport(harness, repOf("PN"), figures))).toContain("Đã nhận báo cáo quý IV/2023");
  });

  it("goes at each offset to exactly the missing organisations, notes the group, tells the chair the day before, respects an opt-out", async () => {
    now = local(1, 10, 7);
    expect(await harness.bot.reminders.sweep()).toEqual([]);

    now = local(1, 10, 8);
    let seen = followAll(harness);
    await harness.bot.reminders.sweep();
    expect(reminded(seen).sort()).toEqual([...REPS.filter((id) => id !== repOf("PN")), GROUP_CHAT_ID].sort());
    const toFarmers = seen.get(repOf("ND"))?.[0];
    expect(toFarmers?.seen).toContain(
      "Kính nhắc đồng chí: Hội Nông dân tỉnh Đắk Lắk chưa gửi báo cáo quý IV/2023. Hạn nộp: 15/01/2024 (còn 5 ngày).",
    );
    expect(toFarmers?.buttons).toEqual(["📝 Nộp báo cáo", "🔕 Không nhắc quý này"]);
    const note = seen.get(GROUP_CHAT_ID)?.[0]?.seen ?? "";
    expect(note).toContain("còn 5/6 đơn vị chưa gửi");
    expect(note).not.toContain("Phụ nữ");
    // The same minute swept again, or an hour later: nothing twice.
    now = local(1, 10, 9);
    expect(await harness.bot.reminders.sweep()).toEqual([]);

    const optedOut = textOf(await harness.press({ id: repOf("ND") }, "private", "Không nhắc quý này"));
    expect(optedOut).toContain("không nhắc đồng chí về quý IV/2023 nữa");

    now = local(1, 13, 8);
    seen = followAll(harness);
    await harness.bot.reminders.sweep();
    expect(reminded(seen).sort()).toEqual([...REPS.filter((id) => id !== repOf("PN") && id !== repOf("ND")), GROUP_CHAT_ID].sort());
    expect(seen.get(repOf("DOAN"))?.[0]?.seen).toContain("(còn 2 ngày)");

    now = local(1, 14, 8);
    seen = followAll(harness);
    await harness.bot.reminders.sweep();
    expect(reminded(seen).sort()).toEqual([ADMIN, CHAIR].sort());
    expect(seen.get(CHAIR)?.[0]?.seen).toContain("ngày mai (15/01/2024) là hạn nộp báo cáo quý IV/2023. Còn 5/6 đơn vị chưa gửi");

    now = local(1, 15, 8);
    seen = followAll(harness);
    await harness.bot.reminders.sweep();
    expect(seen.get(repOf("DOAN"))?.[0]?.seen).toContain("(hạn cuối là hôm nay)");

    now = local(1, 16, 8);
    expect(await harness.bot.reminders.sweep()).toEqual([]);
  });

  it("goes in each recipient's language: English to whoever last wrote in English, Vietnamese to the others and the group", async () => {
    // The farmers' representative writes once from an English Telegram; it is recorded with the update.
    await harness.say({ id: repOf("ND"), language_code: "en" }, "private", "/help");
    const farmer = { channel: "telegram", externalId: String(repOf("ND")) };
    expect(await database.prisma.person.findFirstOrThrow({ where: farmer })).toMatchObject({ language: "en" });
    now = local(1, 10, 8);
    const seen = followAll(harness);
    await harness.bot.reminders.sweep();
    const toFarmers = seen.get(repOf("ND"))?.[0];
    expect(toFarmers?.seen).toContain(
      "A reminder: Hội Nông dân tỉnh Đắk Lắk has not sent its report for Q4/2023 yet. Deadline: 15/01/2024 (5 days left).",
    );
    expect(toFarmers?.buttons).toEqual(["📝 Submit the report", "🔕 No reminders this quarter"]);
    expect(seen.get(repOf("DOAN"))?.[0]?.seen).toContain("Kính nhắc đồng chí: Tỉnh đoàn Đắk Lắk chưa gửi báo cáo quý IV/2023");
    expect(seen.get(GROUP_CHAT_ID)?.[0]?.seen).toContain("Nhắc hạn báo cáo quý IV/2023");

    // Back on a Vietnamese Telegram, the next reminder is in Vietnamese again; /nhac follows it too.
    await harness.say({ id: repOf("ND") }, "private", "/trogiup");
    await harness.say({ id: repOf("MTTQ"), language_code: "en-GB" }, "private", "/help");
    now = local(1, 10, 10);
    const farmers = harness.follow(repOf("ND"));
    const front = harness.follow(repOf("MTTQ"));
    await harness.say({ id: ADMIN, language_code: "en" }, "private", "/nhac");
    expect(farmers[0]?.seen).toContain("Văn phòng kính nhắc đồng chí: Hội Nông dân tỉnh Đắk Lắk chưa gửi báo cáo quý IV/2023");
    expect(front[0]?.seen).toContain("The secretariat reminds you:");
    expect(front[0]?.seen).toContain("has not sent its report for Q4/2023 yet");
  });

  it("the reminder's button opens /nop for the quarter", async () => {
    now = local(1, 13, 9);
    await harness.bot.reminders.sweep();
    const opening = textOf(await harness.press({ id: repOf("CCB") }, "private", "Nộp báo cáo"));
    expect(opening).toContain("Báo cáo quý IV/2023 của Hội Cựu chiến binh tỉnh Đắk Lắk");
    expect(harness.lastPressAnswered()).toBe(true);
  });

  it("after a restart across two offsets, only the latest goes, once, whichever instance sweeps", async () => {
    now = local(1, 13, 9);
    const restarted = new BotHarness(database, { now: clock });
    const seen = [followAll(restarted), followAll(harness)];
    // Two instances over the same database sweep at once.
    await Promise.all([restarted.bot.reminders.sweep(), harness.bot.reminders.sweep(), restarted.bot.reminders.sweep()]);
    for (const id of [...REPS.filter((rep) => rep !== repOf("PN")), GROUP_CHAT_ID]) {
      const arrived = seen.flatMap((chats) => chats.get(id) ?? []);
      expect(arrived, `chat ${id}`).toHaveLength(1);
      expect(arrived[0]?.seen).toContain("còn 2 ngày");
    }
    expect(seen.flatMap((chats) => chats.get(repOf("PN")) ?? [])).toEqual([]);
    expect(await database.prisma.reminderDispatch.count()).toBe(6);
  });

  it("a sweep that crashed before its commit recorded nothing: the next one sends the reminders", async () => {
    now = local(1, 10, 8);
    const crash = harness.services.transaction(async (scoped) => {
      expect(await scoped.reminders.takeDue("telegram")).toHaveLength(6);
      throw new Error("the process stopped before the commit");
    });
    await expect(crash).rejects.toThrow("before the commit");
    expect(await database.prisma.reminderDispatch.count()).toBe(0);
    expect(await harness.bot.reminders.sweep()).toHaveLength(6);
  });

  it("/nhac reminds the missing now and tells the admin who was reminded and who has nobody", async () => {
    now = local(12, 20, 10);
    await database.prisma.membership.updateMany({ where: { organisation: { code: "LDLD" } }, data: { endedAt: now } });
    const farmers = harness.follow(repOf("ND"));
    const answer = textOf(await harness.say({ id: ADMIN }, "private", "/nhac"));
    expect(answer).toContain("Đã nhắc 4 đơn vị chưa gửi báo cáo quý IV/2023");
    expect(answer).toContain("Hội Nông dân tỉnh Đắk Lắk: Văn phòng Hội Nông dân");
    expect(answer).toContain("Chưa có người đại diện để nhắc (mời bằng /moi): Liên đoàn Lao động tỉnh Đắk Lắk");
    expect(answer).not.toContain("Phụ nữ");
    expect(farmers[0]?.seen).toContain("Văn phòng kính nhắc đồng chí: Hội Nông dân tỉnh Đắk Lắk chưa gửi báo cáo quý IV/2023");
    expect(textOf(await harness.say({ id: repOf("ND") }, "private", "/nhac"))).not.toContain("Đã nhắc");
  });
});
