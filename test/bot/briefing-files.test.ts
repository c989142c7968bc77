import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeEach, describe, expect, it } from "vitest";
import { projectScenario } from "../support/acceptance.js";
import { type BotHarness, GROUP_CHAT_ID, type Reply } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { submitScenarioFigures } from "../support/submit-flow.js";
import { DATABASE_KINDS } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };

/** `org`'s representative submits its figures ("không" for the texts) and confirms. */
const submit = (harness: BotHarness, org: string) => submitScenarioFigures(harness, scenario, org);

/** The text of a docx's body. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(" ");
}

const documents = (replies: Reply[]) => replies.filter((reply) => reply.method === "sendDocument");

describe.each(DATABASE_KINDS)("the briefing as files on Telegram [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW, ADMIN.id);
  beforeEach(async () => {
    await submit(bot.harness, "ND");
    await submit(bot.harness, "LDLD");
  });

  it("offers Word, Excel and the chart under the preview, and sends each as a document through the outbox", async () => {
    const preview = await bot.harness.say(ADMIN, "private", "/baocao");
    expect(preview.at(-1)?.buttons).toEqual([
      "✍️ Đánh giá chung",
      "👥 Thành phần dự",
      "📝 Kết luận",
      "🗓 Ngày họp, chủ trì",
      "📤 Đăng lên nhóm",
      "📄 Word",
      "📊 Excel",
      "📈 Biểu đồ",
    ]);

    const [word] = documents(await bot.harness.press(ADMIN, "private", "Word"));
    expect(word?.chatId).toBe(ADMIN.id);
    expect(word?.seen).toBe("Báo cáo quý IV/2023 (Word, theo Nghị định 30/2020/NĐ-CP).");
    expect(word?.file?.filename).toBe("bao-cao-2023-q4.docx");
    const text = await docxText(word?.file?.bytes ?? new Uint8Array());
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("ngày 10 tháng 12 năm 2023");
    expect(text).toContain("Hội Nông dân tỉnh");

    const [excel] = documents(await bot.harness.press(ADMIN, "private", "Excel"));
    expect(excel?.file?.filename).toBe("so-lieu-2023-q4.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excel?.file?.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["quý IV-2023", "quý III-2023", "quý II-2023", "quý I-2023"]);

    const [chart] = (await bot.harness.press(ADMIN, "private", "Biểu đồ")).filter((reply) => reply.method === "sendPhoto");
    expect(chart?.file?.filename).toBe("bieu-do-2023-q4.png");
    expect(
      Buffer.from(chart?.file?.bytes ?? [])
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    expect(bot.harness.refusals).toEqual([]);
  });

  it("posts the briefing and its Word file to the group in Vietnamese, though the admin posting reads English", async () => {
    const englishAdmin = { ...ADMIN, language_code: "en" };
    const preview = await bot.harness.say(englishAdmin, "private", "/baocao");
    expect(preview.map((reply) => reply.seen).join("\n")).toContain("Activities of the Fatherland Front");
    const posted = (await bot.harness.press(englishAdmin, "private", "Post to the group")).filter(
      (reply) => reply.chatId === GROUP_CHAT_ID,
    );
    expect(posted.at(0)?.seen).toContain("Kết quả hoạt động của Mặt trận Tổ quốc");
    expect(posted.map((reply) => reply.seen).join("\n")).not.toContain("Activities of the Fatherland Front");
    const [file] = documents(posted);
    expect(file?.seen).toBe("Báo cáo quý IV/2023 (Word, theo Nghị định 30/2020/NĐ-CP).");
    expect(await docxText(file?.file?.bytes ?? new Uint8Array())).toContain("TM. BAN THƯỜNG TRỰC");
  });

  it("posts the Word file to the group with the briefing", async () => {
    await bot.harness.say(ADMIN, "private", "/baocao");
    const posted = (await bot.harness.press(ADMIN, "private", "Đăng lên nhóm")).filter((reply) => reply.chatId === GROUP_CHAT_ID);
    expect(posted.at(0)?.method).toBe("sendMessage");
    const [file] = documents(posted);
    expect(file?.file?.filename).toBe("bao-cao-2023-q4.docx");
    expect(await docxText(file?.file?.bytes ?? new Uint8Array())).toContain("TM. BAN THƯỜNG TRỰC");
  });
});
