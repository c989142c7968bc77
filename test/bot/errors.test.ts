import { describe, expect, it, vi } from "vitest";
import { PeopleService } from "../../src/app/people-service.js";
import { projectScenario } from "../support/acceptance.js";
import { GROUP_CHAT_ID, textOf } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { submitReport } from "../support/submit-flow.js";
import { DATABASE_KINDS } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const repOf = (org: string) => ({ id: scenario.people.find((person) => person.org === org)?.id ?? 0 });

describe.each(DATABASE_KINDS)("when something fails or is out of date [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW);

  it("tells the person about a database failure while recognising the update or the sender, in their language", async () => {
    vi.spyOn(bot.harness.services, "transaction").mockRejectedValueOnce(new Error("database unavailable"));
    expect(textOf(await bot.harness.say(repOf("PN"), "private", "/trogiup"))).toContain("Xin lỗi, đã có lỗi");
    vi.spyOn(PeopleService.prototype, "resolve").mockRejectedValueOnce(new Error("database unavailable"));
    expect(textOf(await bot.harness.say({ ...repOf("PN"), language_code: "en" }, "private", "/help"))).toContain(
      "Sorry, something went wrong",
    );
    expect(textOf(await bot.harness.say(repOf("PN"), "private", "/trogiup"))).not.toContain("Xin lỗi");
  });

  it("answers a button press with no chat that failed with the apology as its pop-up", async () => {
    vi.spyOn(bot.harness.services, "transaction").mockRejectedValueOnce(new Error("database unavailable"));
    const replies = await bot.harness.deliver({
      update_id: 879_000,
      callback_query: {
        id: "inline-failed",
        from: { id: repOf("PN").id, is_bot: false, first_name: "Lan" },
        chat_instance: "1",
        inline_message_id: "m1",
        data: "brief:2023-Q4",
      },
    });
    expect(bot.harness.lastPressAnswered()).toBe(true);
    expect(replies.map((reply) => reply.method)).toEqual(["answerCallbackQuery"]);
    expect(textOf(replies)).toContain("Xin lỗi, đã có lỗi");
  });

  it("answers a button of a finished submission and says what to type", async () => {
    const rep = repOf("CCB");
    await submitReport(bot.harness, rep.id, ["1.102", "96", "318", "121"]);
    const replies = await bot.harness.press(rep, "private", "Xác nhận");
    expect(bot.harness.lastPressAnswered()).toBe(true);
    expect(textOf(replies)).toContain("Nút này đã hết hạn");
    expect(textOf(replies)).toContain("/nop");
    expect(await bot.database.prisma.submissionVersion.count()).toBe(1);
  });

  it("answers a button press that came with no chat (an inline message's) as its pop-up, and fails nothing", async () => {
    for (const [index, data] of ["stale-button", "brief:2023-Q4", "nop:1:confirm", "nop:1:quarter:0"].entries()) {
      const replies = await bot.harness.deliver({
        update_id: 880_000 + index,
        callback_query: {
          id: `inline-${data}`,
          from: { id: repOf("PN").id, is_bot: false, first_name: "Lan" },
          chat_instance: "1",
          inline_message_id: "m1",
          data,
        },
      });
      expect(replies.map((reply) => reply.method)).toEqual(["answerCallbackQuery"]);
      expect(bot.harness.errors).toEqual([]);
    }
  });

  it("answers a button a person may not use, so their app stops waiting, and says why", async () => {
    const rep = repOf("PN").id;
    const replies = await bot.harness.deliver({
      update_id: 881_000,
      callback_query: {
        id: "not-theirs",
        from: { id: rep, is_bot: false, first_name: "Lan" },
        chat_instance: "1",
        message: { message_id: 1, date: 0, chat: { id: rep, type: "private", first_name: "Lan" }, text: "…" },
        data: "brief:2023-Q4",
      } as never,
    });
    expect(bot.harness.lastPressAnswered()).toBe(true);
    expect(replies.map((reply) => reply.method)).toEqual(["sendMessage"]);
    expect(textOf(replies)).toContain("/baocao");
  });

  it("says the briefing could not be posted when the group refuses the bot, and counts only the post that arrived", async () => {
    const admin = { id: 9001 };
    await bot.harness.say(admin, "private", "/baocao");
    bot.harness.refusedChats.add(GROUP_CHAT_ID);
    const refused = await bot.harness.press(admin, "private", "Đăng lên nhóm");
    expect(bot.harness.lastPressAnswered()).toBe(true);
    expect(textOf(refused)).toContain("Không gửi được báo cáo quý IV/2023 vào nhóm giao ban");
    expect(textOf(refused)).toContain("/nhom");
    expect(textOf(refused)).not.toContain("Đã gửi");
    const period = await bot.database.prisma.reportingPeriod.findFirst();
    expect(period?.briefingVersion ?? 0).toBe(0);
    // Nor is the refused post kept among the versions posted.
    expect(await bot.database.prisma.briefingPost.count()).toBe(0);

    bot.harness.refusedChats.delete(GROUP_CHAT_ID);
    const posted = await bot.harness.press(admin, "private", "Đăng lên nhóm");
    expect(textOf(posted)).toContain("Đã gửi báo cáo quý IV/2023 vào nhóm (lần 1)");
    expect(await bot.database.prisma.briefingPost.findMany({ select: { version: true } })).toEqual([{ version: 1 }]);
    expect(textOf(posted.filter((reply) => reply.chatId === GROUP_CHAT_ID))).not.toContain("cập nhật lần");
  });
});
