import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeZalo } from "../support/fake-zalo.js";
import { freePort, type SpawnedBot, spawnBot, waitFor } from "../support/spawn-bot.js";

const TOKEN = "1234567890:zalo-test-secret";
const ADMIN = "8f3a2c61d0e94b7a";
const REPRESENTATIVE = "5b1e9d7c2a604f38";

describe("the bot on Zalo, against a fake Zalo Bot API on loopback", () => {
  let dir: string;
  let zalo: FakeZalo;
  let bot: SpawnedBot;

  /** The next message the bot sends to `chatId` that contains `fragment`. */
  const reply = (chatId: string, fragment: string) =>
    waitFor(`a Zalo message to ${chatId} containing "${fragment}"`, () => zalo.sentTo(chatId).find((text) => text.includes(fragment)));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "giaoban-zalo-"));
    const port = await freePort();
    zalo = new FakeZalo(TOKEN);
    await zalo.listen(port);
    bot = spawnBot({
      ZALO_BOT_TOKEN: TOKEN,
      ZALO_API_ROOT: `http://127.0.0.1:${port}`,
      DATA_DIR: join(dir, "data"),
      ADMIN_IDS: `zalo:${ADMIN}`,
      CLOCK_START: "2023-12-10T03:00:00Z",
      LOG_LEVEL: "info",
    });
    await waitFor("the bot to start polling Zalo", () => (bot.stderr().includes("polling Zalo") ? true : undefined), 60_000);
  });
  afterAll(async () => {
    bot.process.kill("SIGKILL");
    await bot.exited;
    await zalo.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("answers /trogiup in plain text, within Zalo's 2000 characters", async () => {
    zalo.say(ADMIN, "/trogiup");
    const help = await reply(ADMIN, "/nop (/submit)");
    expect(help).not.toMatch(/<\/?b>/);
    expect(help.length).toBeLessThanOrEqual(2000);
  });

  it("lets an admin known by Zalo id invite a representative, who joins and is walked through /nop with numbered choices", async () => {
    zalo.say(ADMIN, "/moi Hội Nông dân");
    const invite = await reply(ADMIN, "Mã mời");
    expect(invite).not.toContain("t.me");
    const code = /\/start (\S+)/.exec(invite)?.[1];
    expect(code).toBeDefined();

    zalo.say(REPRESENTATIVE, `/start ${code}`);
    await reply(REPRESENTATIVE, "Hội Nông dân");

    zalo.say(REPRESENTATIVE, "/nop");
    await reply(REPRESENTATIVE, "Báo cáo quý IV/2023 của Hội Nông dân");
    const question = await reply(REPRESENTATIVE, "1/10. Đoàn viên, hội viên mới");
    expect(question).toContain("[gõ: Bỏ qua | Quay lại | Hủy]");

    zalo.say(REPRESENTATIVE, undefined);
    await reply(REPRESENTATIVE, "không nhận ảnh, nhãn dán");

    zalo.say(REPRESENTATIVE, "2.5");
    // A count cannot be fractional: the readings that make sense are offered as numbered choices.
    const ambiguous = await reply(REPRESENTATIVE, "“2.5” có phần lẻ");
    expect(ambiguous).toMatch(/\n {3}1\) 25 người/);
    zalo.say(REPRESENTATIVE, "1");
    expect(await reply(REPRESENTATIVE, "Đã lưu 1/10")).toContain("25 người");
    await reply(REPRESENTATIVE, "2/10.");
  });

  it("reads a report pasted into the chat: its figures proposed with their sentences, another period pointed out", async () => {
    zalo.say(REPRESENTATIVE, readFileSync(new URL("../fixtures/reports/tinh-q1-2024-nd.txt", import.meta.url), "utf8"));
    const read = await reply(REPRESENTATIVE, "Đã đọc nội dung báo cáo anh/chị dán vào");
    expect(read).toContain("tìm thấy số liệu cho 6/6 chỉ tiêu");
    await reply(REPRESENTATIVE, "⚠️ Báo cáo này ghi quý I/2024, còn anh/chị đang nộp quý IV/2023");
    const proposed = await reply(REPRESENTATIVE, "📄 Trong báo cáo: 2.684 người");
    expect(proposed).toMatch(/\n {3}1\) Đúng\n {3}2\) Sửa/);
    zalo.say(REPRESENTATIVE, "1");
    await reply(REPRESENTATIVE, "Đã lưu 1/10 Đoàn viên, hội viên mới: 2.684 người");
  });

  it("previews the briefing for the secretariat without file choices, saying where to get the files", async () => {
    zalo.say(ADMIN, "/baocao");
    const note = await reply(ADMIN, "Trên đây là bản xem trước");
    expect(note).toContain("Kênh này không gửi được tệp. Hãy mở bot trên Telegram và gõ /baocao");
    expect(note).not.toMatch(/\d\) 📄 Word/);
    expect(note).toMatch(/\d\) ✍️ Đánh giá chung/);
  });

  it("stops on SIGTERM, closing the embedded database", async () => {
    bot.process.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
  });
});
