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
/** A report of the corpus (test/fixtures/reports), sent as a Word file. */
const REPORT = fixtureReport("reports/dak-lak-q4-2023-nd.txt");
/** A report written for these tests, pasted: two figures in one sentence, a plan's figure beside the quarter's. */
const PASTED = fixtureReport("report-flow/nong-dan-q4-2023.txt");
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
    expect(seen).toContain(`Đã đọc tệp “${FILE_NAME}”: tìm thấy số liệu cho 4/4 chỉ tiêu và 3/4 phần nội dung`);
    expect(seen).toContain("Chưa có gì được lưu");
    expect(seen).toContain("1/8. Đoàn viên, hội viên mới (đơn vị: người)");
    expect(seen).toContain("Trong báo cáo: 5.318 người\n“Trong quý, toàn tỉnh kết nạp mới 5.318 hội viên, đạt 88,6% kế hoạch năm;");
    expect(read.at(-1)?.buttons).toEqual(["Đúng", "Sửa", "Bỏ qua", "📋 Xem tất cả trên phiếu"]);
    expect(await bot.database.prisma.submissionVersion.count()).toBe(0);
    const draft = await bot.database.prisma.submissionDraft.findFirstOrThrow();
    expect(draft.answers).toMatchObject({
      values: {},
      proposed: { figures: { HV_MOI: [{ value: "5318" }] } },
      source: { kind: "document" },
    });

    const first = seenOf(await bot.harness.press(ND, "private", "Đúng"));
    expect(first).toContain("Đã lưu 1/8 Đoàn viên, hội viên mới: 5.318 người");
    expect(first).toContain("Trong báo cáo: 6.027 người");
    const next = await bot.harness.press(ND, "private", "Đúng");
    expect(seenOf(next)).toContain("Đã lưu 2/8 Đoàn viên, hội viên giảm: 6.027 người");
    expect(seenOf(next)).toContain("Trong báo cáo: 963 người");
    expect(next.at(-1)?.buttons).toEqual(["Đúng", "Sửa", "Bỏ qua", "📋 Xem tất cả trên phiếu"]);
    expect(seenOf(await bot.harness.press(ND, "private", "Sửa"))).toContain("gõ số đúng của Quần chúng ưu tú giới thiệu cho Đảng");
    const corrected = seenOf(await bot.harness.say(ND, "private", "965"));
    expect(corrected).toContain("Đã lưu 3/8 Quần chúng ưu tú giới thiệu cho Đảng: 965 người");
    expect(corrected).toContain("Trong báo cáo: 357 người");
    expect(seenOf(await bot.harness.press(ND, "private", "Bỏ qua"))).toContain("5/8. Kết quả nổi bật");

    const card = await bot.harness.press(ND, "private", "Xem tất cả");
    const body = seenOf(card);
    expect(body).toContain("4. Đảng viên mới được kết nạp: chưa có số liệu");
    expect(body).toContain("(chưa xác nhận, 📄 mục “2. Hạn chế, tồn tại”) a) Hội viên giảm do chuyển sang làm công nhân");
    expect(body).toContain("Các mục 📄 bot đọc từ báo cáo chưa được lưu");
    expect(card.at(-1)?.buttons).toEqual(["✅ Đúng cả 3 đề xuất", "✏️ Sửa", "✖ Hủy"]);
    // Not stored unseen: the card takes no confirmation while proposals are unconfirmed.
    expect(seenOf(await bot.harness.say(ND, "private", "xác nhận"))).toContain("Còn 3 mục bot đọc từ báo cáo chưa được xác nhận");
    expect(await bot.database.prisma.submissionVersion.count()).toBe(0);
    const taken = await bot.harness.press(ND, "private", "Đúng cả");
    expect(seenOf(taken)).toContain("Đã nhận 3 mục bot đọc từ báo cáo");
    expect(taken.at(-1)?.buttons[0]).toBe("✅ Xác nhận nộp");
    expect(textOf(await bot.harness.press(ND, "private", "Xác nhận"))).toContain(
      "Đã nhận báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk (lần 1)",
    );

    expect(await storedValues(bot)).toEqual({ HV_MOI: "5318", HV_GIAM: "6027", GT_DANG: "965", KN_DANG: null });
    const texts = await bot.database.prisma.submissionText.findMany();
    expect(texts.find((text) => text.section === "next_tasks")?.body).toContain("3. Vận động hội viên chăm lo Tết cho hộ nông dân nghèo.");
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
    expect(seenOf(card)).toContain("4. Đảng viên mới được kết nạp: 357 người (chưa xác nhận, 📄 “Các cơ sở Hội đã giới thiệu 963 hội viên");
    await bot.harness.press(ADMIN, "private", "Đúng cả 7");
    const receipt = textOf(await bot.harness.press(ADMIN, "private", "Xác nhận"));
    expect(receipt).toContain("Đã nhận báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk (lần 1)");
    expect(receipt).toContain("Thư ký nhập hộ");
    expect(await storedValues(bot)).toEqual({ HV_MOI: "5318", HV_GIAM: "6027", GT_DANG: "963", KN_DANG: "357" });
    expect(await bot.database.prisma.submissionVersion.findFirstOrThrow()).toMatchObject({ enteredOnBehalf: true, sourceKind: "document" });
    const shown = await trace(bot.harness);
    expect(shown).toContain("do thư ký nhập hộ (9001) xác nhận");
    expect(shown).toContain(`từ tệp báo cáo “${FILE_NAME}”`);
  });

  it("pasted text at a figure question is read as the report; two candidates are chosen between, never silently", async () => {
    await bot.harness.say(ND, "private", "/nop");
    expect(seenOf(await bot.harness.say(ND, "private", "5.318"))).toContain("Đã lưu 1/8");
    const read = seenOf(await bot.harness.say(ND, "private", PASTED));
    expect(read).toContain("Đã đọc nội dung báo cáo anh/chị dán vào: tìm thấy số liệu cho 4/4 chỉ tiêu");
    const card = seenOf(await bot.harness.press(ND, "private", "Xem tất cả"));
    expect(card).toContain("4. Đảng viên mới được kết nạp: 2 số đề xuất, chưa chọn");
    await bot.harness.press(ND, "private", "Đúng cả");
    await bot.harness.press(ND, "private", "Sửa");
    const several = await bot.harness.press(ND, "private", "4. Đảng viên");
    expect(seenOf(several)).toContain("Báo cáo có 2 số có thể là chỉ tiêu này; chọn số đúng:");
    expect(seenOf(several)).toContain("“Các chi bộ cơ sở tổ chức lễ kết nạp cho 38 đảng viên mới là hội viên nông dân.”");
    expect(several.at(-1)?.buttons).toContain("Nhập số khác");
    await bot.harness.press(ND, "private", "357 người");
    await bot.harness.press(ND, "private", "Xác nhận");
    expect(await storedValues(bot)).toMatchObject({ HV_MOI: "5318", KN_DANG: "357" });
    expect(await bot.database.prisma.submissionVersion.findFirstOrThrow()).toMatchObject({ sourceKind: "pasted", sourceFileName: null });
    expect(await trace(bot.harness)).toContain("Số liệu do bot đọc từ nội dung báo cáo được dán vào");
  });
});

describe("a long report pasted as several messages in a row", () => {
  const bot = scenarioBot("pglite", scenario, NOW, ADMIN.id);

  it("reads the messages sent within seconds of each other as one report; a quick short answer stays an answer", async () => {
    const lines = PASTED.split("\n");
    const [first, second] = [lines.slice(0, 8).join("\n"), lines.slice(8).join("\n")];
    await bot.harness.say(ND, "private", "/nop");
    expect(seenOf(await bot.harness.say(ND, "private", first))).toContain("Đã đọc nội dung báo cáo anh/chị dán vào");
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
    // Sent without its size and over the 20 MB Telegram gives bots: getFile refuses it.
    const huge = { fileName: "bao cao.docx", bytes: new Uint8Array(21 * 1024 * 1024), sizeUnsaid: true };
    expect(seenOf(await bot.harness.sendDocument(ND, huge))).toContain("Tệp “bao cao.docx” quá giới hạn 5 MB bot nhận");
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

  it("a Word file sent with no submission open opens one, as /nop, and is read at its first question", async () => {
    const replies = seenOf(await bot.harness.sendDocument(ND, { fileName: FILE_NAME, bytes: await reportDocx(REPORT) }));
    expect(replies).toContain("Báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk: 4 chỉ tiêu");
    expect(replies).toContain(`Đã đọc tệp “${FILE_NAME}”`);
    expect(bot.harness.downloads).toHaveLength(1);
    expect(await bot.database.prisma.submissionVersion.count()).toBe(0);
  });

  it("a Word file from someone not registered is refused as their /nop would be, and not downloaded", async () => {
    const replies = seenOf(await bot.harness.sendDocument({ id: 4242 }, { fileName: FILE_NAME, bytes: await reportDocx(REPORT) }));
    expect(replies).toContain("chưa được đăng ký với khối nên chưa dùng được lệnh /nop");
    expect(bot.harness.downloads).toEqual([]);
  });
});
