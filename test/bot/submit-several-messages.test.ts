import { describe, expect, it } from "vitest";
import { projectScenario } from "../support/acceptance.js";
import { type BotHarness, seenOf, textOf } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const rep = { id: scenario.people.find((person) => person.org === "CCB")?.id ?? 0 };
/** Sent a few seconds after the message before, as a second message of one answer is. */
const RIGHT_AFTER = { secondsAfter: 4 };

interface StoredDraft {
  values: Record<string, { value: string | null; raw: string; comment?: string | null }>;
  texts: Record<string, string>;
}

async function draft(database: TestDatabase): Promise<StoredDraft> {
  const row = await database.prisma.submissionDraft.findFirstOrThrow({ where: { organisation: { code: "CCB" } } });
  return row.answers as unknown as StoredDraft;
}

/** Opens /nop and answers the four figures and the highlights, a minute apart: the next question is "Hạn chế, khó khăn". */
async function reachLimitations(harness: BotHarness) {
  await harness.say(rep, "private", "/nop");
  for (const answer of ["1.102", "96", "318", "121", "Tổ chức tốt đại hội chi hội"]) await harness.say(rep, "private", answer);
}

describe.each(DATABASE_KINDS)("an answer sent in several messages [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW);

  it("asks about a second message sent right after a text answer, and 'bổ sung' adds it to that answer", async () => {
    await reachLimitations(bot.harness);
    expect(textOf(await bot.harness.say(rep, "private", "Kinh phí hoạt động còn hạn hẹp"))).toContain("Đã lưu 6/8 Hạn chế, khó khăn");
    const asked = await bot.harness.say(rep, "private", "cơ sở vật chất thiếu", RIGHT_AFTER);
    expect(seenOf(asked)).toContain(
      "Tin nhắn “cơ sở vật chất thiếu” bổ sung cho «Hạn chế, khó khăn» hay là câu trả lời cho «Kiến nghị, đề xuất»?",
    );
    expect(asked.flatMap((reply) => reply.buttons)).toEqual(["➕ Bổ sung vào «Hạn chế, khó khăn»", "➡️ Trả lời «Kiến nghị, đề xuất»"]);
    expect((await draft(bot.database)).texts.proposals).toBeUndefined();

    const joined = await bot.harness.press(rep, "private", "Bổ sung");
    expect(textOf(joined)).toContain("Đã bổ sung vào «Hạn chế, khó khăn»");
    expect(textOf(joined)).toContain("7/8");
    expect((await draft(bot.database)).texts.limitations).toBe("Kinh phí hoạt động còn hạn hẹp\ncơ sở vật chất thiếu");

    await bot.harness.say(rep, "private", "Đề nghị hỗ trợ kinh phí");
    const card = seenOf(await bot.harness.say(rep, "private", "không"));
    expect(card).toContain("6. Hạn chế, khó khăn: Kinh phí hoạt động còn hạn hẹp\ncơ sở vật chất thiếu");
    expect(card).toContain("7. Kiến nghị, đề xuất: Đề nghị hỗ trợ kinh phí");
  });

  it("holds a third message sent while it asks, and 'trả lời' takes them all as the next answer", async () => {
    await reachLimitations(bot.harness);
    await bot.harness.say(rep, "private", "Kinh phí còn hạn hẹp");
    await bot.harness.say(rep, "private", "Đề nghị tăng kinh phí", RIGHT_AFTER);
    const held = await bot.harness.say(rep, "private", "và tập huấn cho cán bộ", RIGHT_AFTER);
    expect(textOf(held)).toContain("Đã giữ cả tin nhắn này (2 tin)");
    expect((await draft(bot.database)).texts.proposals).toBeUndefined();
    const answered = await bot.harness.say(rep, "private", "trả lời");
    expect(textOf(answered)).toContain("Đã lưu 7/8 Kiến nghị, đề xuất");
    expect(textOf(answered)).toContain("8/8");
    const stored = await draft(bot.database);
    expect(stored.texts.limitations).toBe("Kinh phí còn hạn hẹp");
    expect(stored.texts.proposals).toBe("Đề nghị tăng kinh phí\nvà tập huấn cho cán bộ");
  });

  it("takes 'thêm' typed as the button, and the question's old buttons still work after a held message", async () => {
    await reachLimitations(bot.harness);
    await bot.harness.say(rep, "private", "Kinh phí còn hạn hẹp");
    await bot.harness.say(rep, "private", "thiếu người", RIGHT_AFTER);
    await bot.harness.say(rep, "private", "thiếu máy tính", RIGHT_AFTER);
    expect(textOf(await bot.harness.press(rep, "private", "Bổ sung"))).toContain("Đã bổ sung");
    expect((await draft(bot.database)).texts.limitations).toBe("Kinh phí còn hạn hẹp\nthiếu người\nthiếu máy tính");
    // A message right after the join is asked about again: the person may still be typing.
    await bot.harness.say(rep, "private", "và thiếu phòng họp", RIGHT_AFTER);
    expect(textOf(await bot.harness.say(rep, "private", "thêm"))).toContain("Đã bổ sung");
    expect((await draft(bot.database)).texts.limitations).toBe("Kinh phí còn hạn hẹp\nthiếu người\nthiếu máy tính\nvà thiếu phòng họp");
  });

  it("asks in English for an English-speaking representative, and 'add' adds", async () => {
    const english = { ...rep, language_code: "en" };
    await bot.harness.say(english, "private", "/nop");
    for (const answer of ["1.102", "96", "318", "121", "Congress held"]) await bot.harness.say(english, "private", answer);
    await bot.harness.say(english, "private", "Little funding");
    const asked = await bot.harness.say(english, "private", "few rooms", RIGHT_AFTER);
    expect(seenOf(asked)).toContain('Does the message "few rooms" add to «');
    expect(textOf(await bot.harness.say(english, "private", "add"))).toContain("✔ Added to «");
    expect((await draft(bot.database)).texts.limitations).toBe("Little funding\nfew rooms");
  });

  it("takes a message sent after the window as the next answer, without asking", async () => {
    await reachLimitations(bot.harness);
    await bot.harness.say(rep, "private", "Kinh phí còn hạn hẹp");
    const next = await bot.harness.say(rep, "private", "Đề nghị tăng kinh phí", { secondsAfter: 45 });
    expect(textOf(next)).toContain("Đã lưu 7/8 Kiến nghị, đề xuất");
    expect(textOf(next)).not.toContain("bổ sung cho");
  });

  it("refuses a comment with no figure before it to comment, rather than store its number", async () => {
    await bot.harness.say(rep, "private", "/nop");
    const refused = textOf(await bot.harness.say(rep, "private", "trong đó 31 nữ"));
    expect(refused).toContain("ghi chú cho một số liệu, không phải số liệu «Đoàn viên, hội viên mới»");
    // After "quay lại" the figure before is not the one just answered: still refused.
    await bot.harness.say(rep, "private", "1.102");
    await bot.harness.say(rep, "private", "quay lại");
    await bot.harness.say(rep, "private", "1.102");
    await bot.harness.say(rep, "private", "quay lại");
    expect(textOf(await bot.harness.say(rep, "private", "(tăng 20 so với quý trước)"))).toContain("Xin gõ số liệu trước");
    expect((await draft(bot.database)).values.HV_MOI).toMatchObject({ value: "1102" });
    expect((await draft(bot.database)).values.HV_MOI?.comment ?? null).toBeNull();
  });

  it("attaches a comment sent after a figure to that figure, and the next figure is not its number", async () => {
    await bot.harness.say(rep, "private", "/nop");
    await bot.harness.say(rep, "private", "1.102");
    const noted = await bot.harness.say(rep, "private", "(tăng 20 so với quý trước)", RIGHT_AFTER);
    expect(textOf(noted)).toContain("Đã ghi chú cho «Đoàn viên, hội viên mới»: “tăng 20 so với quý trước”");
    expect(textOf(noted)).toContain("2/8");
    // Unbracketed, and a minute later: still a comment, never the next figure.
    expect(textOf(await bot.harness.say(rep, "private", "trong đó 31 nữ"))).toContain("Đã ghi chú");
    let stored = await draft(bot.database);
    expect(Object.keys(stored.values)).toEqual(["HV_MOI"]);
    expect(stored.values.HV_MOI).toMatchObject({ value: "1102", comment: "tăng 20 so với quý trước; trong đó 31 nữ" });
    // A plain figure right after is just the next answer: people type figures fast.
    expect(textOf(await bot.harness.say(rep, "private", "96", { secondsAfter: 2 }))).toContain("Đã lưu 2/8");
    expect(textOf(await bot.harness.say(rep, "private", "tăng 5", RIGHT_AFTER))).toContain("Đã ghi chú");
    stored = await draft(bot.database);
    expect(stored.values.HV_MOI?.value).toBe("1102");
    expect(Object.values(stored.values).map((value) => value.value)).toEqual(["1102", "96"]);
    await bot.harness.say(rep, "private", "318");
    await bot.harness.say(rep, "private", "121 (trong đó 40 nữ)");
    for (const text of ["không", "không", "không"]) await bot.harness.say(rep, "private", text);
    const card = seenOf(await bot.harness.say(rep, "private", "không"));
    expect(card).toContain("Ghi chú: tăng 20 so với quý trước; trong đó 31 nữ");
    expect(card).toContain("Ghi chú: tăng 5");
    expect(card).toContain("Ghi chú: trong đó 40 nữ");
    expect(textOf(await bot.harness.press(rep, "private", "Xác nhận"))).toContain("Đã nhận báo cáo");
    const rows = await bot.database.prisma.submissionValue.findMany({ orderBy: { indicator: { sortOrder: "asc" } } });
    expect(rows.map((row) => [row.value?.toFixed(), row.comment])).toEqual([
      ["1102", "tăng 20 so với quý trước; trong đó 31 nữ"],
      ["96", "tăng 5"],
      ["318", null],
      ["121", "trong đó 40 nữ"],
    ]);
    expect(rows[0]?.rawInput).toBe("1.102\n(tăng 20 so với quý trước)\ntrong đó 31 nữ");
  });
});
