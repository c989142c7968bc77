import { describe, expect, it } from "vitest";
import { projectScenario } from "../support/acceptance.js";
import { type BotHarness, GROUP_CHAT_ID, type Reply, textOf } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { submitReport } from "../support/submit-flow.js";
import { DATABASE_KINDS } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };
const ND = { id: 9104 };
const FIGURES = ["6.541", "7.289", "1.105", "448"];
const TEXTS = ["Ra quân mùa khô", "không", "không", "không"];

/** Answers every item of the open /nop in the admin's chat and confirms. */
async function answerAll(harness: BotHarness): Promise<Reply[]> {
  for (const answer of [...FIGURES, ...TEXTS]) await harness.say(ADMIN, "private", answer);
  return harness.press(ADMIN, "private", "Xác nhận");
}

describe.each(DATABASE_KINDS)("the secretariat enters and corrects reports for organisations [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW, ADMIN.id);

  it("/nop Hội Nông dân enters the report, tells the representative, and the trace and briefing say 'thư ký nhập hộ'", async () => {
    const opened = textOf(await bot.harness.say(ADMIN, "private", "/nop hoi nong dan"));
    expect(opened).toContain("Thư ký nhập hộ báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk");
    const replies = await answerAll(bot.harness);
    const receipt = textOf(replies.filter((reply) => reply.chatId === ADMIN.id));
    expect(receipt).toContain("Đã nhận báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk (lần 1)");
    expect(receipt).toContain("Thư ký nhập hộ; đại diện của Hội Nông dân tỉnh Đắk Lắk đã được báo");
    const told = replies.filter((reply) => reply.chatId === ND.id);
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toContain("Thư ký khối (9001) đã nhập hộ báo cáo quý IV/2023 của Hội Nông dân");
    expect(replies.find((reply) => reply.chatId === GROUP_CHAT_ID)?.text).toContain("Hội Nông dân tỉnh Đắk Lắk đã nộp báo cáo quý IV/2023");
    const version = await bot.database.prisma.submissionVersion.findFirstOrThrow({ include: { submittedBy: true } });
    expect(version).toMatchObject({ enteredOnBehalf: true, afterLock: false, submittedBy: { externalId: String(ADMIN.id) } });

    expect(textOf(await bot.harness.say(ND, "private", "/nop"))).toContain("(lần 1, thư ký nhập hộ (9001),");
    await bot.harness.say(ND, "private", "/huy");
    await bot.harness.say(ADMIN, "private", "Hội Nông dân quý IV");
    const trace = textOf(await bot.harness.press(ADMIN, "private", "Nguồn số liệu"));
    expect(trace).toContain("do thư ký nhập hộ (9001) xác nhận");
    const briefing = textOf(await bot.harness.say(ADMIN, "private", "/baocao"));
    expect(briefing).toContain("<b>Hội Nông dân tỉnh Đắk Lắk</b> <i>(thư ký nhập hộ: 9001)</i>: ");
  });

  it("the representative is told in their own language: English after writing from an English Telegram", async () => {
    await bot.harness.say({ ...ND, language_code: "en" }, "private", "/help");
    await bot.harness.say(ADMIN, "private", "/nop hoi nong dan");
    const replies = await answerAll(bot.harness);
    const told = replies.filter((reply) => reply.chatId === ND.id);
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toContain("The secretariat (9001) entered the Q4/2023 report of Hội Nông dân");
    expect(textOf(replies.filter((reply) => reply.chatId === ADMIN.id))).toContain("Đã nhận báo cáo quý IV/2023");
    expect(replies.find((reply) => reply.chatId === GROUP_CHAT_ID)?.text).toContain("đã nộp báo cáo quý IV/2023");
  });

  it("a bare /nop asks which organisation, those missing first", async () => {
    await submitReport(bot.harness, 9102, ["120", "15", "8", "3"]);
    const asked = await bot.harness.say(ADMIN, "private", "/nop");
    expect(textOf(asked)).toContain("nhập hộ báo cáo cho đơn vị nào");
    const labels = asked.flatMap((reply) => reply.buttons);
    expect(labels[0]).toContain("MTTQ");
    expect(labels.at(-1)).toContain("Tỉnh đoàn");
    expect(textOf(await bot.harness.press(ADMIN, "private", "Hội Nông dân"))).toContain("của Hội Nông dân tỉnh Đắk Lắk");
    expect(textOf(await answerAll(bot.harness))).toContain("Đã nhận báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk");
  });

  it("an unknown name lists the organisations; a representative's /nop ignores a name", async () => {
    expect(textOf(await bot.harness.say(ADMIN, "private", "/nop hội người cao tuổi"))).toContain(
      "Không tìm thấy đơn vị “hội người cao tuổi”",
    );
    expect(textOf(await bot.harness.say({ id: 9102 }, "private", "/nop Hội Nông dân"))).toContain("Tỉnh đoàn Đắk Lắk");
  });

  it("after the lock only the secretariat corrects: stored after lock, audited with before and after, shown as such", async () => {
    await submitReport(bot.harness, ND.id, FIGURES);
    await bot.harness.say(ADMIN, "private", "/khoa");
    await bot.harness.press(ADMIN, "private", "Khóa quý IV/2023");
    const refused = textOf(await bot.harness.say(ND, "private", "/nop"));
    expect(refused).toContain("đã được khóa");
    expect(refused).toContain("liên hệ thư ký khối");
    // A bare /nop asks whose report, as before the lock.
    expect(textOf(await bot.harness.say(ADMIN, "private", "/nop"))).toContain("đơn vị nào");

    expect(textOf(await bot.harness.say(ADMIN, "private", "/nop nông dân"))).toContain("thư ký sửa hộ Hội Nông dân tỉnh Đắk Lắk");
    await bot.harness.press(ADMIN, "private", "Sửa");
    await bot.harness.press(ADMIN, "private", "1. Đoàn viên");
    await bot.harness.say(ADMIN, "private", "5.400");
    const replies = await bot.harness.press(ADMIN, "private", "Xác nhận");
    expect(textOf(replies)).toContain("Đã cập nhật báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk (lần 2)");
    expect(replies.find((reply) => reply.chatId === ND.id)?.text).toContain("đã sửa báo cáo quý IV/2023");

    const audit = await bot.database.prisma.auditEvent.findFirstOrThrow({ where: { action: "correct-after-lock" } });
    expect(audit.before).toMatchObject({ values: { HV_MOI: { value: "6541" } } });
    expect(audit.after).toMatchObject({ values: { HV_MOI: { value: "5400" } }, enteredOnBehalf: true, afterLock: true });
    expect(await bot.database.prisma.submissionVersion.findFirstOrThrow({ where: { version: 2 } })).toMatchObject({
      afterLock: true,
      enteredOnBehalf: true,
    });
    await bot.harness.say(ADMIN, "private", "Hội Nông dân quý IV");
    const trace = textOf(await bot.harness.press(ADMIN, "private", "Nguồn số liệu"));
    expect(trace).toContain("Lần nộp 2, do thư ký nhập hộ (9001) (sửa sau khi khóa) xác nhận");
    expect(trace).toContain("6.541 → 5.400");
  });
});
