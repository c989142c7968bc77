import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyCatalogs } from "../../src/app/catalog-service.js";
import { createClock } from "../../src/app/clock.js";
import { createServices } from "../../src/app/services.js";
import { createBot } from "../../src/bot/create-bot.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { createLogger } from "../../src/logger.js";
import { renderForConsole, runConsole } from "../../src/transports/console.js";
import { createPrometheusMetrics } from "../../src/transports/http/prometheus-metrics.js";
import { BRIDGE_BOT_INFO, TextBridge } from "../../src/transports/text-bridge.js";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { Terminal } from "../support/terminal.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const FIGURES = (org: string) => Object.values(scenario.submissions[org] ?? {});
const TASKS = "Tổ chức 12 lớp tập huấn kỹ năng số cho hội viên; kết nạp 500 hội viên mới; ra mắt 3 mô hình sinh kế.";

/**
 * A secretariat plays quarter IV/2023 in one console session over the embedded database, as
 * the README's walk does: the meeting set with /lichhop, the group linked, representatives and
 * the chair invited, a report with next quarter's tasks, reminders shown as the clock moves
 * (tagged with whose chat they reach), an extension, a late report, progress, the chair's
 * message the day before the meeting, the lock with its confirmation, an entry on behalf after
 * the lock, and the tasks asked back at the next quarter's report.
 */
describe("a whole quarter typed in the console", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("runs quarter IV/2023 from /lichhop to the lock, and asks its tasks back in quarter I/2024", async () => {
    const clock = createClock(new Date("2023-11-01T09:00:00+07:00"));
    const services = createServices(database, clock);
    await applyCatalogs(services.catalog, parseCatalog(scenarioDocument(scenario)), clock());
    await services.people.bootstrapAdmins([{ channel: "telegram", id: "1" }], "console", clock());
    const terminal = new Terminal();
    const speaker = { id: 1 };
    const bridge = new TextBridge((message) => terminal.write(renderForConsole(message, speaker.id)));
    const bot = createBot(
      { channel: "console", logger: createLogger("silent"), services, metrics: createPrometheusMetrics() },
      { token: "console", config: { botInfo: BRIDGE_BOT_INFO, client: { fetch: bridge.fetch as typeof fetch } } },
    );
    const running = runConsole(bot, bridge, {
      input: terminal.input,
      output: terminal.stream,
      userId: 1,
      groupChatId: -1000000000001,
      clock,
      speaker,
    });
    const type = (line: string) => terminal.type(line);
    /** The admin invites someone; they open the code; the console is back to the admin. */
    const invite = async (whom: string, id: number) => {
      const code = /\/start (\S+)/.exec(await type(`/moi ${whom}`))?.[1];
      expect(code).toBeDefined();
      await type(`/as ${id}`);
      const welcome = await type(`/start ${code}`);
      await type("/as 1");
      return welcome;
    };
    /** Answers the four figures and the four texts; returns the review card. */
    const answer = async (figures: string[], texts = ["không", "không", "không", "không"]) => {
      let seen = "";
      for (const line of [...figures, ...texts]) seen = await type(line);
      return seen;
    };

    // 1/11: the meeting, the group, the people.
    const set = await type("/lichhop 28/11 8h30 tại Hội trường Tỉnh ủy chủ trì: đồng chí Phó Bí thư Thường trực");
    expect(set).toContain("Đã đặt lịch họp giao ban quý IV/2023");
    expect(set).toContain("Nhận báo cáo từ 08/11/2023, hạn nộp: 23/11/2023 23:59");
    await type("/group");
    expect(await type("/nhom")).toContain("[nhóm] 🤖 Đã liên kết nhóm này");
    await type("/private");
    expect(await invite("Hội Phụ nữ", 9103)).toContain("đại diện đơn vị của Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk");
    expect(await invite("Hội Nông dân", 9104)).toContain("đại diện đơn vị của Hội Nông dân tỉnh Đắk Lắk");
    expect(await invite("Hội Cựu chiến binh", 9105)).toContain("đại diện đơn vị của Hội Cựu chiến binh tỉnh Đắk Lắk");
    expect(await invite("chủ trì", 9002)).toContain("đã được đăng ký là chủ trì");

    // 10/11, inside the window: Hội Phụ nữ reports, with next quarter's tasks on one line.
    expect(await type("/dongho 2023-11-10 09:00")).toContain("(không có lời nhắc nào đến hạn)");
    await type("/as 9103");
    expect(await type("/nop")).toContain("Báo cáo quý IV/2023 của Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk");
    const card = await answer(FIGURES("PN"), ["Ra mắt 12 mô hình sinh kế", "không", "không", TASKS]);
    expect(card).toContain("1) ✅ Xác nhận nộp");
    // A word the card does not take: the hint comes with the card's choices, and 1 still confirms.
    expect(await type("gửi luôn")).toMatch(/Gõ “xác nhận”[^\n]*\n\s+1\) ✅ Xác nhận nộp/);
    const received = await type("1");
    expect(received).toContain("Đã nhận báo cáo quý IV/2023 của Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk (lần 1)");
    expect(received).toContain("[nhóm] 🤖 ✅ Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk đã nộp báo cáo quý IV/2023 (1/6 đơn vị)");
    await type("/as 1");

    // 18/11 08:00, five days before the deadline: the missing ones' chats, and the group.
    const fiveDays = await type("/dongho 2023-11-18 08:00");
    expect(fiveDays).toContain(
      "[→ 9104] 🤖 Kính nhắc đồng chí: Hội Nông dân tỉnh Đắk Lắk chưa gửi báo cáo quý IV/2023. Hạn nộp: 23/11/2023 (còn 5 ngày).",
    );
    expect(fiveDays).toContain("[→ 9105] 🤖 Kính nhắc đồng chí: Hội Cựu chiến binh tỉnh Đắk Lắk");
    expect(fiveDays).not.toContain("[→ 9103]");
    expect(fiveDays).toMatch(/\[nhóm\] 🤖 Nhắc hạn báo cáo quý IV\/2023 \(hạn nộp 23\/11\/2023, còn 5 ngày\): còn 5\/6 đơn vị chưa gửi/);
    expect(fiveDays).not.toContain("Phụ nữ");

    // An extension for Hội Nông dân: its representative is told, and reminded against it.
    const extended = await type("/giahan Hội Nông dân 25/11");
    expect(extended).toContain("Đã gia hạn nộp báo cáo quý IV/2023 cho Hội Nông dân tỉnh Đắk Lắk đến 25/11/2023");
    expect(extended).toContain("[→ 9104] 🤖 📅 Thư ký khối đã gia hạn");
    const afterDeadline = await type("/dongho 2023-11-24 09:00");
    expect(afterDeadline).toContain(
      "[→ 9104] 🤖 Kính nhắc đồng chí: Hội Nông dân tỉnh Đắk Lắk chưa gửi báo cáo quý IV/2023. Hạn nộp: 25/11/2023",
    );
    expect(afterDeadline).not.toContain("[→ 9105]");

    // 24/11: Hội Cựu chiến binh reports late.
    await type("/as 9105");
    expect(await type("/nop")).toContain("Báo cáo này nộp muộn: hạn nộp là 23/11/2023 23:59");
    await answer(FIGURES("CCB"));
    expect(await type("1")).toContain("Báo cáo được ghi nhận là nộp muộn.");
    await type("/as 1");
    const progress = await type("/tiendo");
    expect(progress).toContain("Tiến độ nộp báo cáo quý IV/2023: 2/6 đơn vị đã nộp.");
    expect(progress).toContain("Họp giao ban: 28/11/2023 08:30, tại Hội trường Tỉnh ủy");
    expect(progress).toContain("Gia hạn cho Hội Nông dân tỉnh Đắk Lắk đến 25/11/2023.");
    expect(progress).toContain("✅ Hội Cựu chiến binh tỉnh Đắk Lắk: 24/11/2023 09:00 (nộp muộn)");

    // 27/11 08:00, the day before the meeting: the chair's chat and the secretariat's own.
    const eve = await type("/dongho 2023-11-27 08:00");
    expect(eve).toContain("[→ 9002] 🤖 Kính gửi đồng chí: ngày mai (28/11/2023) họp giao ban quý IV/2023. Còn 4/6 đơn vị chưa gửi báo cáo");
    expect(eve).toMatch(/^🤖 Kính gửi đồng chí: ngày mai/m);

    // The lock, after its confirmation; the group hears who never submitted.
    const asked = await type("/khoa");
    expect(asked).toContain("Báo cáo quý IV/2023: 2/6 đơn vị đã nộp.");
    expect(asked).toContain("1) Khóa quý IV/2023");
    const locked = await type("1");
    expect(locked).toContain("Đã khóa báo cáo quý IV/2023");
    expect(locked).toMatch(/\[nhóm\] 🤖 🔒 Báo cáo quý IV\/2023 đã khóa. Chưa nộp: .*Liên đoàn Lao động tỉnh Đắk Lắk/);

    // After the lock the secretariat enters Liên đoàn Lao động's report on its behalf.
    const onBehalf = await type("/nop Liên đoàn Lao động");
    expect(onBehalf).toContain("Báo cáo này được ghi nhận là nộp muộn: hạn nộp là 23/11/2023 23:59.");
    expect(onBehalf).not.toContain("cho đến khi thư ký khóa");
    expect(onBehalf).toContain("thư ký nhập hộ báo cáo của Liên đoàn Lao động tỉnh Đắk Lắk, đơn vị chưa nộp");
    await answer(FIGURES("LDLD"));
    const entered = await type("1");
    expect(entered).toContain("Đã nhận báo cáo quý IV/2023 của Liên đoàn Lao động tỉnh Đắk Lắk");
    expect(entered).toContain("Thư ký nhập hộ");

    // 5/3/2024, quarter I/2024's window: Hội Phụ nữ's figures, then last quarter's tasks.
    await type("/dongho 2024-03-05 09:00");
    await type("/as 9103");
    expect(await type("/nop")).toContain("Báo cáo quý I/2024 của Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk");
    let step = "";
    for (const figure of FIGURES("PN")) step = await type(figure);
    expect(step).toContain("Nhiệm vụ 1/3 của quý IV/2023");
    expect(step).toContain("Tổ chức 12 lớp tập huấn kỹ năng số cho hội viên");
    expect(await type("xong, đã tổ chức 12 lớp")).toContain("Nhiệm vụ 2/3 của quý IV/2023");

    terminal.input.end();
    await running;
  });
});
