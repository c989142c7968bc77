import { describe, expect, it } from "vitest";
import { projectScenario } from "../support/acceptance.js";
import { type BotHarness, seenOf, textOf } from "../support/bot-harness.js";
import { fixtureReport, reportDocx } from "../support/report-docx.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { DATABASE_KINDS } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };
const ND = { id: 9104 };
const REPORT = fixtureReport("report-flow/nong-dan-q4-2023.txt");
const FILE_NAME = "BC quy IV-2023 Hoi Nong dan.docx";

/** The values of the one stored version, by indicator code (null: skipped). */
async function storedValues(bot: ReturnType<typeof scenarioBot>) {
  const rows = await bot.database.prisma.submissionValue.findMany({ include: { indicator: true } });
  return Object.fromEntries(rows.map((row) => [row.indicator.code, row.value?.toFixed() ?? null]));
}

/** The trace the chair or the secretariat sees for the Hội Nông dân's report ("Nguồn số liệu"). */
async function trace(harness: BotHarness): Promise<string> {
  await harness.say(ADMIN, "private", "Hội Nông dân quý IV");
  return seenOf(await harness.press(ADMIN, "private", "Nguồn số liệu"));
}

describe.each(DATABASE_KINDS)("a Word report sent to the bot, confirmed item by item [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW, ADMIN.id);

  it("proposes each figure with its sentence; confirmed, corrected, skipped, the rest taken from the card; the version says it came from the file", async () => {
    await bot.harness.say(ND, "private", "/nop");
    const read = await bot.harness.sendDocument(ND, { fileName: FILE_NAME, bytes: await reportDocx(REPORT) });
    expect(bot.harness.downloads).toHaveLength(1);
    const seen = seenOf(read);
    expect(seen).toContain(`Đã đọc tệp “${FILE_NAME}”: tìm thấy số liệu cho 4/4 chỉ tiêu và 4/4 phần nội dung`);
    expect(seen).toContain("Chưa có gì được lưu");
    // The first figure: the reader took the next quarter's target, shown with its sentence.
    expect(seen).toContain("1/8. Đoàn viên, hội viên mới");
    expect(seen).toContain("Trong báo cáo: 3.000 người\n“Phát triển 3.000 hội viên mới.”");
    expect(read.at(-1)?.buttons).toEqual(["Đúng", "Sửa", "Bỏ qua", "📋 Xem tất cả trên phiếu"]);
    expect(await bot.database.prisma.submissionVersion.count()).toBe(0);
    const draft = await bot.database.prisma.submissionDraft.findFirstOrThrow();
    expect(draft.answers).toMatchObject({ values: {}, proposed: { figures: { HV_MOI: [{ value: "3000" }] } } });

    expect(seenOf(await bot.harness.press(ND, "private", "Sửa"))).toContain("gõ số đúng của Đoàn viên, hội viên mới");
    const corrected = seenOf(await bot.harness.say(ND, "private", "5.318"));
    expect(corrected).toContain("Đã lưu 1/8 Đoàn viên, hội viên mới: 5.318 người");
    expect(corrected).toContain("Trong báo cáo: 6.027 người\n“Số hội viên giảm 6.027 người do chuyển sang làm công nhân");
    expect(seenOf(await bot.harness.press(ND, "private", "Đúng"))).toContain("Đã lưu 2/8 Đoàn viên, hội viên giảm: 6.027 người");
    const several = await bot.harness.press(ND, "private", "Bỏ qua");
    expect(seenOf(several)).toContain("Báo cáo có 2 số có thể là chỉ tiêu này");
    expect(several.at(-1)?.buttons).toEqual(["1. 357 người", "2. 5.318 người", "Nhập số khác", "Bỏ qua", "📋 Xem tất cả trên phiếu"]);
    expect(seenOf(await bot.harness.press(ND, "private", "1. 357"))).toContain("Đã lưu 4/8 Đảng viên mới được kết nạp: 357 người");

    const card = await bot.harness.press(ND, "private", "Xem tất cả");
    const body = seenOf(card);
    expect(body).toContain("3. Quần chúng ưu tú giới thiệu cho Đảng: chưa có số liệu");
    expect(body).toContain("Các mục 📄 bot đọc từ báo cáo chưa được lưu");
    expect(body).toContain("(chưa xác nhận, 📄 mục “I. KẾT QUẢ NỔI BẬT”) Trong quý, các cấp Hội đã kết nạp 5.318");
    expect(card.at(-1)?.buttons).toEqual(["✅ Đúng cả 4 đề xuất", "✏️ Sửa", "✖ Hủy"]);
    // Not stored unseen: the card takes no confirmation while proposals are unconfirmed.
    expect(seenOf(await bot.harness.say(ND, "private", "xác nhận"))).toContain("Còn 4 mục bot đọc từ báo cáo chưa được xác nhận");
    expect(await bot.database.prisma.submissionVersion.count()).toBe(0);
    const taken = await bot.harness.press(ND, "private", "Đúng cả");
    expect(seenOf(taken)).toContain("Đã nhận 4 mục bot đọc từ báo cáo");
    expect(taken.at(-1)?.buttons[0]).toBe("✅ Xác nhận nộp");
    expect(textOf(await bot.harness.press(ND, "private", "Xác nhận"))).toContain(
      "Đã nhận báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk (lần 1)",
    );

    expect(await storedValues(bot)).toEqual({ HV_MOI: "5318", HV_GIAM: "6027", GT_DANG: null, KN_DANG: "357" });
    const texts = await bot.database.prisma.submissionText.findMany();
    expect(texts.find((text) => text.section === "next_tasks")?.body).toBe(
      "1. Tổ chức Đại hội Hội Nông dân các cấp.\n2. Phát triển 3.000 hội viên mới.",
    );
    expect(await bot.database.prisma.submissionVersion.findFirstOrThrow()).toMatchObject({
      sourceKind: "document",
      sourceFileName: FILE_NAME,
    });
    expect(await trace(bot.harness)).toContain(`Số liệu do bot đọc từ tệp báo cáo “${FILE_NAME}” (đọc lúc 10/12/2023`);
  });

  it("the secretariat sends an organisation's Word report for it: entered on behalf, from the file", async () => {
    expect(textOf(await bot.harness.say(ADMIN, "private", "/nop hoi nong dan"))).toContain("Thư ký nhập hộ báo cáo quý IV/2023");
    await bot.harness.sendDocument(ADMIN, { fileName: FILE_NAME, bytes: await reportDocx(REPORT) });
    const card = await bot.harness.press(ADMIN, "private", "Xem tất cả");
    expect(seenOf(card)).toContain("4. Đảng viên mới được kết nạp: 2 số đề xuất, chưa chọn");
    await bot.harness.press(ADMIN, "private", "Đúng cả");
    // The figure with two candidates is chosen, from the card's edit menu.
    await bot.harness.press(ADMIN, "private", "Sửa");
    expect(seenOf(await bot.harness.press(ADMIN, "private", "4. Đảng viên"))).toContain("Báo cáo có 2 số");
    await bot.harness.press(ADMIN, "private", "1. 357");
    const receipt = textOf(await bot.harness.press(ADMIN, "private", "Xác nhận"));
    expect(receipt).toContain("Đã nhận báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk (lần 1)");
    expect(receipt).toContain("Thư ký nhập hộ");
    expect(await storedValues(bot)).toEqual({ HV_MOI: "3000", HV_GIAM: "6027", GT_DANG: "963", KN_DANG: "357" });
    expect(await bot.database.prisma.submissionVersion.findFirstOrThrow()).toMatchObject({ enteredOnBehalf: true, sourceKind: "document" });
    const shown = await trace(bot.harness);
    expect(shown).toContain("do thư ký nhập hộ (9001) xác nhận");
    expect(shown).toContain(`từ tệp báo cáo “${FILE_NAME}”`);
  });

  it("pasted text at a figure question is read as the report; a short answer stays an answer", async () => {
    await bot.harness.say(ND, "private", "/nop");
    expect(seenOf(await bot.harness.say(ND, "private", "5.318"))).toContain("Đã lưu 1/8");
    const read = seenOf(await bot.harness.say(ND, "private", REPORT));
    expect(read).toContain("Đã đọc nội dung báo cáo anh/chị dán vào: tìm thấy số liệu cho 4/4 chỉ tiêu");
    expect(read).toContain("Trong báo cáo: 3.000 người");
    await bot.harness.press(ND, "private", "Xem tất cả");
    await bot.harness.press(ND, "private", "Đúng cả");
    await bot.harness.press(ND, "private", "Sửa");
    await bot.harness.press(ND, "private", "4. Đảng viên");
    await bot.harness.press(ND, "private", "1. 357");
    await bot.harness.press(ND, "private", "Xác nhận");
    expect(await bot.database.prisma.submissionVersion.findFirstOrThrow()).toMatchObject({ sourceKind: "pasted", sourceFileName: null });
    expect(await trace(bot.harness)).toContain("Số liệu do bot đọc từ nội dung báo cáo được dán vào");
  });
});

describe("a long report pasted as several messages in a row", () => {
  const bot = scenarioBot("pglite", scenario, NOW, ADMIN.id);

  it("reads the messages sent within seconds of each other as one report; a quick short answer stays an answer", async () => {
    const lines = REPORT.split("\n");
    const [first, second] = [lines.slice(0, 8).join("\n"), lines.slice(8).join("\n")];
    await bot.harness.say(ND, "private", "/nop");
    expect(seenOf(await bot.harness.say(ND, "private", first))).toContain("tìm thấy số liệu cho 3/4 chỉ tiêu và 2/4 phần nội dung");
    const joined = seenOf(await bot.harness.say(ND, "private", second, { secondsAfter: 1 }));
    expect(joined).toContain("Đã nối tin nhắn này vào phần báo cáo vừa dán: nay tìm thấy số liệu cho 4/4 chỉ tiêu và 4/4 phần nội dung");
    expect(seenOf(await bot.harness.say(ND, "private", "5.318", { secondsAfter: 5 }))).toContain(
      "Đã lưu 1/8 Đoàn viên, hội viên mới: 5.318",
    );
    const draft = await bot.database.prisma.submissionDraft.findFirstOrThrow();
    expect(draft.answers).toMatchObject({
      source: { kind: "pasted" },
      proposed: { texts: { next_tasks: { heading: "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I/2024" } } },
    });
  });
});

describe("report files the bot refuses: a clear reply, nothing stored, the question unchanged", () => {
  const bot = scenarioBot("pglite", scenario, NOW, ADMIN.id);

  it("refuses a .pdf, a .doc, an oversize file (not downloaded), a broken .docx and a photo", async () => {
    await bot.harness.say(ND, "private", "/nop");
    const state = async () => (await bot.database.prisma.conversationState.findUniqueOrThrow({ where: { key: `submit:${ND.id}` } })).value;
    const before = await state();
    const pdf = seenOf(await bot.harness.sendDocument(ND, { fileName: "bao cao.pdf", bytes: new TextEncoder().encode("%PDF-1.7") }));
    expect(pdf).toContain("Bot chưa đọc được tệp PDF “bao cao.pdf”. Anh/chị gửi bản Word (.docx)");
    const doc = seenOf(await bot.harness.sendDocument(ND, { fileName: "bao cao.doc", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }));
    expect(doc).toContain("Word đời cũ (.doc)");
    const big = seenOf(await bot.harness.sendDocument(ND, { fileName: "bao cao.docx", bytes: new Uint8Array(6 * 1024 * 1024) }));
    expect(big).toContain("Tệp “bao cao.docx” nặng 6 MB, quá giới hạn 5 MB bot nhận");
    expect(bot.harness.downloads).toEqual([]);
    const broken = seenOf(await bot.harness.sendDocument(ND, { fileName: "bao cao.docx", bytes: new TextEncoder().encode("not a zip") }));
    expect(broken).toContain("Bot không mở được “bao cao.docx” như một tệp Word (.docx)");
    expect(seenOf(await bot.harness.sendPhoto(ND))).toContain("Bot chưa đọc được báo cáo chụp ảnh");
    expect(await state()).toBe(before);
    expect(await bot.database.prisma.submissionVersion.count()).toBe(0);
    expect(await bot.database.prisma.submissionDraft.count()).toBe(0);
    // The question on screen is still the first figure's, and takes its answer.
    expect(seenOf(await bot.harness.say(ND, "private", "5.318"))).toContain("Đã lưu 1/8 Đoàn viên, hội viên mới: 5.318 người");
  });

  it("a Word file sent with no submission open says to open one first", async () => {
    const replies = await bot.harness.sendDocument(ND, { fileName: FILE_NAME, bytes: await reportDocx(REPORT) });
    expect(seenOf(replies)).toContain("gõ /nop, rồi gửi tệp Word (.docx)");
    expect(bot.harness.downloads).toEqual([]);
  });
});
