import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, type Reply, textOf } from "../support/bot-harness.js";
import { submitReport } from "../support/submit-flow.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const ADMIN = { id: 9001 };
const PN = 9103;
const ND = 9104;
/** The 10th of each quarter's last month: the quarter being reported. */
const QUARTER_IV_2023 = new Date("2023-12-10T03:00:00Z");
const QUARTER_I_2024 = new Date("2024-03-10T03:00:00Z");
const QUARTER_II_2024 = new Date("2024-06-10T03:00:00Z");
/** When the secretariat compiles the half-year: early in quarter III. */
const JULY_2024 = new Date("2024-07-10T03:00:00Z");
const texts = (limitation: string) => ["không", limitation, "không", "không"];

const documents = (replies: Reply[]) => replies.filter((reply) => reply.method === "sendDocument");

/** The text of a docx's body. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(" ");
}

describe.each(DATABASE_KINDS)("/baocao for a half-year and a year [%s]", (kind) => {
  let database: TestDatabase;
  let harness: BotHarness;
  let now: Date;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    now = QUARTER_IV_2023;
    harness = new BotHarness(database, { now: () => now });
    await setUpBloc(harness, scenarioDocument(scenario), [ADMIN.id]);
    await harness.say(ADMIN, "group", "/nhom");
    await joinScenarioPeople(harness, scenario);
    // Quarter IV/2023: the Farmers' Union. Quarters I and II/2024: the Farmers' Union both, the Women's Union only I.
    await submitReport(harness, ND, ["5.318", "6.027", "963", "357"], texts("Hội viên giảm do đi làm ăn xa."));
    now = QUARTER_I_2024;
    await submitReport(harness, ND, ["5.000", "6.000", "900", "350"], texts("Thiếu kinh phí tập huấn."));
    await submitReport(harness, PN, ["8.000", "0", "1.000", "380"]);
    now = QUARTER_II_2024;
    await submitReport(harness, ND, ["5.500", "5.900", "950", "360"], texts("Chưa có mô hình mới."));
    now = JULY_2024;
  });
  afterAll(() => database.close());

  it("previews /baocao 6 thang dau nam 2024, summing the quarters and naming who lacks which quarter, then posts it", async () => {
    const preview = await harness.say(ADMIN, "private", "/baocao 6 thang dau nam 2024");
    const text = textOf(preview);
    expect(text).toContain("tỉnh Đắk Lắk 6 tháng đầu năm 2024");
    expect(text).toContain("Trong 6 tháng đầu năm 2024, ");
    // Hội Nông dân: 5.000 + 5.500; Hội Phụ nữ: 8.000 in quarter I.
    expect(text).toContain("đã phát triển 18.500 đoàn viên, hội viên mới");
    expect(text).toContain("Phát triển 10.500 đoàn viên, hội viên mới");
    expect(text).toContain("Thiếu kinh phí tập huấn (Hội Nông dân tỉnh Đắk Lắk, quý I/2024).");
    expect(text).toContain("Chưa có mô hình mới (Hội Nông dân tỉnh Đắk Lắk, quý II/2024).");
    expect(text).toContain("Chưa nộp đủ báo cáo các quý (1 đơn vị): Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk (quý II/2024).");
    expect(text).toContain("Chưa nộp báo cáo (4 đơn vị):");
    // The framing is edited for a half-year as for a quarter.
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

    const posted = (await harness.press(ADMIN, "private", "Đăng lên nhóm")).filter((reply) => reply.chatId === GROUP_CHAT_ID);
    expect(textOf(posted)).toContain("6 tháng đầu năm 2024");
    const [file] = documents(posted);
    expect(file?.file?.filename).toBe("bao-cao-2024-h1.docx");
    expect(await docxText(file?.file?.bytes ?? new Uint8Array())).toContain("6 tháng đầu năm 2024");
    // The half-year's posts are counted apart from the quarters'.
    expect(textOf(await harness.say(ADMIN, "private", "/baocao 6 tháng đầu năm 2024"))).toContain("(cập nhật lần 2)");
    expect(textOf(await harness.say(ADMIN, "private", "/baocao quý II/2024"))).not.toContain("cập nhật");
    expect(harness.refusals).toEqual([]);
  });

  it("previews /baocao năm 2023, says which quarters nobody reported, and offers the year's files", async () => {
    const preview = await harness.say(ADMIN, "private", "/baocao năm 2023");
    const text = textOf(preview);
    expect(text).toContain("tỉnh Đắk Lắk năm 2023");
    expect(text).toContain("Chưa có đơn vị nào nộp báo cáo quý I/2023, quý II/2023, quý III/2023");
    expect(text).toContain("Hội viên giảm do đi làm ăn xa (Hội Nông dân tỉnh Đắk Lắk).");
    // Quarter IV/2023 only: the 2024 reports are not in the year.
    expect(text).toContain("đã phát triển 5.318 đoàn viên, hội viên mới");

    const [word] = documents(await harness.press(ADMIN, "private", "Word"));
    expect(word?.seen).toBe("Báo cáo năm 2023 (Word, theo Nghị định 30/2020/NĐ-CP).");
    expect(word?.file?.filename).toBe("bao-cao-2023.docx");
    const [excel] = documents(await harness.press(ADMIN, "private", "Excel"));
    expect(excel?.file?.filename).toBe("so-lieu-2023.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(excel?.file?.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["năm 2023", "năm 2022", "năm 2021", "năm 2020"]);
    const [chart] = (await harness.press(ADMIN, "private", "Biểu đồ")).filter((reply) => reply.method === "sendPhoto");
    expect(chart?.file?.filename).toBe("bieu-do-2023.png");

    const posted = (await harness.press(ADMIN, "private", "Đăng lên nhóm")).filter((reply) => reply.chatId === GROUP_CHAT_ID);
    expect(textOf(posted)).toContain("năm 2023");
    expect(documents(posted)[0]?.file?.filename).toBe("bao-cao-2023.docx");
  });

  it("compiles nine months with what is on record, saying quarter III is not yet reported", async () => {
    const text = textOf(await harness.say(ADMIN, "private", "/baocao 9 tháng"));
    expect(text).toContain("9 tháng năm 2024");
    expect(text).toContain("Chưa có đơn vị nào nộp báo cáo quý III/2024");
  });

  it("refuses, with the reason, a period not begun and one nobody reported", async () => {
    expect(textOf(await harness.say(ADMIN, "private", "/baocao năm 2025"))).toContain(
      "Chưa thể tổng hợp báo cáo năm 2025: kỳ này chưa bắt đầu.",
    );
    expect(textOf(await harness.say(ADMIN, "private", "/baocao 6 tháng cuối năm 2022"))).toContain(
      "Chưa có đơn vị nào nộp báo cáo cho quý nào của 6 tháng cuối năm 2022",
    );
    expect(textOf(await harness.say(ADMIN, "private", "/baocao tháng 5"))).toContain("/baocao 6 tháng đầu năm 2024");
  });
});
