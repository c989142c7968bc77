import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotHarness, textOf } from "../support/bot-harness.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

describe("/start and /help", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase();
    harness = new BotHarness(database);
  });
  afterAll(() => database.close());

  it("greets in Vietnamese and lists the commands", async () => {
    const text = textOf(await harness.say({ id: 1, first_name: "Lan" }, "private", "/start"));
    expect(text).toContain("Xin chào Lan");
    expect(text).toContain("/trogiup (/help)");
  });

  it.each(["/trogiup", "/help"])("answers %s with one line per command, in Vietnamese", async (command) => {
    const replies = await harness.say({ id: 2 }, "private", command);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain("/start — bắt đầu");
    expect(replies[0]?.text).toContain("/trogiup (/help) — danh sách lệnh");
  });

  it("answers in English to a person whose Telegram is in English", async () => {
    const text = textOf(await harness.say({ id: 3, language_code: "en" }, "private", "/help"));
    expect(text).toContain("Commands of the giao ban assistant");
    expect(text).toContain("/trogiup (/help) — the commands and how to ask");
  });

  it("answers /help in the group too", async () => {
    const replies = await harness.say({ id: 4 }, "group", "/help@giaoban_test_bot");
    expect(replies[0]?.chatId).toBeLessThan(0);
  });

  it("processes an update delivered twice only once", async () => {
    const update = {
      update_id: 99_001,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 5, type: "private" as const, first_name: "A" },
        from: { id: 5, is_bot: false, first_name: "A" },
        text: "/help",
        entities: [{ type: "bot_command" as const, offset: 0, length: 5 }],
      },
    };
    expect(await harness.deliver(update)).toHaveLength(1);
    expect(await harness.deliver(update)).toHaveLength(0);
  });
});
