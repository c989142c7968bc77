import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { join, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, textOf } from "../support/bot-harness.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const ADMIN = { id: 9001 };

describe("joining by invite", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  let now: Date;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    now = new Date("2023-12-01T03:00:00Z");
    harness = new BotHarness(database, { now: () => now });
    await setUpBloc(harness, scenarioDocument(projectScenario("dak-lak-q4-2023.yaml")), [ADMIN.id]);
  });

  it("an admin invites a representative by organisation name without diacritics; the link registers them", async () => {
    const created = textOf(await harness.say(ADMIN, "private", "/moi hoi nong dan"));
    expect(created).toContain("đại diện đơn vị — Hội Nông dân tỉnh");
    expect(created).toContain("hết hạn ngày 08/12/2023");
    const code = /https:\/\/t\.me\/giaoban_test_bot\?start=([A-Z0-9]{10})/.exec(created)?.[1];
    expect(code).toBeDefined();

    const welcome = textOf(await harness.say({ id: 9104, first_name: "Hòa" }, "private", `/start ${code}`));
    expect(welcome).toContain("Chào mừng Hòa");
    expect(welcome).toContain("đại diện đơn vị của Hội Nông dân tỉnh");
    expect(welcome).toContain("/nop");

    const members = textOf(await harness.say(ADMIN, "private", "/thanhvien"));
    expect(members).toMatch(/Hội Nông dân tỉnh Đắk Lắk<\/b>\n• Hòa \(9104\) — đại diện đơn vị/);
  });

  it.each([
    ["/moi HND", "Hội Nông dân tỉnh"],
    ["/moi LĐLĐ", "Liên đoàn Lao động tỉnh"],
    ["/moi ccb", "Hội Cựu chiến binh tỉnh"],
    ["/moi Mặt trận", "Ủy ban MTTQ Việt Nam tỉnh"],
    ["/moi chủ trì", "chủ trì"],
    ["/moi thu ky", "thư ký"],
    ["/moi theo dõi", "theo dõi"],
  ])("%s invites %s", async (command, expected) => {
    expect(textOf(await harness.say(ADMIN, "private", command))).toContain(
      `Đã tạo lời mời ${expected.startsWith("H") || expected.startsWith("L") || expected.startsWith("Ủ") ? "đại diện đơn vị — " : ""}${expected}`,
    );
  });

  it("explains an unknown organisation and lists the bloc's organisations", async () => {
    const text = textOf(await harness.say(ADMIN, "private", "/moi Hội Chữ thập đỏ"));
    expect(text).toContain("Không tìm thấy đơn vị “Hội Chữ thập đỏ”");
    expect(text).toContain("Tỉnh đoàn");
  });

  it("refuses used, expired, revoked and unknown codes with a clear answer", async () => {
    const code = async () => /start=([A-Z0-9]+)/.exec(textOf(await harness.say(ADMIN, "private", "/moi PN")))?.[1];
    const used = await code();
    await harness.say({ id: 9103 }, "private", `/start ${used}`);
    expect(textOf(await harness.say({ id: 9999 }, "private", `/start ${used}`))).toContain("đã được dùng");

    const expiring = await code();
    now = new Date("2023-12-09T03:00:00Z");
    expect(textOf(await harness.say({ id: 9998 }, "private", `/start ${expiring}`))).toContain("đã hết hạn");

    const revoked = await code();
    expect(textOf(await harness.say(ADMIN, "private", `/moi huy ${revoked}`))).toContain(`Đã hủy lời mời ${revoked}`);
    expect(textOf(await harness.say({ id: 9997 }, "private", `/start ${revoked}`))).toContain("đã bị thư ký hủy");

    expect(textOf(await harness.say({ id: 9996 }, "private", "/start NOTACODE99"))).toContain("không đúng");
  });

  it("answers a code or a name with control characters like any other, never with a database error", async () => {
    expect(textOf(await harness.say({ id: 9995 }, "private", "/start ABC\u0000DEF"))).toContain("không đúng");
    expect(textOf(await harness.say(ADMIN, "private", "/moi huy AB\u0000CD"))).toContain("Không có lời mời đang chờ nào mang mã");
    const code = /start=([A-Z0-9]+)/.exec(textOf(await harness.say(ADMIN, "private", "/moi PN")))?.[1];
    expect(textOf(await harness.say({ id: 9103, first_name: "Lan\u0000\u0007 Hoa" }, "private", `/start ${code}`))).toContain(
      "Chào mừng Lan Hoa",
    );
    expect(textOf(await harness.say(ADMIN, "private", "/thanhvien"))).toContain("• Lan Hoa (9103)");
    expect(harness.errors).toEqual([]);
  });

  it("limits wrong codes to 5 an hour per person, on the bot's clock and across a restart, saying when to try again", async () => {
    const guesser = { id: 9990 };
    const invite = /start=([A-Z0-9]+)/.exec(textOf(await harness.say(ADMIN, "private", "/moi PN")))?.[1];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      now = new Date(now.getTime() + 60_000);
      expect(textOf(await harness.say(guesser, "private", `/start WRONGCODE${attempt}`))).toContain("Mã mời này không đúng");
    }
    // The first wrong code was tried at 10:01 in Vietnam: it leaves the hour at 11:01.
    const refusal =
      "Anh/chị đã nhập sai mã mời 5 lần trong một giờ, nên tạm thời bot không nhận mã mời nào nữa. " +
      "Xin thử lại sau 01/12/2023 11:01, bằng đường dẫn mời thư ký khối đã gửi; nếu không có, xin thư ký khối một lời mời mới.";
    expect(textOf(await harness.say(guesser, "private", `/start ${invite}`))).toBe(refusal);
    // Someone else is not held back by it.
    expect(textOf(await harness.say({ id: 9991 }, "private", "/start WRONGCODE6"))).toContain("Mã mời này không đúng");

    const restarted = new BotHarness(database, { now: () => now });
    expect(textOf(await restarted.say(guesser, "private", `/start ${invite}`))).toBe(refusal);
    now = new Date("2023-12-01T04:01:00Z");
    expect(textOf(await restarted.say(guesser, "private", `/start ${invite}`))).toContain("Chào mừng");
  });

  it("does not count a used code against the person, who was sent a real one", async () => {
    const used = /start=([A-Z0-9]+)/.exec(textOf(await harness.say(ADMIN, "private", "/moi PN")))?.[1];
    await harness.say({ id: 9103 }, "private", `/start ${used}`);
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      expect(textOf(await harness.say({ id: 9989 }, "private", `/start ${used}`))).toContain("đã được dùng");
    }
  });

  it("lists pending invites for the admin", async () => {
    await harness.say(ADMIN, "private", "/moi PN");
    const list = textOf(await harness.say(ADMIN, "private", "/moi"));
    expect(list).toContain("Lời mời đang chờ");
    expect(list).toContain("Hội Liên hiệp Phụ nữ tỉnh");
  });

  it("a new representative replaces the previous one, whose history stays", async () => {
    await join(harness, ADMIN.id, { id: 9104, name: "Cũ", role: "representative", org: "ND" });
    await join(harness, ADMIN.id, { id: 9114, name: "Mới", role: "representative", org: "ND" });
    const members = textOf(await harness.say(ADMIN, "private", "/thanhvien"));
    expect(members).toContain("Mới (9114)");
    expect(members).not.toContain("Cũ (9104)");
    const ended = await database.prisma.membership.findFirstOrThrow({ where: { person: { externalId: "9104" } } });
    expect(ended.endedAt).not.toBeNull();
    const audit = await database.prisma.auditEvent.count({ where: { action: "join" } });
    expect(audit).toBe(2);
  });
});
