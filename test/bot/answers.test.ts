import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, TEST_BOT_INFO, textOf } from "../support/bot-harness.js";
import { indicatorsOf } from "../support/scenario-player.js";
import { submitReport } from "../support/submit-flow.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const CHAIR = { id: 9002 };
const repOf = (org: string) => scenario.people.find((person) => person.org === org)?.id ?? 0;

describe("answers and the briefing, through the bot", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase();
    harness = new BotHarness(database, { now: () => NOW });
    await setUpBloc(harness, scenarioDocument(scenario), [9001]);
    await joinScenarioPeople(harness, scenario);
    // Five of six submit; the Hội Cựu chiến binh has not yet.
    for (const org of ["MTTQ", "DOAN", "PN", "ND", "LDLD"]) {
      const figures = indicatorsOf(scenario, org).map((code) => scenario.submissions[org]?.[code] ?? "");
      await submitReport(harness, repOf(org), figures, ["không", scenario.texts?.[org]?.han_che ?? "không", "không", "không"]);
    }
  });
  afterAll(() => database.close());

  it("says who has not submitted, with the deadline", async () => {
    const text = textOf(await harness.say(CHAIR, "private", "ai chua nop"));
    expect(text).toContain("5/6 đơn vị đã nộp");
    expect(text).toContain("⏳ Hội Cựu chiến binh tỉnh");
    expect(text).toContain("Hạn nộp: 15/01/2024 (còn 36 ngày)");
  });

  it("answers results without diacritics, says a missing report is missing, and traces every figure", async () => {
    const replies = await harness.say(CHAIR, "private", "ket qua quy 4");
    const text = textOf(replies);
    expect(text).toContain("Kết quả quý IV/2023");
    expect(text).toContain("<b>Hội Cựu chiến binh tỉnh Đắk Lắk</b>\n<i>chưa nộp báo cáo</i>");
    expect(text).toContain("theo báo cáo của 4/5 đơn vị, <b>36.244 người</b> <i>(chưa có số liệu: Hội Cựu chiến binh tỉnh Đắk Lắk)</i>");
    expect(replies.at(-1)?.buttons).toContain("🔎 Nguồn số liệu");
    const trace = textOf(await harness.press(CHAIR, "private", "Nguồn số liệu"));
    expect(trace).toContain("<b>Hội Nông dân tỉnh Đắk Lắk, quý IV/2023</b>\nLần nộp 1, do");
    expect(trace).toContain("10/12/2023 10:00");
  });

  it("compares with the quarter before, which has no figures, as missing rather than 0", async () => {
    const text = textOf(await harness.say(CHAIR, "private", "HND quý 4 so với quý trước"));
    expect(text).toContain("So sánh với quý III/2023");
    expect(text).toContain("Đoàn viên, hội viên mới: 5.318 người; quý III/2023: chưa có số liệu");
  });

  it("answers in the group only when addressed", async () => {
    expect(await harness.say(CHAIR, "group", "kết quả quý IV")).toEqual([]);
    const addressed = await harness.say(CHAIR, "group", `@${TEST_BOT_INFO.username} kết quả quý IV`);
    expect(addressed[0]?.chatId).toBe(GROUP_CHAT_ID);
    expect(textOf(addressed)).toContain("Đoàn viên, hội viên mới: theo báo cáo của 4/5 đơn vị, <b>36.244 người</b>");
  });

  it("explains what can be asked, in English for English speakers", async () => {
    expect(textOf(await harness.say(CHAIR, "private", "abc xyz"))).toContain("Tôi chưa hiểu câu hỏi");
    expect(textOf(await harness.say({ ...CHAIR, language_code: "en" }, "private", "qwerty"))).toContain(
      "I did not understand the question",
    );
  });

  it("previews the briefing in private, posts it to the group, and marks a later post as an update", async () => {
    const preview = await harness.say(CHAIR, "private", "/baocao");
    expect(textOf(preview)).toContain("Kết quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Đắk Lắk quý IV/2023");
    expect(preview.every((reply) => reply.chatId === CHAIR.id)).toBe(true);
    const posted = await harness.press(CHAIR, "private", "Đăng lên nhóm");
    const toGroup = posted.filter((reply) => reply.chatId === GROUP_CHAT_ID);
    expect(textOf(toGroup)).toContain("Chưa nộp báo cáo (1 đơn vị): Hội Cựu chiến binh tỉnh Đắk Lắk.");
    expect(textOf(toGroup)).toContain("Theo báo cáo của 4/5 đơn vị (chưa gồm Hội Cựu chiến binh tỉnh Đắk Lắk), đã phát triển");
    expect(textOf(toGroup)).not.toMatch(/toàn tỉnh/i);
    expect(textOf(posted)).toContain("Đã gửi báo cáo quý IV/2023 vào nhóm (lần 1)");

    await submitReport(harness, repOf("CCB"), ["987", "112", "254", "98"]);
    const again = textOf(await harness.say({ id: 9001 }, "group", "/baocao"));
    expect(again).toContain("(cập nhật lần 2)");
    expect(again).toContain("Toàn tỉnh đã phát triển 37.231 đoàn viên, hội viên mới");
    expect(again).toContain("Tất cả 6/6 cơ quan, đơn vị đã nộp báo cáo.");
  });
});
