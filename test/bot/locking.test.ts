import { describe, expect, it } from "vitest";
import { projectScenario } from "../support/acceptance.js";
import { GROUP_CHAT_ID, textOf } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { submitReport } from "../support/submit-flow.js";
import { DATABASE_KINDS } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };
const ND = { id: 9104 };
const DOAN = 9102;

describe.each(DATABASE_KINDS)("locking a quarter that means it [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW, ADMIN.id);
  const locked = async () => Boolean((await bot.database.prisma.reportingPeriod.findFirst({ where: { periodKey: "2023-Q4" } }))?.lockedAt);

  it("asks first, naming who is missing; 'Không khóa' leaves the quarter open", async () => {
    await submitReport(bot.harness, DOAN, ["120", "15", "8", "3"]);
    const asked = textOf(await bot.harness.say(ADMIN, "private", "/khoa"));
    expect(asked).toContain("1/6 đơn vị đã nộp");
    expect(asked).toContain("Hội Nông dân tỉnh Đắk Lắk");
    expect(asked).not.toContain("Còn thiếu: Tỉnh đoàn");
    expect(await locked()).toBe(false);
    expect(textOf(await bot.harness.press(ADMIN, "private", "Không khóa"))).toContain("Chưa khóa");
    expect(await locked()).toBe(false);
    expect(textOf(await bot.harness.say(ND, "private", "/nop"))).toContain("Hội Nông dân");
  });

  it("locks on the confirm, tells the group who never submitted, and a second press locks once", async () => {
    await submitReport(bot.harness, DOAN, ["120", "15", "8", "3"]);
    await bot.harness.say(ADMIN, "private", "/khoa");
    const press = bot.harness.buttonPress(ADMIN, "private", "Khóa quý IV/2023");
    const replies = await bot.harness.deliver(press);
    expect(textOf(replies)).toContain("Đã khóa báo cáo quý IV/2023");
    const group = replies.filter((reply) => reply.chatId === GROUP_CHAT_ID);
    expect(group).toHaveLength(1);
    expect(group[0]?.text).toContain("🔒 Báo cáo quý IV/2023 đã khóa. Chưa nộp: Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk");
    expect(group[0]?.text).not.toContain("Tỉnh đoàn");
    const again = await bot.harness.deliver({
      ...press,
      update_id: press.update_id + 1000,
      callback_query: { ...press.callback_query, id: "again" },
    });
    expect(textOf(again)).toContain("đã khóa rồi");
    expect(again.some((reply) => reply.chatId === GROUP_CHAT_ID)).toBe(false);
    expect(await bot.database.prisma.auditEvent.count({ where: { action: "lock" } })).toBe(1);
    expect(textOf(await bot.harness.say(ND, "private", "/nop"))).toContain("đã được khóa");
  });

  it("takes a typed 'ok' in a private chat, and with everyone in still asks, in one line", async () => {
    for (const [id, figures] of [
      [9101, ["1.000", "12"]],
      [9102, ["1", "2", "3", "4"]],
      [9103, ["1", "2", "3", "4"]],
      [9104, ["1", "2", "3", "4"]],
      [9105, ["1", "2", "3", "4"]],
      [9106, ["1", "2", "3", "4"]],
    ] as const) {
      await submitReport(bot.harness, id, figures);
    }
    const asked = await bot.harness.say(ADMIN, "private", "/khoa quý IV/2023");
    expect(textOf(asked)).toBe("Cả 6 đơn vị đã nộp báo cáo quý IV/2023. Khóa quý?");
    const replies = await bot.harness.say(ADMIN, "private", "ok");
    expect(textOf(replies)).toContain("Đã khóa báo cáo quý IV/2023");
    expect(replies.find((reply) => reply.chatId === GROUP_CHAT_ID)?.text).toContain("cả khối đã nộp đủ");
  });

  it("a typed 'không' refuses; /mo reopens, tells the group, and /nop works again", async () => {
    await bot.harness.say(ADMIN, "private", "/khoa");
    expect(textOf(await bot.harness.say(ADMIN, "private", "không"))).toContain("Chưa khóa");
    expect(await locked()).toBe(false);
    await bot.harness.say(ADMIN, "private", "/khoa");
    await bot.harness.press(ADMIN, "private", "Khóa quý IV/2023");
    expect(await locked()).toBe(true);
    const reopened = await bot.harness.say(ADMIN, "private", "/mo");
    expect(textOf(reopened)).toContain("Đã mở lại báo cáo quý IV/2023");
    expect(reopened.find((reply) => reply.chatId === GROUP_CHAT_ID)?.text).toContain("đã được mở lại");
    expect(await locked()).toBe(false);
    const stored = await submitReport(bot.harness, ND.id, ["6.541", "7.289", "1.105", "448"]);
    expect(textOf(stored)).toContain("Đã nhận báo cáo quý IV/2023");
    // `/khoa mở` as before.
    await bot.harness.say(ADMIN, "private", "/khoa");
    await bot.harness.press(ADMIN, "private", "Khóa quý IV/2023");
    expect(textOf(await bot.harness.say(ADMIN, "private", "/khoa mở quý IV/2023"))).toContain("Đã mở lại");
    expect(await locked()).toBe(false);
  });
});
