import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { projectScenario } from "../support/acceptance.js";
import { textOf } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };
const CHAIR = { id: 9002 };
const repOf = (org: string) => ({ id: scenario.people.find((person) => person.org === org)?.id ?? 0 });
const GENERIC_ERROR = "Xin lỗi, đã có lỗi";
/** NUL, bell, escape, delete: never typed on purpose; PostgreSQL refuses NUL in text and JSON. */
const CONTROLS = "\u0000\u0007\u001b\u007f";

let nextUpdateId = 910_000;

/** The stored step of the person's `/nop`, as the database holds it. */
async function storedStep(database: TestDatabase, chatId: number): Promise<string> {
  return (await database.prisma.conversationState.findUniqueOrThrow({ where: { key: `submit:${chatId}` } })).value;
}

describe.each(DATABASE_KINDS)("bad input, clear answers [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW, ADMIN.id);

  it("removes control characters from answers: a figure and a text are stored without them", async () => {
    const rep = repOf("ND");
    await bot.harness.say(rep, "private", "/nop");
    expect(textOf(await bot.harness.say(rep, "private", `6.5${CONTROLS}41`))).toMatch(/✔ Đã lưu 1\/\d+ [^:\n]+: 6.541 người/);
    for (const answer of ["7.289", "1.105", "448"]) await bot.harness.say(rep, "private", answer);
    const saved = textOf(await bot.harness.say(rep, "private", `Tổ chức${CONTROLS} hội nghị`));
    expect(saved).not.toContain(GENERIC_ERROR);
    for (const answer of ["không", "không", "không"]) await bot.harness.say(rep, "private", answer);
    expect(textOf(await bot.harness.press(rep, "private", "Xác nhận"))).toContain("Đã nhận báo cáo quý IV/2023");
    const text = await bot.database.prisma.submissionText.findFirstOrThrow({ where: { section: "highlights" } });
    expect(text.body).toBe("Tổ chức hội nghị");
  });

  it("removes control characters from a display name, an invite code and a question, never a database error", async () => {
    const created = textOf(await bot.harness.say(ADMIN, "private", "/moi CCB theo dõi"));
    const code = /\?start=([A-Z0-9]+)/.exec(created)?.[1] ?? "";
    const welcome = textOf(await bot.harness.say({ id: 9301, first_name: `Nguyễn${CONTROLS} Văn A` }, "private", `/start ${code}`));
    expect(welcome).toContain("Chào mừng Nguyễn Văn A!");
    expect((await bot.database.prisma.person.findFirstOrThrow({ where: { externalId: "9301" } })).displayName).toBe("Nguyễn Văn A");
    const wrong = textOf(await bot.harness.say({ id: 9302, first_name: "B" }, "private", `/start AB${CONTROLS}CD`));
    expect(wrong).toContain("Mã mời này không đúng");
    const answer = textOf(await bot.harness.say(CHAIR, "private", `kết quả${CONTROLS} quý IV/2023`));
    expect(answer).toContain("quý IV/2023");
    for (const text of [welcome, wrong, answer]) expect(text).not.toContain(GENERIC_ERROR);
  });

  it("answers a message edited during /nop, and keeps the question open", async () => {
    const rep = repOf("PN");
    await bot.harness.say(rep, "private", "/nop");
    await bot.harness.say(rep, "private", "10212");
    const edited = await bot.harness.deliver({
      update_id: nextUpdateId++,
      edited_message: {
        message_id: 3,
        date: 0,
        edit_date: 1,
        chat: { id: rep.id, type: "private", first_name: "PN" },
        from: { id: rep.id, is_bot: false, first_name: "PN" },
        text: "10213",
      },
    } as Update);
    expect(textOf(edited)).toContain("Tin nhắn đã sửa không được đọc lại");
    expect(textOf(await bot.harness.say(rep, "private", "0"))).toMatch(/✔ Đã lưu 2\/\d+ [^:\n]+: 0 người/);
  });

  // 60 of each kind: a step that kept refused messages would have grown by kilobytes already
  // (issue 17 measured about 5 KB per long message).
  it("keeps the stored step the same size through 120 refused messages", async () => {
    const rep = repOf("PN");
    await bot.harness.say(rep, "private", "/nop");
    const atFigure = await storedStep(bot.database, rep.id);
    for (let index = 0; index < 60; index += 1) {
      const refused = textOf(await bot.harness.say(rep, "private", index % 2 ? "1".repeat(5000) : "chưa tổng hợp xong"));
      expect(refused).not.toContain("Đã lưu");
    }
    expect(await storedStep(bot.database, rep.id)).toBe(atFigure);
    for (const answer of ["10212", "0", "1290", "511"]) await bot.harness.say(rep, "private", answer);
    const atText = await storedStep(bot.database, rep.id);
    for (let index = 0; index < 60; index += 1) {
      expect(textOf(await bot.harness.say(rep, "private", `${"Hội nghị ".repeat(400)}${index}`))).toContain("vượt mức 3.000. Xin rút gọn");
    }
    expect(await storedStep(bot.database, rep.id)).toBe(atText);
    expect(await bot.database.prisma.submissionDraft.count()).toBe(1);
  }, 120_000);

  it("answers a button pressed on a message sent in inline mode (no message), and crashes nothing", async () => {
    const rep = repOf("PN");
    await bot.harness.say(rep, "private", "/nop");
    const updateIds: bigint[] = [];
    for (const data of ["nop:1:confirm", "brief:2023-Q4:1", "trace:2023-Q4", "something else"]) {
      const id = `inline-${nextUpdateId}`;
      updateIds.push(BigInt(nextUpdateId));
      const replies = await bot.harness.deliver({
        update_id: nextUpdateId++,
        callback_query: { id, from: { id: ADMIN.id, is_bot: false, first_name: "A" }, chat_instance: "1", inline_message_id: "AAA", data },
      });
      expect(bot.harness.answered(id), data).toBe(true);
      expect(textOf(replies), data).not.toContain(GENERIC_ERROR);
    }
    // Handled, not failed and apologised for.
    const outcomes = await bot.database.prisma.inboxUpdate.findMany({ where: { updateId: { in: updateIds } }, select: { outcome: true } });
    expect(outcomes.map((row) => row.outcome)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(textOf(await bot.harness.say(rep, "private", "10212"))).toMatch(/✔ Đã lưu 1\/\d+/);
  });
});
