import { TZDate } from "@date-fns/tz";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyCatalogs } from "../../src/app/catalog-service.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, seenOf, textOf } from "../support/bot-harness.js";
import { submitReport } from "../support/submit-flow.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const ADMIN = { id: 9001 };
const MTTQ = { id: 9101 };
const ND = { id: 9104 };
/** A moment in Vietnam's time. */
const local = (year: number, month: number, day: number, hour = 9) =>
  new Date(new TZDate(year, month - 1, day, hour, 0, 0, "Asia/Ho_Chi_Minh").getTime());
const MTTQ_FIGURES = ["9860", "37"];
const ND_FIGURES = ["6.541", "7.289", "1.105", "448"];

describe.each(DATABASE_KINDS)("the meeting calendar, late reports and extensions [%s]", (kind) => {
  let database: TestDatabase;
  let harness: BotHarness;
  let clock: Date;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    clock = local(2023, 11, 5);
    harness = new BotHarness(database, { now: () => clock });
    await setUpBloc(harness, scenarioDocument(scenario), [ADMIN.id]);
    await harness.say(ADMIN, "group", "/nhom");
    await joinScenarioPeople(harness, scenario);
  });

  it("the secretariat sets the meeting with /lichhop; members see the window and deadline it gives", async () => {
    const set = seenOf(await harness.say(ADMIN, "private", "/lichhop 28/11 8h30 tại Hội trường A chủ trì: đồng chí Nguyễn Văn A"));
    expect(set).toContain("Đã đặt lịch họp giao ban quý IV/2023");
    expect(set).toContain("Họp giao ban: 28/11/2023 08:30, tại Hội trường A, chủ trì: đồng chí Nguyễn Văn A");
    expect(set).toContain("Nhận báo cáo từ 08/11/2023, hạn nộp: 23/11/2023 23:59");
    const shown = seenOf(await harness.say(MTTQ, "group", "/lichhop"));
    expect(shown).toContain("quý IV/2023");
    expect(shown).toContain("Họp giao ban: 28/11/2023 08:30");
    expect(shown).toContain("quý I/2024");
    expect(shown).toContain("Chưa đặt lịch họp");
    expect(seenOf(await harness.say(MTTQ, "private", "/lichhop 1/12"))).toContain("Chỉ thư ký khối đặt được lịch họp");
    expect(seenOf(await harness.say(ADMIN, "private", "/lichhop hôm nào đó"))).toContain("Chưa đọc được ngày họp");
    const meeting = await database.prisma.meeting.findFirstOrThrow();
    expect(meeting).toMatchObject({ quarterKey: "2023-Q4", reviewsKey: "2023-Q4", hasTime: true, place: "Hội trường A" });
  });

  it("Gia Lai's case: with the meeting on 28/11, on 20/11 /nop opens quarter IV and /tiendo shows it with the meeting", async () => {
    await harness.say(ADMIN, "private", "/lichhop quý 4 28/11");
    clock = local(2023, 11, 20);
    const opening = seenOf(await harness.say(MTTQ, "private", "/nop"));
    expect(opening).toContain("Báo cáo quý IV/2023 của Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk");
    expect(opening).toContain("Hạn nộp: 23/11/2023 23:59");
    expect(opening).toContain("Mỗi câu trả lời được lưu ngay");
    expect(opening).not.toContain("nộp muộn");
    await harness.say(MTTQ, "private", "/huy");
    const progress = seenOf(await harness.say(ADMIN, "group", "/tiendo"));
    expect(progress).toContain("Tiến độ nộp báo cáo quý IV/2023");
    expect(progress).toContain("Họp giao ban: 28/11/2023");
    expect(progress).toContain("Hạn nộp: 23/11/2023 (còn 3 ngày)");
    expect(progress).not.toContain("quý III");
  });

  it("takes a report after the deadline, says it is late, and marks it in /tiendo and the briefing", async () => {
    await harness.say(ADMIN, "private", "/lichhop 28/11");
    clock = local(2023, 11, 25);
    const replies = await submitReport(harness, MTTQ.id, MTTQ_FIGURES);
    const text = seenOf(replies);
    expect(text).toContain("Báo cáo này nộp muộn: hạn nộp là 23/11/2023 23:59");
    expect(text).toContain("Mỗi câu trả lời được lưu ngay");
    expect(text).toContain("Đã nhận báo cáo quý IV/2023");
    expect(text).toContain("Báo cáo được ghi nhận là nộp muộn.");
    expect(replies.some((reply) => reply.chatId === GROUP_CHAT_ID)).toBe(true);
    const progress = seenOf(await harness.say(ADMIN, "group", "/tiendo"));
    expect(progress).toMatch(/Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk: 25\/11\/2023 \d\d:\d\d \(nộp muộn\)/);
    expect(progress).toContain("đã quá hạn 2 ngày");
    expect(seenOf(await harness.say(ADMIN, "private", "/baocao"))).toContain("Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk (nộp muộn)");
    expect(await database.prisma.submissionVersion.findFirstOrThrow()).toMatchObject({ late: true });
  });

  it("extends the deadline for one organisation: its representatives are told, its report is on time, others' late", async () => {
    await harness.say(ADMIN, "private", "/lichhop 28/11");
    clock = local(2023, 11, 24);
    const replies = await harness.say(ADMIN, "private", "/giahan mat tran 26/11");
    expect(textOf(replies)).toContain("Đã gia hạn nộp báo cáo quý IV/2023 cho Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk đến 26/11/2023");
    const notice = replies.filter((reply) => reply.chatId === MTTQ.id);
    expect(notice.map((reply) => reply.seen)).toEqual([
      "📅 Thư ký khối đã gia hạn nộp báo cáo quý IV/2023 của Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk đến hết ngày 26/11/2023. Gõ /nop để nộp.",
    ]);
    expect(replies.some((reply) => reply.chatId === ND.id)).toBe(false);
    const own = seenOf(await submitReport(harness, MTTQ.id, MTTQ_FIGURES));
    expect(own).toContain("Hạn nộp: 26/11/2023 23:59");
    expect(own).not.toContain("nộp muộn");
    const other = seenOf(await harness.say(ND, "private", "/nop"));
    expect(other).toContain("Báo cáo này nộp muộn: hạn nộp là 23/11/2023 23:59");
    const progress = seenOf(await harness.say(ADMIN, "group", "/tiendo"));
    expect(progress).toContain("Gia hạn cho Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk đến 26/11/2023.");
    expect(progress).not.toContain("(nộp muộn)");
    expect(seenOf(await harness.say(ADMIN, "private", "/giahan mat tran 20/11"))).toContain("phải sau hạn nộp hiện tại");
    expect(seenOf(await harness.say(ADMIN, "private", "/giahan hội gì đó 26/11"))).toContain('Không tìm thấy đơn vị "hội gì đó"');
  });

  it("extends the deadline for all: the representatives still missing are told, and a report by then is on time", async () => {
    await harness.say(ADMIN, "private", "/lichhop 28/11");
    clock = local(2023, 11, 20);
    await submitReport(harness, MTTQ.id, MTTQ_FIGURES);
    clock = local(2023, 11, 24);
    const replies = await harness.say(ADMIN, "private", "/giahan tất cả 27/11");
    expect(textOf(replies)).toContain("Đã gia hạn nộp báo cáo quý IV/2023 cho tất cả các đơn vị đến 27/11/2023");
    const told = new Set(replies.filter((reply) => reply.seen.includes("đến hết ngày 27/11/2023")).map((reply) => reply.chatId));
    const missing = scenario.people.filter((person) => person.role === "representative" && person.id !== MTTQ.id);
    expect(told).toEqual(new Set(missing.map((person) => person.id)));
    const receipt = seenOf(await submitReport(harness, ND.id, ND_FIGURES));
    expect(receipt).toContain("Đã nhận báo cáo quý IV/2023");
    expect(receipt).not.toContain("nộp muộn");
    expect(seenOf(await harness.say(ADMIN, "group", "/lichhop"))).toContain("Gia hạn cho tất cả các đơn vị đến 27/11/2023.");
  });

  it("each representative reads the extension in their own language, whatever the secretariat's", async () => {
    await harness.say(ADMIN, "private", "/lichhop 28/11");
    await harness.say({ ...ND, language_code: "en" }, "private", "/help");
    clock = local(2023, 11, 24);
    const replies = await harness.say({ ...ADMIN, language_code: "en" }, "private", "/giahan tất cả 27/11");
    const seen = (id: number) => replies.filter((reply) => reply.chatId === id).map((reply) => reply.seen);
    expect(seen(ND.id)).toEqual([
      "📅 The secretariat extended the deadline of the Q4/2023 report of Hội Nông dân tỉnh Đắk Lắk until the end of 27/11/2023. Type /nop to submit.",
    ]);
    expect(seen(MTTQ.id)).toEqual([
      "📅 Thư ký khối đã gia hạn nộp báo cáo quý IV/2023 của Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk đến hết ngày 27/11/2023. Gõ /nop để nộp.",
    ]);
  });

  it("a quarter reopened after its deadline takes a late report once the next quarter is open", async () => {
    // No meeting: quarter IV/2023 by the quarter-relative rule (deadline 15/1), quarter I/2024 opens 1/3.
    clock = local(2024, 3, 5);
    expect(seenOf(await harness.say(ND, "private", "/nop"))).toContain("Báo cáo quý I/2024");
    await harness.say(ND, "private", "/huy");
    await harness.say(ADMIN, "private", "/khoa quý IV/2023");
    await harness.press(ADMIN, "private", "Khóa quý IV/2023");
    await harness.say(ADMIN, "private", "/khoa mở quý IV/2023");
    const choice = await harness.say(ND, "private", "/nop");
    expect(choice.flatMap((reply) => reply.buttons)).toEqual(["quý IV/2023", "quý I/2024"]);
    await harness.press(ND, "private", "quý IV/2023");
    for (const figure of ND_FIGURES) await harness.say(ND, "private", figure);
    for (const text of ["không", "không", "không", "không"]) await harness.say(ND, "private", text);
    const receipt = seenOf(await harness.press(ND, "private", "Xác nhận"));
    expect(receipt).toContain("Đã nhận báo cáo quý IV/2023");
    expect(receipt).toContain("Báo cáo được ghi nhận là nộp muộn.");
  });

  it("keeps the quarter-relative windows when no meeting is set: quarter IV/2023 opens 1/12, deadline 15/1", async () => {
    clock = local(2023, 12, 10);
    expect(seenOf(await harness.say(MTTQ, "private", "/nop"))).toContain("Hạn nộp: 15/01/2024 23:59");
    await harness.say(MTTQ, "private", "/huy");
    expect(seenOf(await harness.say(MTTQ, "private", "/lichhop"))).toContain("Nhận báo cáo từ 01/12/2023, hạn nộp: 15/01/2024 23:59");
  });

  it("reads meetings from the catalog file, and never overwrites one set in the chat", async () => {
    const document = {
      ...(scenarioDocument(scenario) as Record<string, unknown>),
      meetings: [{ period: "2023-Q4", date: "2023-11-28", time: "08:00", place: "Hội trường tỉnh" }],
    };
    await applyCatalogs(harness.services.catalog, parseCatalog(document), clock);
    clock = local(2023, 11, 20);
    const shown = seenOf(await harness.say(MTTQ, "private", "/lichhop"));
    expect(shown).toContain("Họp giao ban: 28/11/2023 08:00, tại Hội trường tỉnh");
    expect(shown).toContain("Nhận báo cáo từ 08/11/2023, hạn nộp: 23/11/2023 23:59");
    await harness.say(ADMIN, "private", "/lichhop 29/11");
    await applyCatalogs(harness.services.catalog, parseCatalog(document), clock);
    expect(seenOf(await harness.say(MTTQ, "private", "/lichhop"))).toContain("Họp giao ban: 29/11/2023");
  });
});
