import { describe, expect, it } from "vitest";
import { applyCatalogs } from "../../src/app/catalog-service.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { parsePeriodKey } from "../../src/domain/periods/period.js";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { join } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, type Reply, textOf } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { submitReport } from "../support/submit-flow.js";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };
const repOf = (org: string) => ({ id: scenario.people.find((person) => person.org === org)?.id ?? 0 });

/** What the submission of one organisation holds: its current version and its stored figures. */
async function stored(database: TestDatabase, org: string) {
  const submission = await database.prisma.submission.findFirst({
    where: { organisation: { code: org } },
    include: { versions: { orderBy: { version: "desc" }, take: 1, include: { values: { include: { indicator: true } } } } },
  });
  return {
    version: submission?.currentVersion ?? 0,
    codes: (submission?.versions[0]?.values ?? []).map((row) => row.indicator.code).sort(),
  };
}

/** A text section as long as the bot takes (3000 characters), ending in a mark to find it by. */
const longText = (mark: string) => `${"Tổ chức sinh hoạt chuyên đề & tọa đàm <đợt 1>. ".repeat(70).slice(0, 2990)} [${mark}]`;

/** The messages Telegram would refuse (over 4096 characters). */
const overLimit = (replies: Reply[]) => replies.filter((reply) => reply.text.length > 4096);

/** The catalog changes so that `org` is no longer asked `code`, as a new CATALOG_FILE would. */
async function stopAsking(harness: BotHarness, org: string, code: string): Promise<void> {
  const document = scenarioDocument(scenario) as { catalog: { indicators: { code: string; orgs: string[] }[] } };
  for (const indicator of document.catalog.indicators) {
    if (indicator.code === code) indicator.orgs = indicator.orgs.filter((item) => item !== org);
  }
  await applyCatalogs(harness.services.catalog, parseCatalog(document), NOW);
}

describe.each(DATABASE_KINDS)("the guided submission when things go wrong [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW, ADMIN.id);

  it("refuses to store a report confirmed after the quarter was locked, and keeps the draft", async () => {
    const rep = repOf("ND");
    await bot.harness.say(rep, "private", "/nop");
    for (const answer of ["6.541", "7.289", "1.105", "448", "không", "không", "không", "không"])
      await bot.harness.say(rep, "private", answer);
    await bot.harness.say(ADMIN, "private", "/khoa quý IV/2023");
    expect(textOf(await bot.harness.press(ADMIN, "private", "Khóa quý IV/2023"))).toContain("Đã khóa báo cáo quý IV/2023");
    const replies = await bot.harness.press(rep, "private", "Xác nhận");
    expect(textOf(replies)).toContain("Báo cáo quý IV/2023 đã được khóa");
    expect(textOf(replies)).not.toContain("Đã nhận");
    expect(replies.some((reply) => reply.chatId === GROUP_CHAT_ID)).toBe(false);
    expect(await stored(bot.database, "ND")).toEqual({ version: 0, codes: [] });
    expect(await bot.database.prisma.auditEvent.count({ where: { action: "submit" } })).toBe(0);
    expect(await bot.database.prisma.submissionDraft.count()).toBe(1);
  });

  it("a lock and a confirm at the same moment on two instances: stored before the lock, or refused after it", async () => {
    const rep = repOf("ND");
    await bot.harness.say(rep, "private", "/nop");
    for (const answer of ["6.541", "7.289", "1.105", "448", "không", "không", "không", "không"])
      await bot.harness.say(rep, "private", answer);
    const other = new BotHarness(bot.database, { now: () => NOW });
    await other.say(ADMIN, "private", "/khoa quý IV/2023");
    const confirm = bot.harness.buttonPress(rep, "private", "Xác nhận");
    const lock = other.buttonPress(ADMIN, "private", "Khóa quý IV/2023");
    const [confirmed, locked] = await Promise.all([bot.harness.deliver(confirm), other.deliver(lock)]);
    expect(textOf(locked)).toContain("Đã khóa báo cáo quý IV/2023");
    const version = (await stored(bot.database, "ND")).version;
    expect(textOf(confirmed)).toContain(version === 1 ? "Đã nhận báo cáo quý IV/2023" : "Báo cáo quý IV/2023 đã được khóa");
    expect(textOf(confirmed)).not.toContain("Xin lỗi, đã có lỗi");
    expect(bot.harness.answered(confirm.callback_query.id)).toBe(true);
  });

  it("stores a report confirmed after the deadline passed while the card was open, marked late", async () => {
    const bloc = (await bot.harness.services.catalog.blocs())[0];
    const quarter = parsePeriodKey("2023-Q4");
    if (!bloc || quarter?.kind !== "quarter") throw new Error("the scenario's bloc and quarter");
    const deadline = await bot.harness.services.reports.deadline(bloc, quarter);
    let now = new Date(deadline.getTime() - 60 * 60 * 1000);
    const clocked = new BotHarness(bot.database, { now: () => now });
    const rep = repOf("ND");
    await clocked.say(rep, "private", "/nop");
    for (const answer of ["6.541", "7.289", "1.105", "448", "không", "không", "không", "không"]) await clocked.say(rep, "private", answer);
    now = new Date(deadline.getTime() + 60 * 1000);
    const replies = await clocked.press(rep, "private", "Xác nhận");
    expect(textOf(replies)).toContain("Đã nhận báo cáo quý IV/2023");
    expect(textOf(replies)).toContain("Báo cáo được ghi nhận là nộp muộn.");
    expect(clocked.lastPressAnswered()).toBe(true);
    expect((await stored(bot.database, "ND")).version).toBe(1);
    expect(await bot.database.prisma.submissionVersion.count({ where: { late: true } })).toBe(1);
    expect(await bot.database.prisma.submissionDraft.count()).toBe(0);
  });

  it("submits a draft begun before an indicator was dropped from the catalog, without that indicator", async () => {
    const rep = repOf("PN");
    await bot.harness.say(rep, "private", "/nop");
    expect(textOf(await bot.harness.say(rep, "private", "10212"))).toMatch(/✔ Đã lưu \d+\/\d+ [^:\n]+: 10.212/);
    await bot.harness.say(rep, "private", "/huy");
    await stopAsking(bot.harness, "PN", "HV_MOI");
    // The one answer given was for the indicator no longer asked: nothing of the draft is left to continue.
    expect(textOf(await bot.harness.say(rep, "private", "/nop"))).toContain("(0 mục đã nhập");
    await bot.harness.press(rep, "private", "Tiếp tục");
    let card = "";
    for (const answer of ["0", "1290", "511", "không", "không", "không", "không"])
      card = textOf(await bot.harness.say(rep, "private", answer));
    expect(card).not.toContain("Đoàn viên, hội viên mới");
    const receipt = textOf(await bot.harness.press(rep, "private", "Xác nhận"));
    expect(receipt).toContain("Đã nhận báo cáo quý IV/2023");
    expect(receipt).not.toContain("lỗi");
    expect(await stored(bot.database, "PN")).toEqual({ version: 1, codes: ["GT_DANG", "HV_GIAM", "KN_DANG"] });
  });

  it("corrects a report stored before an indicator was dropped, without that indicator", async () => {
    const rep = repOf("PN");
    await bot.harness.say(rep, "private", "/nop");
    for (const answer of ["10212", "0", "1290", "511", "không", "không", "không", "không"]) await bot.harness.say(rep, "private", answer);
    await bot.harness.press(rep, "private", "Xác nhận");
    await stopAsking(bot.harness, "PN", "HV_MOI");
    expect(textOf(await bot.harness.say(rep, "private", "/nop"))).toContain("Đơn vị đã nộp báo cáo quý IV/2023 (lần 1");
    expect(textOf(await bot.harness.press(rep, "private", "Xác nhận"))).toContain("Đã cập nhật báo cáo quý IV/2023");
    expect(await stored(bot.database, "PN")).toEqual({ version: 2, codes: ["GT_DANG", "HV_GIAM", "KN_DANG"] });
  });

  it("splits a review card and a conflict card longer than a Telegram message, the buttons under the last part", async () => {
    const rep = repOf("ND");
    await bot.harness.say(rep, "private", "/nop");
    for (const answer of ["6.541", "7.289", "1.105", "448"]) await bot.harness.say(rep, "private", answer);
    for (const mark of ["NB-1", "HC-1", "KN-1"]) await bot.harness.say(rep, "private", longText(mark));
    const card = await bot.harness.say(rep, "private", longText("NV-1"));
    const parts = card.slice(card.findIndex((reply) => reply.text.includes("Xem lại báo cáo")));
    expect(parts.length).toBeGreaterThan(1);
    expect(overLimit(card)).toEqual([]);
    for (const mark of ["NB-1", "HC-1", "KN-1", "NV-1"]) expect(textOf(card)).toContain(`[${mark}]`);
    expect(parts.at(-1)?.buttons).toEqual(expect.arrayContaining(["✅ Xác nhận nộp", "✏️ Sửa"]));
    expect(parts.slice(0, -1).flatMap((reply) => reply.buttons)).toEqual([]);

    await join(bot.harness, ADMIN.id, { id: 9124, name: "Người thay", role: "representative", org: "ND" });
    await submitReport(bot.harness, 9124, ["6.000", "7.000", "1.000", "400"], ["NB-2", "HC-2", "KN-2", "NV-2"].map(longText));
    await join(bot.harness, ADMIN.id, { ...rep, role: "representative", org: "ND" });
    const conflict = await bot.harness.press(rep, "private", "Xác nhận");
    expect(textOf(conflict)).toContain("Người thay đã nộp báo cáo của đơn vị");
    expect(overLimit(conflict)).toEqual([]);
    for (const mark of ["NB-2", "HC-2", "KN-2", "NV-2", "NB-1", "NV-1"]) expect(textOf(conflict)).toContain(`[${mark}]`);
    expect(conflict.at(-1)?.buttons).toEqual(expect.arrayContaining(["✅ Xác nhận nộp"]));
  });

  it("shows a hedged figure in words on the question and the review card, never the internal code", async () => {
    const rep = repOf("PN");
    await bot.harness.say(rep, "private", "/nop");
    expect(textOf(await bot.harness.say(rep, "private", "khoảng 10.000"))).toMatch(/✔ Đã lưu \d+\/\d+ [^:\n]+: khoảng 10.000 người/);
    expect(textOf(await bot.harness.say(rep, "private", "quay lại"))).toContain("Đang lưu: khoảng 10.000 người");
    let card = "";
    for (const answer of ["10.000", "0", "1290", "511", "không", "không", "không", "không"])
      card = textOf(await bot.harness.say(rep, "private", answer));
    expect(card).toContain("Đoàn viên, hội viên mới: <b>10.000 người</b>");
    await bot.harness.press(rep, "private", "Sửa");
    await bot.harness.press(rep, "private", "1. Đoàn viên");
    card = textOf(await bot.harness.say(rep, "private", "hơn 10 nghìn"));
    expect(card).toContain("Đoàn viên, hội viên mới: <b>hơn 10.000 người</b>");
    expect(card).not.toMatch(/about|over/);
  });

  it("lets another feature's button pressed during /nop reach its feature, and keeps the question open", async () => {
    await submitReport(bot.harness, repOf("CCB").id, ["1.102", "96", "318", "121"]);
    const rep = repOf("PN");
    await bot.harness.say(rep, "private", "kết quả quý IV/2023");
    await bot.harness.say(rep, "private", "/nop");
    const trace = textOf(await bot.harness.press(rep, "private", "Nguồn số liệu"));
    expect(trace).toContain("Hội Cựu chiến binh tỉnh Đắk Lắk, quý IV/2023</b>\nLần nộp 1");
    expect(trace).not.toContain("câu hỏi trước");
    expect(textOf(await bot.harness.say(rep, "private", "10212"))).toMatch(/✔ Đã lưu \d+\/\d+ [^:\n]+: 10.212 người/);
  });

  it("after days of silence, says the session ended instead of taking the late answer, and /nop offers the draft", async () => {
    let now = NOW;
    const clocked = new BotHarness(bot.database, { now: () => now });
    const rep = repOf("PN");
    await clocked.say(rep, "private", "/nop");
    await clocked.say(rep, "private", "10212");
    now = new Date(NOW.getTime() + 4 * 24 * 60 * 60 * 1000); // past the 3-day idle limit
    const late = textOf(await clocked.say(rep, "private", "0"));
    expect(late).toContain("Phiên nộp báo cáo đã kết thúc");
    expect(late).toContain("gõ /nop để tiếp tục");
    expect(late).not.toContain("Đã lưu");
    expect(late).not.toContain("chưa hiểu câu hỏi");
    const draft = await bot.database.prisma.submissionDraft.findFirstOrThrow();
    expect(Object.keys((draft.answers as { values: object }).values)).toEqual(["HV_MOI"]);
    expect(textOf(await clocked.say(rep, "private", "/nop"))).toContain("bản nháp báo cáo quý IV/2023 (1 mục đã nhập");
    expect(textOf(await clocked.press(rep, "private", "Tiếp tục"))).toContain("Đoàn viên, hội viên giảm");
  });

  it("after days of silence, passes a late /nop straight on to a new session", async () => {
    let now = NOW;
    const clocked = new BotHarness(bot.database, { now: () => now });
    const rep = repOf("PN");
    await clocked.say(rep, "private", "/nop");
    await clocked.say(rep, "private", "10212");
    now = new Date(NOW.getTime() + 4 * 24 * 60 * 60 * 1000);
    const again = textOf(await clocked.say(rep, "private", "/nop"));
    expect(again).not.toContain("Phiên nộp báo cáo đã kết thúc");
    expect(again).toContain("bản nháp báo cáo quý IV/2023 (1 mục đã nhập");
  });

  it("asks again when text is typed at the quarter picker, and goes on with the quarter pressed", async () => {
    // Two quarters are open at once only when a deadline falls after the next quarter opens:
    // a stored schedule with a deadline 70 days into the next month (10 March) does that.
    await bot.database.prisma.bloc.updateMany({ data: { schedule: { opensOnDayOfLastMonth: 1, deadlineDayOfNextMonth: 70 } } });
    const march = new BotHarness(bot.database, { now: () => new Date("2024-03-05T03:00:00Z") });
    const rep = repOf("PN");
    const picker = await march.say(rep, "private", "/nop");
    expect(textOf(picker)).toContain("nộp cho quý nào");
    expect(picker.flatMap((reply) => reply.buttons)).toEqual(["quý IV/2023", "quý I/2024"]);
    const again = await march.say(rep, "private", "quý 4");
    expect(textOf(again)).toContain("Xin bấm một nút bên dưới để chọn quý");
    expect(textOf(again)).not.toContain("Đã dừng");
    expect(again.flatMap((reply) => reply.buttons)).toEqual(["quý IV/2023", "quý I/2024"]);
    expect(textOf(await march.press(rep, "private", "quý IV/2023"))).toContain("Báo cáo quý IV/2023 của Hội Liên hiệp Phụ nữ tỉnh");
  });

  it("shows when a draft was saved by the bot's clock", async () => {
    const rep = repOf("DOAN");
    await bot.harness.say(rep, "private", "/nop");
    await bot.harness.say(rep, "private", "18.406");
    await bot.harness.say(rep, "private", "/huy");
    expect(textOf(await bot.harness.say(rep, "private", "/nop"))).toContain("(1 mục đã nhập, lưu lúc 10/12/2023 10:00)");
    expect((await bot.database.prisma.submissionDraft.findFirstOrThrow()).updatedAt).toEqual(NOW);
  });
});
