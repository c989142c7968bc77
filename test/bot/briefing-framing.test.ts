import JSZip from "jszip";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyCatalogs } from "../../src/app/catalog-service.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { freshScenarioBot } from "../support/bloc-setup.js";
import { type BotHarness, GROUP_CHAT_ID, type Reply, seenOf } from "../support/bot-harness.js";
import { scenarioRepresentative, submitScenarioFigures } from "../support/submit-flow.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

/**
 * The briefing's framing, edited at the preview of /baocao before it is posted: the meeting
 * (from /lichhop, else typed there), the secretariat's assessment, the attendees, and after the
 * meeting the chair's conclusions (/ketluan), which make the final version; every version posted
 * is kept and listed.
 */
const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };
const CHAIR = { id: 9002 };
const repOf = (org: string) => scenarioRepresentative(scenario, org);
/** The fixed opening sentence the assessment replaces. */
const FIXED_OPENING = "đã triển khai thực hiện các nhiệm vụ công tác theo chương trình";
const CONCLUSIONS = [
  "Một là, đẩy mạnh tuyên truyền Nghị quyết Đại hội. Hai là, nâng cao chất lượng giám sát & phản biện xã hội.",
  "Hội Nông dân: tập trung xây dựng đề án 3 khâu đột phá.",
].join("\n");

/** `org`'s representative submits its figures ("không" for the texts) and confirms. */
const submit = (harness: BotHarness, org: string) => submitScenarioFigures(harness, scenario, org);

/** The text of the Word file sent among the replies, its tags taken out. */
async function wordText(replies: Reply[]): Promise<string> {
  const word = replies.find((reply) => reply.method === "sendDocument");
  const zip = await JSZip.loadAsync(word?.file?.bytes ?? new Uint8Array());
  return ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "");
}

/** What the group received. */
const inGroup = (replies: Reply[]) => seenOf(replies.filter((reply) => reply.chatId === GROUP_CHAT_ID));

describe.each(DATABASE_KINDS)("the briefing's framing, edited before posting [%s]", (kind) => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    harness = await freshScenarioBot(database, scenario, NOW, ADMIN.id);
    await submit(harness, "ND");
  });

  it("shows the meeting set with /lichhop, and the attendees typed at the preview", async () => {
    await harness.say(ADMIN, "private", "/lichhop 20/12 8h30 tại Hội trường Tỉnh ủy chủ trì: đồng chí Phó Bí thư Thường trực");
    const preview = await harness.say(ADMIN, "private", "/baocao");
    // The meeting opens the briefing as the published reports do.
    expect(seenOf(preview)).toContain(
      "Ngày 20/12/2023, tại Hội trường Tỉnh ủy, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban Khối Mặt trận Tổ quốc",
    );
    expect(seenOf(preview)).toContain("Đồng chí Phó Bí thư Thường trực chủ trì Hội nghị.");
    expect(seenOf(preview)).not.toContain("Chưa có lịch họp");
    // The calendar has the meeting: no button to type one.
    expect(preview.at(-1)?.buttons).toEqual([
      "✍️ Đánh giá chung",
      "👥 Thành phần dự",
      "📝 Kết luận",
      "📤 Đăng lên nhóm",
      "📄 Word",
      "📊 Excel",
      "📈 Biểu đồ",
    ]);

    expect(seenOf(await harness.press(ADMIN, "private", "Thành phần dự"))).toContain("Xin gõ thành phần dự hội nghị");
    const edited = seenOf(await harness.say(ADMIN, "private", "đại diện lãnh đạo Ban Dân vận Tỉnh ủy, lãnh đạo các đoàn thể tỉnh"));
    expect(edited).toContain("Đã lưu thành phần dự");
    expect(edited).toContain("Đồng chí Phó Bí thư Thường trực chủ trì Hội nghị");
    expect(edited).toContain("đại diện lãnh đạo Ban Dân vận Tỉnh ủy, lãnh đạo các đoàn thể tỉnh");
  });

  it("names the catalog's convener in the meeting sentence, in the chat and the Word file, and not once the file drops it", async () => {
    await harness.say(ADMIN, "private", "/lichhop 20/12 8h30 tại Hội trường Tỉnh ủy chủ trì: đồng chí Phó Bí thư Thường trực");
    const convened =
      "Ngày 20/12/2023, tại Hội trường Tỉnh ủy, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Đắk Lắk để đánh giá tình hình thực hiện nhiệm vụ công tác quý IV/2023.";
    expect(seenOf(await harness.say(ADMIN, "private", "/baocao"))).toContain(convened);
    expect(await wordText(await harness.press(ADMIN, "private", "Word"))).toContain(convened);

    // The file applied again without `convener` (as at a restart): the sentence reads as before.
    const document = scenarioDocument(scenario) as Record<string, unknown>;
    delete document.convener;
    await applyCatalogs(harness.services.catalog, parseCatalog(document), NOW);
    const unnamed = seenOf(await harness.say(ADMIN, "private", "/baocao"));
    expect(unnamed).toContain(
      "Ngày 20/12/2023, tại Hội trường Tỉnh ủy, Hội nghị giao ban Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Đắk Lắk được tổ chức để đánh giá",
    );
    expect(unnamed).not.toContain("Thường trực Tỉnh ủy tổ chức");
    expect(harness.refusals).toEqual([]);
  });

  it("asks for the meeting when the calendar has none, refuses a text without a date, and stores it apart from the calendar", async () => {
    const preview = await harness.say(ADMIN, "private", "/baocao");
    expect(seenOf(preview)).toContain("Chưa có lịch họp giao ban của kỳ này");
    expect(preview.at(-1)?.buttons).toContain("🗓 Ngày họp, chủ trì");

    expect(seenOf(await harness.press(ADMIN, "private", "Ngày họp"))).toContain("Xin gõ ngày họp giao ban quý IV/2023");
    const refused = seenOf(await harness.say(ADMIN, "private", "tuần sau"));
    expect(refused).toContain("Chưa đọc được ngày họp");
    expect(refused).toContain("Xin gõ ngày họp giao ban quý IV/2023");
    expect(await database.prisma.briefingFraming.count()).toBe(0);

    const edited = seenOf(
      await harness.say(ADMIN, "private", "18/12 14h tại Hội trường A chủ trì: đồng chí Rah Lan Chung - Phó Bí thư Tỉnh ủy"),
    );
    expect(edited).toContain("Đã lưu ngày họp");
    expect(edited).toContain("Ngày 18/12/2023, tại Hội trường A, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban");
    expect(edited).toContain("Đồng chí Rah Lan Chung - Phó Bí thư Tỉnh ủy chủ trì Hội nghị.");
    expect(edited).not.toContain("Chưa có lịch họp");
    // The briefing's meeting does not move the quarter's deadline: the calendar is unchanged.
    expect(await database.prisma.meeting.count()).toBe(0);
  });

  it("puts the assessment typed at the preview in place of the fixed opening, and takes it back on “không”", async () => {
    expect(seenOf(await harness.say(ADMIN, "private", "/baocao"))).toContain(FIXED_OPENING);
    expect(seenOf(await harness.press(ADMIN, "private", "Đánh giá chung"))).toContain("Xin gõ đánh giá chung");
    const assessment = "Quý IV/2023, Mặt trận & các đoàn thể đã bám sát nhiệm vụ chính trị <của tỉnh>.";
    const edited = await harness.say(ADMIN, "private", assessment);
    expect(seenOf(edited)).toContain("Đã lưu đánh giá chung");
    expect(seenOf(edited)).toContain(assessment);
    expect(seenOf(edited)).not.toContain(FIXED_OPENING);
    expect(harness.refusals).toEqual([]);

    // Asked again, the stored text is shown; "không" clears it.
    expect(seenOf(await harness.press(ADMIN, "private", "Đánh giá chung"))).toContain(`Hiện có: ${assessment}`);
    const cleared = seenOf(await harness.say(ADMIN, "private", "không"));
    expect(cleared).toContain("Đã xóa phần này");
    expect(cleared).toContain(FIXED_OPENING);
  });

  it("takes the chair's /ketluan, then /baocao shows the conclusions and posts the final version", async () => {
    expect(seenOf(await harness.say(CHAIR, "private", "/ketluan"))).toContain("Xin gõ kết luận của đồng chí chủ trì quý IV/2023");
    const entered = seenOf(await harness.say(CHAIR, "private", CONCLUSIONS));
    expect(entered).toContain("Đã lưu kết luận của đồng chí chủ trì");
    expect(entered).toContain("Thông báo kết luận hội nghị giao ban");

    const preview = seenOf(await harness.say(ADMIN, "private", "/baocao"));
    expect(preview).toContain("Kết luận Hội nghị, đồng chí chủ trì Hội nghị đề nghị");
    expect(preview).toContain("\nMột là, đẩy mạnh tuyên truyền Nghị quyết Đại hội.\n");
    expect(preview).toContain("Hai là, nâng cao chất lượng giám sát & phản biện xã hội.");
    expect(preview).toContain("Đối với từng cơ quan, đơn vị: Hội Nông dân tỉnh Đắk Lắk tập trung xây dựng đề án 3 khâu đột phá.");
    expect(preview).toContain("Đã có kết luận của đồng chí chủ trì (do Trưởng Ban Dân vận Tỉnh ủy nhập): bản đăng lên nhóm là bản cuối");

    const posted = inGroup(await harness.press(ADMIN, "private", "Đăng lên nhóm"));
    expect(posted).toContain("Thông báo kết luận hội nghị giao ban");
    expect(posted).toContain("Một là, đẩy mạnh tuyên truyền Nghị quyết Đại hội.");
    const [kept] = await database.prisma.briefingPost.findMany();
    expect(kept).toMatchObject({ version: 1, final: true, periodKey: "2023-Q4" });
    expect(harness.refusals).toEqual([]);
  });

  it("keeps every version posted, as posted, and lists them with /baocao phienban", async () => {
    expect(seenOf(await harness.say(ADMIN, "private", "/baocao phienban"))).toContain(
      "Báo cáo quý IV/2023 chưa được đăng lên nhóm lần nào.",
    );
    await harness.say(ADMIN, "private", "/baocao");
    const first = await harness.press(ADMIN, "private", "Đăng lên nhóm");
    await harness.say(ADMIN, "private", `/ketluan ${CONCLUSIONS}`);
    const preview = await harness.say(ADMIN, "private", "/baocao");
    expect(seenOf(preview)).toContain("Đã đăng lên nhóm 1 bản; xem danh sách: /baocao phienban.");
    const second = await harness.press(ADMIN, "private", "Đăng lên nhóm");

    const posts = await database.prisma.briefingPost.findMany({ orderBy: { version: "asc" }, include: { postedBy: true } });
    expect(posts.map((post) => [post.version, post.final, post.postedBy?.externalId])).toEqual([
      [1, false, String(ADMIN.id)],
      [2, true, String(ADMIN.id)],
    ]);
    // Kept as the group received it.
    const groupText = (replies: Reply[]) =>
      replies
        .filter((reply) => reply.chatId === GROUP_CHAT_ID && reply.method === "sendMessage")
        .map((reply) => reply.text)
        .join("\n\n");
    expect(posts[0]?.text).toBe(groupText(first));
    expect(posts[1]?.text).toBe(groupText(second));
    expect(posts[1]?.text).toContain("Một là, đẩy mạnh tuyên truyền");

    const listed = seenOf(await harness.say(ADMIN, "private", "/baocao phienban quý IV/2023"));
    expect(listed).toContain("Các bản báo cáo quý IV/2023 đã đăng lên nhóm:");
    expect(listed).toMatch(
      /- Bản 1: 10\/12\/2023 \d\d:\d\d, do .+ đăng\.\n- Bản 2: 10\/12\/2023 \d\d:\d\d, do .+ đăng; bản cuối, có kết luận\./,
    );
  });

  it("sends a posted version again as the group received it with /baocao phienban 2, saying why without its Word file", async () => {
    await harness.say(ADMIN, "private", "/baocao");
    const first = await harness.press(ADMIN, "private", "Đăng lên nhóm");
    await harness.say(ADMIN, "private", `/ketluan ${CONCLUSIONS}`);
    await harness.say(ADMIN, "private", "/baocao");
    const second = await harness.press(ADMIN, "private", "Đăng lên nhóm");
    const posted = (replies: Reply[]) =>
      replies.filter((reply) => reply.chatId === GROUP_CHAT_ID && reply.method === "sendMessage").map((reply) => reply.text);

    expect(seenOf(await harness.say(ADMIN, "private", "/baocao phienban"))).toContain(
      "Xem lại một bản đúng như đã đăng: /baocao phienban 2 (gõ số của bản).",
    );
    const again = await harness.say(ADMIN, "private", "/baocao phiên bản 1");
    expect(again.every((reply) => reply.chatId === ADMIN.id && reply.method === "sendMessage")).toBe(true);
    expect(seenOf(again.slice(0, 1))).toMatch(/^Bản 1 của báo cáo quý IV\/2023, đăng lên nhóm lúc 10\/12\/2023 \d\d:\d\d, do .+ đăng\./);
    // The version as the group received it, not the briefing as it reads now (with the conclusions).
    expect(again.slice(1, -1).map((reply) => reply.text)).toEqual(posted(first));
    expect(seenOf(again)).not.toContain("Một là, đẩy mạnh tuyên truyền");
    expect(seenOf(again.slice(-1))).toBe(
      "Không gửi lại được file Word của bản 1: bản lưu chỉ giữ nội dung tin nhắn, còn số liệu và kết luận có thể đã thay đổi từ khi đăng. Cần file Word theo số liệu hiện tại thì gõ /baocao rồi bấm “📄 Word”.",
    );

    const final = await harness.say(ADMIN, "private", "/baocao phienban 2 quý IV/2023");
    expect(seenOf(final.slice(0, 1))).toContain("Bản 2 của báo cáo quý IV/2023 (bản cuối, có kết luận)");
    expect(final.slice(1, -1).map((reply) => reply.text)).toEqual(posted(second));

    expect(seenOf(await harness.say(ADMIN, "private", "/baocao phienban 3"))).toBe(
      "Chưa có bản 3 của báo cáo quý IV/2023. Các bản đã đăng: 1, 2.",
    );
    // In the group a resend would read as a new post: refused, with where to ask.
    const inGroupAsked = await harness.say(ADMIN, "group", "/baocao phienban 1");
    expect(seenOf(inGroupAsked)).toContain("Xin nhắn riêng cho bot để xem lại một bản đã đăng");
    expect(inGroupAsked).toHaveLength(1);
    // Nothing was posted or counted again.
    expect(await database.prisma.briefingPost.count()).toBe(2);
    expect(harness.refusals).toEqual([]);
  });

  it("refuses /ketluan to a representative, with the reason", async () => {
    const refused = seenOf(await harness.say(repOf("ND"), "private", "/ketluan Một là, tăng cường tuyên truyền."));
    expect(refused).toMatch(/^Chỉ .+ mới dùng được lệnh \/ketluan/);
    expect(await database.prisma.briefingFraming.count()).toBe(0);
  });

  it("stores nothing when an edit is cancelled, and the next message is no longer taken for it", async () => {
    await harness.say(ADMIN, "private", "/baocao");
    await harness.press(ADMIN, "private", "Kết luận");
    expect(seenOf(await harness.say(ADMIN, "private", "/huy"))).toContain("Đã thôi, không sửa gì");
    await harness.press(ADMIN, "private", "Đánh giá chung");
    // Another command drops the question too.
    expect(seenOf(await harness.say(ADMIN, "private", "/tiendo"))).toContain("quý IV/2023");
    expect(seenOf(await harness.say(ADMIN, "private", "Hội Nông dân kết nạp bao nhiêu hội viên?"))).not.toContain("Đã lưu");
    expect(await database.prisma.briefingFraming.count()).toBe(0);
    expect(await database.prisma.auditEvent.count({ where: { action: "edit-briefing-framing" } })).toBe(0);
  });
});
