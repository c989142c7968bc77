import { describe, expect, it } from "vitest";
import { projectScenario } from "../support/acceptance.js";
import { join } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, textOf } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { submitReport } from "../support/submit-flow.js";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const repOf = (org: string) => scenario.people.find((person) => person.org === org)?.id ?? 0;
const orderOf = (org: string) =>
  (scenario.catalog as { indicators: { code: string; orgs: string[] }[] }).indicators
    .filter((indicator) => indicator.orgs.includes(org))
    .map((indicator) => indicator.code);

async function storedValues(database: TestDatabase, org: string): Promise<Record<string, string | null>> {
  const submission = await database.prisma.submission.findFirstOrThrow({
    where: { organisation: { code: org } },
    include: { versions: { orderBy: { version: "desc" }, take: 1, include: { values: { include: { indicator: true } } } } },
  });
  return Object.fromEntries((submission.versions[0]?.values ?? []).map((row) => [row.indicator.code, row.value?.toFixed() ?? null]));
}

describe.each(DATABASE_KINDS)("the guided submission [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW);

  it("all six organisations submit the acceptance figures as typed; the values are stored exactly", async () => {
    const organisations = Object.keys(scenario.submissions);
    for (const [position, org] of organisations.entries()) {
      const figures = orderOf(org).map((code) => scenario.submissions[org]?.[code] ?? "");
      const texts = ["không", scenario.texts?.[org]?.han_che ?? "không", "không", "không"];
      const replies = await submitReport(bot.harness, repOf(org), figures, texts);
      const text = textOf(replies);
      expect(text).toContain("quý IV/2023");
      expect(text).toContain("Đã nhận báo cáo quý IV/2023");
      const note = replies.find((reply) => reply.chatId === GROUP_CHAT_ID);
      expect(note?.text).toContain(`đã nộp báo cáo quý IV/2023 (${position + 1}/6 đơn vị)`);
    }
    expect(await storedValues(bot.database, "DOAN")).toEqual({ HV_MOI: "15237", HV_GIAM: "1984", GT_DANG: "2106", KN_DANG: "874" });
    expect(await storedValues(bot.database, "PN")).toEqual({ HV_MOI: "8640", HV_GIAM: "0", GT_DANG: "1045", KN_DANG: "392" });
    expect(await storedValues(bot.database, "MTTQ")).toEqual({ QUY_VNN: "9860", NHA_DDK: "37" });
    const limitation = await bot.database.prisma.submissionText.findFirstOrThrow({
      where: { section: "limitations", version: { submission: { organisation: { code: "ND" } } } },
    });
    expect(limitation.body).toBe("Hội viên giảm do chuyển sang làm công nhân ở các khu công nghiệp.");
    expect(await bot.database.prisma.auditEvent.count({ where: { action: "submit" } })).toBe(6);
  });

  it("opens with the quarter and the first indicator, echoes numbers in words, and goes back to correct", async () => {
    const rep = { id: repOf("PN") };
    const opening = textOf(await bot.harness.say(rep, "private", "/nop"));
    expect(opening).toContain("quý IV/2023");
    expect(opening).toContain("Đoàn viên, hội viên mới");
    const echo = textOf(await bot.harness.say(rep, "private", "mười nghìn"));
    expect(echo).toContain("10.000");
    expect(echo).toContain("mười nghìn");
    const back = textOf(await bot.harness.say(rep, "private", "quay lại"));
    expect(back).toContain("Đoàn viên, hội viên mới");
    expect(back).toContain("Đang lưu: 10.000");
    expect(textOf(await bot.harness.say(rep, "private", "10212"))).toContain("10.212");
    const draft = await bot.database.prisma.submissionDraft.findFirstOrThrow();
    expect((draft.answers as { values: Record<string, { value: string }> }).values.HV_MOI?.value).toBe("10212");
  });

  it("refuses what is not a number, stores nothing, and asks again", async () => {
    const rep = { id: repOf("ND") };
    await bot.harness.say(rep, "private", "/nop");
    const refusal = textOf(await bot.harness.say(rep, "private", "abc"));
    expect(refusal).not.toContain("Đã lưu");
    expect(refusal).toContain("Đoàn viên, hội viên mới");
    const draft = await bot.database.prisma.submissionDraft.findFirst();
    expect(draft).toBeNull();
  });

  it("re-asks politely after a sticker, a photo, voice or an over-long message", async () => {
    const rep = { id: repOf("CCB") };
    await bot.harness.say(rep, "private", "/nop");
    const chat = { id: rep.id, type: "private" as const, first_name: "CCB" };
    const from = { id: rep.id, is_bot: false, first_name: "CCB" };
    const base = { message_id: 500, date: 0, chat, from };
    const sticker = {
      file_id: "s",
      file_unique_id: "s",
      type: "regular" as const,
      width: 1,
      height: 1,
      is_animated: false,
      is_video: false,
    };
    const messages = [
      { ...base, sticker },
      { ...base, photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] },
      { ...base, voice: { file_id: "v", file_unique_id: "v", duration: 3 } },
    ];
    // A photo may be of the printed report: its reply says how the report can be sent instead.
    const expected = [
      "không nhận ảnh, nhãn dán, tin nhắn thoại",
      "chưa đọc được báo cáo chụp ảnh",
      "không nhận ảnh, nhãn dán, tin nhắn thoại",
    ];
    for (const [index, message] of messages.entries()) {
      const replies = await bot.harness.deliver({ update_id: 60_000 + index, message });
      expect(textOf(replies)).toContain(expected[index]);
    }
    expect(textOf(await bot.harness.say(rep, "private", "1".repeat(5000)))).toContain("quá dài");
    expect(await bot.database.prisma.submissionDraft.findFirst()).toBeNull();
  });

  it("asks about an ambiguous number with its readings as buttons", async () => {
    const rep = { id: repOf("LDLD") };
    await bot.harness.say(rep, "private", "/nop");
    const question = await bot.harness.say(rep, "private", "2.5");
    expect(textOf(question)).not.toContain("Đã lưu");
    expect(question.flatMap((reply) => reply.buttons)).toEqual(expect.arrayContaining(["25 người"]));
    expect(textOf(await bot.harness.press(rep, "private", "25 người"))).toMatch(/✔ Đã lưu \d+\/\d+ [^:\n]+: 25 người/);
  });

  it("questions a value far from last quarter's and stores it only when confirmed", async () => {
    await submitReport(bot.harness, repOf("CCB"), ["1.102", "96", "318", "121"]);
    const later = new BotHarness(bot.database, { now: () => new Date("2024-03-10T03:00:00Z") });
    const rep = { id: repOf("CCB") };
    await later.say(rep, "private", "/nop");
    const doubt = textOf(await later.say(rep, "private", "11020"));
    expect(doubt).toContain("gấp 10 lần quý trước (1.102 người)");
    expect(doubt).not.toContain("Đã lưu");
    expect(textOf(await later.press(rep, "private", "Đúng, lưu"))).toMatch(/✔ Đã lưu \d+\/\d+ [^:\n]+: 11.020 người/);
  });

  it("skips an indicator as missing, never as 0", async () => {
    const rep = { id: repOf("CCB") };
    await bot.harness.say(rep, "private", "/nop");
    expect(textOf(await bot.harness.say(rep, "private", "bo qua"))).toContain("chưa có số liệu");
    for (const answer of ["96", "318", "121", "không", "không", "không", "không"]) await bot.harness.say(rep, "private", answer);
    await bot.harness.press(rep, "private", "Xác nhận");
    expect((await storedValues(bot.database, "CCB")).HV_MOI).toBeNull();
  });

  it("a correction creates version 2, tells the group, and keeps the history", async () => {
    await submitReport(bot.harness, repOf("MTTQ"), ["12.750", "14"]);
    const rep = { id: repOf("MTTQ") };
    expect(textOf(await bot.harness.say(rep, "private", "/nop"))).toContain("Đơn vị đã nộp báo cáo quý IV/2023 (lần 1");
    await bot.harness.press(rep, "private", "Sửa");
    await bot.harness.press(rep, "private", "1. Vận động Quỹ");
    await bot.harness.say(rep, "private", "13 tỷ");
    const replies = await bot.harness.press(rep, "private", "Xác nhận");
    expect(textOf(replies)).toContain("Đã cập nhật báo cáo quý IV/2023");
    expect(replies.find((reply) => reply.chatId === GROUP_CHAT_ID)?.text).toContain("đã cập nhật báo cáo quý IV/2023 (lần 2)");
    expect((await storedValues(bot.database, "MTTQ")).QUY_VNN).toBe("13000");
    const audit = await bot.database.prisma.auditEvent.findFirstOrThrow({ where: { action: "correct" } });
    expect(JSON.stringify(audit.before)).toContain("12750");
    expect(JSON.stringify(audit.after)).toContain("13000");

    // The secretariat sees who changed what, from the results' source button.
    await bot.harness.say({ id: 9001 }, "private", "Mặt trận quý 4");
    const history = textOf(await bot.harness.press({ id: 9001 }, "private", "Nguồn số liệu"));
    expect(history).toContain("<b>Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk, quý IV/2023</b>\nLần nộp 2, do");
    expect(history).toContain("Sửa so với lần nộp 1: Vận động Quỹ Vì người nghèo 12.750 → 13.000.");
    expect(history).toMatch(/Lần nộp 1: do .+ xác nhận lúc \d\d\/12\/2023/);
  });

  it("continues on a second bot instance after the first is dropped mid-conversation", async () => {
    const rep = { id: repOf("DOAN") };
    await bot.harness.say(rep, "private", "/nop");
    await bot.harness.say(rep, "private", "18.406");
    await bot.harness.say(rep, "private", "2.115");
    const second = new BotHarness(bot.database, { now: () => NOW });
    const next = textOf(await second.say(rep, "private", "2.410"));
    expect(next).toMatch(/✔ Đã lưu \d+\/\d+ [^:\n]+: 2.410/);
    expect(next).toContain("Đảng viên mới được kết nạp");
    for (const answer of ["1.002", "không", "không", "không", "không"]) await second.say(rep, "private", answer);
    await second.press(rep, "private", "Xác nhận");
    expect(await storedValues(bot.database, "DOAN")).toEqual({ HV_MOI: "18406", HV_GIAM: "2115", GT_DANG: "2410", KN_DANG: "1002" });
  });

  it("offers to continue a draft when the person comes back with /nop", async () => {
    const rep = { id: repOf("DOAN") };
    await bot.harness.say(rep, "private", "/nop");
    await bot.harness.say(rep, "private", "18.406");
    await bot.harness.say(rep, "private", "/huy");
    const offer = await bot.harness.say(rep, "private", "/nop");
    expect(textOf(offer)).toContain("bản nháp báo cáo quý IV/2023 (1 mục đã nhập");
    const typed = await bot.harness.say(rep, "private", "2.115");
    expect(textOf(typed)).toContain("gõ “tiếp tục” để tiếp tục bản nháp hay “làm lại” để làm lại từ đầu");
    expect(typed.at(-1)?.buttons).toContain("Tiếp tục bản nháp");
    expect(textOf(await bot.harness.press(rep, "private", "Tiếp tục"))).toContain("Đoàn viên, hội viên giảm");
  });

  it("processes a redelivered update once", async () => {
    const rep = { id: repOf("DOAN") };
    await bot.harness.say(rep, "private", "/nop");
    const update = {
      update_id: 88_001,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: rep.id, type: "private" as const, first_name: "D" },
        from: { id: rep.id, is_bot: false, first_name: "D" },
        text: "18.406",
      },
    };
    expect(textOf(await bot.harness.deliver(update))).toContain("Đã lưu");
    expect(await bot.harness.deliver(update)).toEqual([]);
    expect(textOf(await bot.harness.say(rep, "private", "2.115"))).toContain("Quần chúng ưu tú");
  });

  it("never silently overwrites: the second to confirm is told and shown the stored figures", async () => {
    const first = { id: repOf("ND") };
    await bot.harness.say(first, "private", "/nop");
    for (const answer of ["6.541", "7.289", "1.105", "448", "không", "không", "không", "không"])
      await bot.harness.say(first, "private", answer);
    // A stand-in submits while the first representative is away, then the first is appointed again.
    await join(bot.harness, 9001, { id: 9124, name: "Người thay", role: "representative", org: "ND" });
    await submitReport(bot.harness, 9124, ["6.000", "7.000", "1.000", "400"]);
    await join(bot.harness, 9001, { ...first, role: "representative", org: "ND" });
    const replies = textOf(await bot.harness.press(first, "private", "Xác nhận"));
    expect(replies).toContain("Người thay đã nộp báo cáo của đơn vị");
    expect(replies).toContain("6.000 người");
    expect((await storedValues(bot.database, "ND")).HV_MOI).toBe("6000");
  });

  it("refuses a report confirmed by a representative replaced while it was open, and says why", async () => {
    const first = { id: repOf("ND") };
    await bot.harness.say(first, "private", "/nop");
    for (const answer of ["6.541", "7.289", "1.105", "448", "không", "không", "không", "không"])
      await bot.harness.say(first, "private", answer);
    await join(bot.harness, 9001, { id: 9124, name: "Người thay", role: "representative", org: "ND" });
    const replies = textOf(await bot.harness.press(first, "private", "Xác nhận"));
    expect(replies).toContain("không còn là đại diện của đơn vị");
    expect(await bot.database.prisma.submissionVersion.count()).toBe(0);
  });

  it("refuses a locked quarter with the reason", async () => {
    await bot.harness.say({ id: 9001 }, "private", "/khoa quý IV/2023");
    expect(textOf(await bot.harness.press({ id: 9001 }, "private", "Khóa quý IV/2023"))).toContain("Đã khóa báo cáo quý IV/2023");
    expect(textOf(await bot.harness.say({ id: repOf("PN") }, "private", "/nop"))).toContain("đã được khóa");
  });
});
