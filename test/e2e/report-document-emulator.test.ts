import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "../support/bloc-setup.js";
import { seenOf } from "../support/bot-harness.js";
import { EmulatorDriver } from "../support/emulator-driver.js";
import { reportDocx } from "../support/report-docx.js";
import { type SpawnedBot, spawnBot, waitFor } from "../support/spawn-bot.js";
import { type StrictEmulator, startStrictEmulator } from "../support/strict-emulator.js";

const TOKEN = "123456789:AAE2eReportDocumentTokenForTheEmulator";
const ADMIN = { id: 9001 };
const ND = { id: 9102, name: "Hùng" };
const GROUP = -1001000000001;

/** One organisation of two figures, and the meeting of IV/2023 on 28/11 (deadline 23/11). */
const CATALOG = `bloc:
  code: gia-lai
  name: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai"
  level: province
organisations:
  - { code: ND, name: "Hội Nông dân tỉnh Gia Lai", aliases: ["hnd"] }
indicators:
  - { code: HV_MOI, name: "Đoàn viên, hội viên mới", unit: "người", kind: flow, orgs: [ND] }
  - { code: KN_DANG, name: "Đảng viên mới được kết nạp", unit: "người", kind: flow, orgs: [ND] }
meetings:
  - { period: "2023-Q4", date: "2023-11-28", time: "08:30", place: "Hội trường A" }
`;

const REPORT = [
  "HỘI NÔNG DÂN TỈNH GIA LAI",
  "BÁO CÁO KẾT QUẢ CÔNG TÁC HỘI QUÝ IV/2023",
  "I. KẾT QUẢ NỔI BẬT",
  "Trong quý, toàn tỉnh kết nạp 1.255 hội viên mới; 41 hội viên được kết nạp vào Đảng.",
  "Các chi bộ cơ sở tổ chức lễ kết nạp cho 38 đảng viên mới là hội viên nông dân.",
  "II. HẠN CHẾ, KHÓ KHĂN",
  "Kinh phí hoạt động của cơ sở còn hạn hẹp.",
].join("\n");

describe("a Word report sent to the running bot over the Bot API emulator [pglite]", () => {
  let dir: string;
  let emulator: StrictEmulator;
  let bot: SpawnedBot;
  beforeAll(async () => {
    dir = await mkdtemp(joinPath(tmpdir(), "giaoban-report-"));
    await writeFile(joinPath(dir, "catalog.yaml"), CATALOG);
    emulator = await startStrictEmulator({ storeTimeout: 3600, groups: [GROUP] });
    bot = spawnBot({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      CATALOG_FILE: joinPath(dir, "catalog.yaml"),
      ADMIN_IDS: String(ADMIN.id),
      CLOCK_START: "2023-11-18T07:50:00+07:00",
      DATA_DIR: joinPath(dir, "data"),
      LOG_LEVEL: "debug",
    });
    await waitFor("the bot to poll", () => (bot.stderr().includes("polling Telegram") ? true : undefined), 90_000);
  });
  afterAll(async () => {
    bot.process.kill("SIGTERM");
    await bot.exited;
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("refuses a PDF, then downloads the .docx through getFile, proposes its figures and stores them once confirmed", async () => {
    const driver = new EmulatorDriver(emulator.server, TOKEN, GROUP, () => bot.stderr(), emulator.refusals);
    expect(await join(driver, ADMIN.id, { id: ND.id, name: ND.name, role: "representative", org: "hnd" })).toContain("Hội Nông dân");
    expect(seenOf(await driver.say(ND, "private", "/nop"))).toContain("1/6. Đoàn viên, hội viên mới");
    const pdf = emulator.holdFile(new TextEncoder().encode("%PDF-1.7"), "bao cao.pdf", "application/pdf");
    expect(seenOf(await driver.sendDocument(ND, pdf))).toContain("Bot chưa đọc được tệp PDF “bao cao.pdf”");
    const docx = emulator.holdFile(
      await reportDocx(REPORT),
      "bao-cao-quy-IV.docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const read = seenOf(await driver.sendDocument(ND, docx));
    expect(read).toContain("Đã đọc tệp “bao-cao-quy-IV.docx”: tìm thấy số liệu cho 2/2 chỉ tiêu và 2/4 phần nội dung");
    expect(read).toContain("Trong báo cáo: 1.255 người");
    const several = seenOf(await driver.press(ND, "private", "Đúng"));
    expect(several).toContain("Đã lưu 1/6 Đoàn viên, hội viên mới: 1.255 người");
    // Two sentences give a figure for it: both offered, each with its sentence, never one chosen silently.
    expect(several).toContain("Báo cáo có 2 số có thể là chỉ tiêu này");
    expect(seenOf(await driver.press(ND, "private", " 41 người"))).toContain("Đã lưu 2/6 Đảng viên mới được kết nạp: 41 người");
    const card = seenOf(await driver.press(ND, "private", "Xem tất cả"));
    expect(card).toContain("(chưa xác nhận, 📄 mục “II. HẠN CHẾ, KHÓ KHĂN”) Kinh phí hoạt động của cơ sở còn hạn hẹp.");
    await driver.press(ND, "private", "Đúng cả");
    expect(seenOf(await driver.press(ND, "private", "Xác nhận"))).toContain(
      "Đã nhận báo cáo quý IV/2023 của Hội Nông dân tỉnh Gia Lai (lần 1)",
    );
    await driver.say(ADMIN, "private", "Hội Nông dân quý IV");
    expect(seenOf(await driver.press(ADMIN, "private", "Nguồn số liệu"))).toContain("từ tệp báo cáo “bao-cao-quy-IV.docx”");
    expect(emulator.refusals).toEqual([]);
  });
});
