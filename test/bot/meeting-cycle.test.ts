import { TZDate } from "@date-fns/tz";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, type Reply, textOf } from "../support/bot-harness.js";
import { submitReport } from "../support/submit-flow.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

/**
 * A secretariat runs quarter IV/2023 from setting the meeting date to the locked report, and
 * the next quarter follows its tasks up, all through bot.handleUpdate on a clock the test moves:
 * the calendar, the window opening before the quarter ends, reminders at each offset to exactly
 * the missing organisations, the chair's message the day before the meeting, an extension, a
 * late report, lock with confirmation, a correction after lock entered by the secretariat,
 * reopening, and last quarter's tasks at the next submission.
 */
const scenario = projectScenario("dak-lak-q4-2023.yaml");
const ADMIN = { id: 9001 };
const CHAIR = 9002;
const rep = (org: string) => scenario.people.find((person) => person.org === org)?.id ?? 0;
const ORGS = ["MTTQ", "DOAN", "PN", "ND", "CCB", "LDLD"] as const;
const FIGURES = (org: (typeof ORGS)[number]) => Object.values(scenario.submissions[org] ?? {});
const local = (year: number, month: number, day: number, hour: number, minute = 0) =>
  new Date(new TZDate(year, month - 1, day, hour, minute, 0, "Asia/Ho_Chi_Minh").getTime());

let now = local(2023, 11, 1, 9);

/** Who received a reminder-like message in a sweep, by chat. */
async function sweepAt(harness: BotHarness, at: Date): Promise<Map<number, string>> {
  now = at;
  const chats = [...ORGS.map(rep), ADMIN.id, CHAIR, GROUP_CHAT_ID];
  const seen = new Map(chats.map((chat) => [chat, harness.follow(chat)] as const));
  await harness.bot.reminders.sweep();
  return new Map(
    [...seen].flatMap(([chat, replies]: [number, Reply[]]) =>
      replies.length ? [[chat, replies.map((reply) => reply.seen).join("\n")] as const] : [],
    ),
  );
}

describe.each(DATABASE_KINDS)("a whole meeting cycle, on the bot's clock [%s]", (kind) => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    now = local(2023, 11, 1, 9);
    harness = new BotHarness(database, { now: () => now });
    await setUpBloc(harness, scenarioDocument(scenario), [ADMIN.id]);
    await harness.say(ADMIN, "group", "/nhom");
    await joinScenarioPeople(harness, scenario);
  });
  afterAll(() => database.close());

  it("runs quarter IV/2023 from the meeting date to the locked report, and follows its tasks up in quarter I/2024", async () => {
    // 1/11: the secretariat sets the meeting; the window follows it (20 and 5 days before).
    const set = textOf(
      await harness.say(ADMIN, "private", "/lichhop 28/11 8h30 tại Hội trường Tỉnh ủy chủ trì: đồng chí Phó Bí thư Thường trực"),
    );
    expect(set).toContain("Đã đặt lịch họp giao ban quý IV/2023");
    expect(set).toContain("Nhận báo cáo từ 08/11/2023, hạn nộp: 23/11/2023 23:59");
    // Before quarter IV's window opens, /nop still takes quarter III, marked late.
    const early = textOf(await harness.say({ id: rep("PN") }, "private", "/nop"));
    expect(early).toContain("Báo cáo quý III/2023");
    expect(early).toContain("nộp muộn");
    expect(early).not.toContain("quý IV/2023");
    await harness.say({ id: rep("PN") }, "private", "/huy");

    // 10/11: the window is open before the quarter ends; one organisation reports, with tasks.
    now = local(2023, 11, 10, 9);
    const tasks = ["- Tổ chức 12 lớp tập huấn kỹ năng số cho hội viên;", "- Kết nạp 500 hội viên mới.", "- Ra mắt 3 mô hình sinh kế."];
    const received = textOf(await submitReport(harness, rep("PN"), FIGURES("PN"), ["không", "không", "không", tasks.join("\n")]));
    expect(received).toContain("Đã nhận báo cáo quý IV/2023");
    expect(received).not.toContain("nộp muộn");

    // 18/11 08:00, five days before the deadline: the five missing organisations and the group.
    const fiveDays = await sweepAt(harness, local(2023, 11, 18, 8));
    const missing = ORGS.filter((org) => org !== "PN").map(rep);
    expect([...fiveDays.keys()].sort()).toEqual([...missing, GROUP_CHAT_ID].sort());
    expect(fiveDays.get(rep("ND"))).toContain("Hội Nông dân tỉnh Đắk Lắk chưa gửi báo cáo quý IV/2023. Hạn nộp: 23/11/2023 (còn 5 ngày)");
    expect(fiveDays.get(GROUP_CHAT_ID)).not.toContain("Phụ nữ");
    // Swept again later the same day (another instance, a restart): nothing twice.
    expect((await sweepAt(harness, local(2023, 11, 18, 15))).size).toBe(0);

    // Two more report on time; the secretariat gives Hội Nông dân until 25/11.
    now = local(2023, 11, 20, 10);
    expect(textOf(await submitReport(harness, rep("DOAN"), FIGURES("DOAN")))).toContain("Đã nhận báo cáo quý IV/2023");
    expect(textOf(await submitReport(harness, rep("MTTQ"), FIGURES("MTTQ")))).toContain("Đã nhận báo cáo quý IV/2023");
    const extended = await harness.say(ADMIN, "private", "/giahan Hội Nông dân 25/11");
    expect(textOf(extended)).toContain("Đã gia hạn nộp báo cáo quý IV/2023 cho Hội Nông dân tỉnh Đắk Lắk đến 25/11/2023");
    expect(extended.some((reply) => reply.chatId === rep("ND") && reply.text.includes("25/11/2023"))).toBe(true);

    // 21/11 08:00, two days before: only those still missing.
    const twoDays = await sweepAt(harness, local(2023, 11, 21, 8));
    expect(twoDays.has(rep("DOAN"))).toBe(false);
    expect(twoDays.has(rep("MTTQ"))).toBe(false);
    expect(twoDays.get(rep("CCB"))).toContain("(còn 2 ngày)");
    // Hội Nông dân's reminders follow its new deadline: two days before 25/11, not before 23/11.
    expect(twoDays.has(rep("ND"))).toBe(false);
    const extendedTwoDays = await sweepAt(harness, local(2023, 11, 23, 8));
    expect([...extendedTwoDays.keys()]).toContain(rep("ND"));
    expect(extendedTwoDays.get(rep("ND"))).toContain("Hạn nộp: 25/11/2023 (còn 2 ngày)");
    expect(extendedTwoDays.has(rep("DOAN"))).toBe(false);

    // 24/11: Hội CCB reports late; Hội Nông dân inside its extension, on time.
    now = local(2023, 11, 24, 9);
    const late = textOf(await submitReport(harness, rep("CCB"), FIGURES("CCB")));
    expect(late).toContain("nộp muộn");
    const onTime = textOf(await submitReport(harness, rep("ND"), FIGURES("ND")));
    expect(onTime).toContain("Đã nhận báo cáo quý IV/2023");
    expect(onTime).not.toContain("nộp muộn");

    // /tiendo shows the meeting, the deadline, who is late and who is missing.
    const progress = textOf(await harness.say(ADMIN, "private", "/tiendo"));
    expect(progress).toContain("5/6");
    expect(progress).toContain("Họp giao ban: 28/11/2023 08:30");
    expect(progress).toContain("Hội Cựu chiến binh tỉnh Đắk Lắk");
    expect(progress).toContain("nộp muộn");

    // 27/11 08:00, the day before the meeting: the chair and the secretariat hear who is missing.
    const eve = await sweepAt(harness, local(2023, 11, 27, 8));
    expect(eve.get(CHAIR)).toContain("Liên đoàn Lao động tỉnh Đắk Lắk");
    expect(eve.has(ADMIN.id)).toBe(true);
    expect(eve.has(rep("LDLD"))).toBe(false);

    // The secretariat locks, after confirming; the group is told who never submitted.
    const asked = textOf(await harness.say(ADMIN, "private", "/khoa"));
    expect(asked).toContain("5/6 đơn vị đã nộp");
    expect(asked).toContain("Liên đoàn Lao động tỉnh Đắk Lắk");
    const locked = await harness.press(ADMIN, "private", "Khóa quý IV/2023");
    expect(textOf(locked)).toContain("Đã khóa báo cáo quý IV/2023");
    expect(locked.find((reply) => reply.chatId === GROUP_CHAT_ID)?.text).toContain("Liên đoàn Lao động tỉnh Đắk Lắk");

    // After the lock the representative cannot submit; the secretariat enters it on their behalf.
    expect(textOf(await harness.say({ id: rep("LDLD") }, "private", "/nop"))).toContain("đã được khóa");
    let replies = await harness.say(ADMIN, "private", "/nop Liên đoàn Lao động");
    // A first entry after the lock, not a correction: it is not called one.
    expect(textOf(replies)).toContain("thư ký nhập hộ báo cáo của Liên đoàn Lao động tỉnh Đắk Lắk, đơn vị chưa nộp");
    expect(textOf(replies)).not.toContain("sửa hộ");
    for (const figure of FIGURES("LDLD")) replies = await harness.say(ADMIN, "private", figure);
    for (const text of ["không", "không", "không", "không"]) replies = await harness.say(ADMIN, "private", text);
    const entered = await harness.press(ADMIN, "private", "Xác nhận");
    expect(textOf(entered)).toContain("Đã nhận báo cáo quý IV/2023");
    expect(entered.some((reply) => reply.chatId === rep("LDLD") && reply.text.includes("nhập hộ"))).toBe(true);
    const stored = await database.prisma.submissionVersion.findFirst({
      where: { submission: { organisation: { code: "LDLD" } } },
      orderBy: { id: "desc" },
    });
    expect(stored).toMatchObject({ enteredOnBehalf: true, afterLock: true, late: true });
    expect(await database.prisma.auditEvent.count({ where: { action: "correct-after-lock" } })).toBe(1);

    // The briefing shows who entered what and who was late.
    const briefing = textOf(await harness.say(ADMIN, "private", "/baocao"));
    expect(briefing).toContain("thư ký nhập hộ");
    expect(briefing).toContain("nộp muộn");

    // Reopened, the representative can correct again (late, before the next quarter opens).
    expect(textOf(await harness.say(ADMIN, "private", "/mo"))).toContain("quý IV/2023");
    expect(textOf(await harness.say({ id: rep("LDLD") }, "private", "/nop"))).toContain("Liên đoàn Lao động tỉnh Đắk Lắk");
    await harness.say({ id: rep("LDLD") }, "private", "/huy");
    await harness.say(ADMIN, "private", "/khoa");
    expect(textOf(await harness.press(ADMIN, "private", "Khóa quý IV/2023"))).toContain("Đã khóa báo cáo quý IV/2023");

    // Quarter I/2024 (no meeting set: the quarter-relative window from 1/3): the tasks come back.
    now = local(2024, 3, 5, 9);
    let step = await harness.say({ id: rep("PN") }, "private", "/nop");
    for (const figure of FIGURES("PN")) step = await harness.say({ id: rep("PN") }, "private", figure);
    expect(textOf(step)).toContain("Nhiệm vụ 1/3 của quý IV/2023");
    expect(textOf(step)).toContain("Tổ chức 12 lớp tập huấn kỹ năng số cho hội viên");
    step = await harness.say({ id: rep("PN") }, "private", "xong, đã tổ chức 12 lớp");
    expect(textOf(step)).toContain("Nhiệm vụ 2/3 của quý IV/2023");
  });
});
