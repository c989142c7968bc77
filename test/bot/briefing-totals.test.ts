import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { projectScenario } from "../support/acceptance.js";
import { type BotHarness, type Reply, seenOf } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { submitScenarioFigures } from "../support/submit-flow.js";
import { DATABASE_KINDS } from "../support/test-database.js";

/**
 * The briefing's totals counted over the organisations that report each indicator: the Front
 * does not report the members' figures, so it is neither in "4/5" nor in the way of "toàn tỉnh".
 */
const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };

/** `org`'s representative submits its figures ("không" for the texts) and confirms. */
const submit = (harness: BotHarness, org: string) => submitScenarioFigures(harness, scenario, org);

/** The paragraphs of the Word file sent among the replies, each as one text. */
async function wordParagraphs(replies: Reply[]): Promise<string[]> {
  const word = replies.find((reply) => reply.method === "sendDocument");
  const zip = await JSZip.loadAsync(word?.file?.bytes ?? new Uint8Array());
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(""),
  );
}

describe.each(DATABASE_KINDS)("the briefing's totals, out of the organisations that report them [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW, ADMIN.id);

  it("says 4/5 with four of the five that report the members' figures in and the Front missing, in the chat and the Word file", async () => {
    for (const org of ["DOAN", "PN", "ND", "LDLD"]) await submit(bot.harness, org);
    const preview = seenOf(await bot.harness.say(ADMIN, "private", "/baocao"));
    const partial = "Theo báo cáo của 4/5 đơn vị (chưa gồm Hội Cựu chiến binh tỉnh Đắk Lắk), đã phát triển 36.244 đoàn viên, hội viên mới;";
    expect(preview).toContain(partial);
    expect(preview).toContain("từ báo cáo của 4/6 cơ quan, đơn vị");
    expect(preview).not.toMatch(/toàn tỉnh|\/6 đơn vị/i);
    const word = await wordParagraphs(await bot.harness.press(ADMIN, "private", "Word"));
    expect(word.some((paragraph) => paragraph.includes(partial))).toBe(true);
    expect(word.join("\n")).not.toMatch(/toàn tỉnh|\/6 đơn vị/i);
  });

  it("says toàn tỉnh once all five are in, though the Front has not reported", async () => {
    for (const org of ["DOAN", "PN", "ND", "CCB", "LDLD"]) await submit(bot.harness, org);
    const preview = seenOf(await bot.harness.say(ADMIN, "private", "/baocao"));
    expect(preview).toContain("Toàn tỉnh đã phát triển 37.231 đoàn viên, hội viên mới;");
    expect(preview).toContain("Số đoàn viên, hội viên giảm toàn tỉnh là 9.689 người");
    expect(preview).not.toMatch(/theo báo cáo của/i);
    expect(preview).toContain("Chưa nộp báo cáo (1 đơn vị): Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk.");
    const word = await wordParagraphs(await bot.harness.press(ADMIN, "private", "Word"));
    expect(word.some((paragraph) => paragraph.includes("Toàn tỉnh đã phát triển 37.231 đoàn viên, hội viên mới;"))).toBe(true);
  });
});
