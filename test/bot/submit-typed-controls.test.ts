import { describe, expect, it } from "vitest";
import { projectScenario } from "../support/acceptance.js";
import { BotHarness, textOf } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { submitReport } from "../support/submit-flow.js";
import type { TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const rep = { id: scenario.people.find((person) => person.org === "CCB")?.id ?? 0 };

/** The values of the CCB's draft, by indicator code. */
async function draftValues(database: TestDatabase): Promise<Record<string, string | null>> {
  const draft = await database.prisma.submissionDraft.findFirstOrThrow({ where: { organisation: { code: "CCB" } } });
  const values = (draft.answers as { values: Record<string, { value: string | null }> }).values;
  return Object.fromEntries(Object.entries(values).map(([code, answer]) => [code, answer.value]));
}

describe("controls that mean what they say, typed as well as pressed", () => {
  const bot = scenarioBot("pglite", scenario, NOW);

  it("keeps a saved figure on 'bỏ qua' or 'giữ nguyên' after 'quay lại', and erases it only on 'xóa'", async () => {
    await bot.harness.say(rep, "private", "/nop");
    await bot.harness.say(rep, "private", "2.300");
    const back = textOf(await bot.harness.say(rep, "private", "quay lại"));
    expect(back).toContain("Đang lưu: 2.300 người");
    expect(back).toContain("“giữ nguyên” để giữ");
    expect(textOf(await bot.harness.say(rep, "private", "bỏ qua"))).toContain("Giữ nguyên “Đoàn viên, hội viên mới”: 2.300 người.");
    expect((await draftValues(bot.database)).HV_MOI).toBe("2300");
    await bot.harness.say(rep, "private", "quay lại");
    expect(textOf(await bot.harness.say(rep, "private", "giữ nguyên"))).toContain("Giữ nguyên");
    expect((await draftValues(bot.database)).HV_MOI).toBe("2300");
    await bot.harness.say(rep, "private", "quay lại");
    expect(textOf(await bot.harness.say(rep, "private", "xóa"))).toContain("Đã xóa số liệu “Đoàn viên, hội viên mới”");
    expect((await draftValues(bot.database)).HV_MOI).toBeNull();
  });

  it("takes 'chưa có số liệu' as skipping a figure, never as a number", async () => {
    await bot.harness.say(rep, "private", "/nop");
    expect(textOf(await bot.harness.say(rep, "private", "chưa có số liệu"))).toContain("Đã bỏ qua “Đoàn viên, hội viên mới”");
    expect((await draftValues(bot.database)).HV_MOI).toBeNull();
  });

  it("confirms the review card typed 'xác nhận', and opens the edit menu on 'sửa'", async () => {
    await submitReport(bot.harness, rep.id, ["1.102", "96", "318", "121"]);
    expect(await bot.database.prisma.submissionVersion.count()).toBe(1);
    // Next quarter: the card is answered in words only.
    const later = new BotHarness(bot.database, { now: () => new Date("2024-03-10T03:00:00Z") });
    await later.say(rep, "private", "/nop");
    for (const answer of ["1.200", "90", "300", "100", "không", "không", "không", "không"]) await later.say(rep, "private", answer);
    expect(textOf(await later.say(rep, "private", "sửa"))).toContain("Chọn mục cần sửa");
    await later.press(rep, "private", "1. ");
    expect(textOf(await later.say(rep, "private", "11020"))).toContain("gấp 10 lần quý trước (1.102 người)");
    expect(textOf(await later.say(rep, "private", "đúng"))).toMatch(/✔ Đã lưu 1\/\d+ [^:\n]+: 11.020 người/);
    expect(textOf(await later.say(rep, "private", "ok"))).toContain("Đã nhận báo cáo quý I/2024");
    expect(await bot.database.prisma.submissionVersion.count()).toBe(2);
  });

  it("continues a draft on 'tiếp tục' typed at the offer", async () => {
    await bot.harness.say(rep, "private", "/nop");
    await bot.harness.say(rep, "private", "1.102");
    await bot.harness.say(rep, "private", "/huy");
    expect(textOf(await bot.harness.say(rep, "private", "/nop"))).toContain("bản nháp");
    expect(textOf(await bot.harness.say(rep, "private", "tiếp tục"))).toContain("2/");
  });
});
