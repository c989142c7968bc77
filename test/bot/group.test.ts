import type { Message, Update } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { join, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, TEST_BOT_INFO, textOf } from "../support/bot-harness.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const ADMIN = { id: 9001 };
const CHAIR = { id: 9002 };
const STRANGER = { id: 9999 };
/** A group the bloc never linked. */
const OTHER_GROUP_ID = -1007770000001;
const NOT_LINKED =
  "Nhóm này chưa được liên kết với khối nào, nên bot không trả lời ở đây. Thư ký khối gõ /nhom trong nhóm này để liên kết.";
let nextUpdateId = 88_000;

/** A text message in a group, as Telegram delivers it; a command gets its entity. */
function groupMessage(chatId: number, user: { id: number }, text: string, extra: Partial<Message> = {}): Update {
  const command = /^\/\S+/.exec(text);
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: 0,
      chat: { id: chatId, type: "supergroup", title: "Nhóm khác" },
      from: { id: user.id, is_bot: false, first_name: `User ${user.id}` },
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      ...extra,
    } as Update["message"],
  };
}
const doc = () => {
  const { group_chat_id: _, ...rest } = scenarioDocument(projectScenario("dak-lak-q4-2023.yaml")) as Record<string, unknown>;
  return rest;
};

describe("the bloc's group", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    harness = new BotHarness(database);
    await setUpBloc(harness, doc(), [ADMIN.id]);
  });

  const linked = async () => (await database.prisma.bloc.findFirstOrThrow()).groupChat;

  it("/nhom by the admin links the group to the bloc", async () => {
    expect(await linked()).toBeNull();
    const text = textOf(await harness.say(ADMIN, "group", "/nhom"));
    expect(text).toContain("Đã liên kết nhóm này với Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Đắk Lắk");
    expect(await linked()).toBe(`telegram:${GROUP_CHAT_ID}`);
  });

  it("keeps the link when Telegram migrates the group to a supergroup", async () => {
    await harness.say(ADMIN, "group", "/nhom");
    await harness.deliver({
      update_id: 77_001,
      message: {
        message_id: 9,
        date: 0,
        chat: { id: GROUP_CHAT_ID, type: "group", title: "Giao ban" },
        from: { id: ADMIN.id, is_bot: false, first_name: "Thư ký" },
        migrate_to_chat_id: -1009999999999,
      },
    });
    expect(await linked()).toBe("telegram:-1009999999999");
  });

  it("tells the admins and unlinks when the bot is removed from the group", async () => {
    // Telegram lets the bot write only to people who opened a chat with it.
    await harness.say(ADMIN, "private", "/trogiup");
    await harness.say(ADMIN, "group", "/nhom");
    const replies = await harness.deliver({
      update_id: 77_002,
      my_chat_member: {
        chat: { id: GROUP_CHAT_ID, type: "supergroup", title: "Giao ban Đắk Lắk" },
        from: { id: 555, is_bot: false, first_name: "Ai đó" },
        date: 0,
        old_chat_member: { status: "member", user: TEST_BOT_INFO },
        new_chat_member: { status: "kicked", user: TEST_BOT_INFO, until_date: 0 },
      },
    });
    expect(replies[0]?.chatId).toBe(ADMIN.id);
    expect(replies[0]?.text).toContain("Bot đã bị xóa khỏi nhóm “Giao ban Đắk Lắk”");
    expect(await linked()).toBeNull();
  });

  it("tells each admin in their own language, not the language of whoever removed the bot", async () => {
    await harness.say(ADMIN, "group", "/nhom");
    // The last language the admin wrote in counts: this one's Telegram is in English now.
    await harness.say({ ...ADMIN, language_code: "en" }, "private", "/help");
    const replies = await harness.deliver({
      update_id: 77_004,
      my_chat_member: {
        chat: { id: GROUP_CHAT_ID, type: "supergroup", title: "Giao ban Đắk Lắk" },
        from: { id: 555, is_bot: false, first_name: "Ai đó", language_code: "vi" },
        date: 0,
        old_chat_member: { status: "member", user: TEST_BOT_INFO },
        new_chat_member: { status: "kicked", user: TEST_BOT_INFO, until_date: 0 },
      },
    });
    expect(replies[0]?.chatId).toBe(ADMIN.id);
    expect(replies[0]?.text).toContain('The bot was removed from the group "Giao ban Đắk Lắk"');
  });

  it("tells the admins when the bot can no longer post", async () => {
    await harness.say(ADMIN, "private", "/trogiup");
    await harness.say(ADMIN, "group", "/nhom");
    const replies = await harness.deliver({
      update_id: 77_003,
      my_chat_member: {
        chat: { id: GROUP_CHAT_ID, type: "supergroup", title: "Giao ban Đắk Lắk" },
        from: { id: 555, is_bot: false, first_name: "Ai đó" },
        date: 0,
        old_chat_member: { status: "member", user: TEST_BOT_INFO },
        new_chat_member: {
          status: "restricted",
          user: TEST_BOT_INFO,
          is_member: true,
          can_send_messages: false,
          can_send_audios: false,
          can_send_documents: false,
          can_send_photos: false,
          can_send_videos: false,
          can_send_video_notes: false,
          can_send_voice_notes: false,
          can_send_polls: false,
          can_send_other_messages: false,
          can_add_web_page_previews: false,
          can_change_info: false,
          can_invite_users: false,
          can_pin_messages: false,
          can_manage_topics: false,
          can_react_to_messages: false,
          can_edit_tag: false,
          until_date: 0,
        },
      },
    });
    expect(replies[0]?.text).toContain("không còn quyền gửi tin");
    expect(await linked()).toBe(`telegram:${GROUP_CHAT_ID}`);
  });
});

describe("a group the bloc has not linked", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    harness = new BotHarness(database);
    await setUpBloc(harness, doc(), [ADMIN.id]);
    await join(harness, ADMIN.id, { id: CHAIR.id, role: "chair" });
  });

  const botMessage = {
    message_id: 1,
    date: 0,
    chat: { id: GROUP_CHAT_ID, type: "supergroup" as const, title: "x" },
    from: TEST_BOT_INFO,
    text: "…",
  };

  it.each([
    ["a command", "/ketqua quý IV/2023", {}],
    ["a command with the bot's name", "/tiendo@giaoban_test_bot", {}],
    ["a mention", "@giaoban_test_bot kết quả quý IV", {}],
    ["a reply to the bot", "ai chưa nộp", { reply_to_message: botMessage }],
    ["the briefing", "/baocao", {}],
    ["help", "/trogiup", {}],
  ])("answers %s by a member with one line saying how to link it, and nothing of the bloc", async (_, text, extra) => {
    const replies = await harness.deliver(groupMessage(GROUP_CHAT_ID, CHAIR, text, extra as Partial<Message>));
    expect(replies).toEqual([{ method: "sendMessage", chatId: GROUP_CHAT_ID, text: NOT_LINKED, seen: NOT_LINKED, buttons: [] }]);
  });

  it("stays silent under messages not meant for the bot, so the line is not repeated all day", async () => {
    expect(await harness.deliver(groupMessage(GROUP_CHAT_ID, CHAIR, "kết quả quý IV"))).toEqual([]);
    expect(await harness.deliver(groupMessage(GROUP_CHAT_ID, CHAIR, "/ketqua@another_bot"))).toEqual([]);
  });

  it("says so once when the bot is added to it", async () => {
    const replies = await harness.deliver({
      update_id: nextUpdateId++,
      my_chat_member: {
        chat: { id: GROUP_CHAT_ID, type: "supergroup", title: "Giao ban Gia Lai" },
        from: { id: ADMIN.id, is_bot: false, first_name: "Thư ký" },
        date: 0,
        old_chat_member: { status: "left", user: TEST_BOT_INFO },
        new_chat_member: { status: "member", user: TEST_BOT_INFO },
      },
    });
    expect(replies).toEqual([{ method: "sendMessage", chatId: GROUP_CHAT_ID, text: NOT_LINKED, seen: NOT_LINKED, buttons: [] }]);
  });

  it("answers an old button there with the line as an alert, and posts nothing", async () => {
    const replies = await harness.deliver({
      update_id: nextUpdateId++,
      callback_query: {
        id: "q-1",
        from: { id: CHAIR.id, is_bot: false, first_name: "Chủ trì" },
        chat_instance: "1",
        data: "trace:2023-Q4",
        message: botMessage as Message.TextMessage,
      },
    });
    // Answered (the app stops waiting) with the line as an alert; nothing is sent to the chat.
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ method: "answerCallbackQuery", text: NOT_LINKED });
  });

  it("still lets the secretariat link it with /nhom, and then answers members there", async () => {
    expect(textOf(await harness.say(ADMIN, "group", "/nhom"))).toContain("Đã liên kết nhóm này");
    const answered = textOf(await harness.say(CHAIR, "group", "/tiendo"));
    expect(answered).toContain("Tiến độ nộp báo cáo");
    expect(answered).not.toContain(NOT_LINKED);
  });

  it("answers only members in the linked group: a stranger is told to ask for an invite, and sees no figures", async () => {
    await harness.say(ADMIN, "group", "/nhom");
    const mention = textOf(await harness.say(STRANGER, "group", "@giaoban_test_bot kết quả quý IV"));
    expect(mention).toContain("Anh/chị chưa tham gia khối nên chưa xem được số liệu.");
    expect(mention).toContain("xin thư ký khối gửi cho anh/chị một lời mời");
    expect(mention).not.toMatch(/\d+\.\d{3} người/);
    expect(textOf(await harness.say(STRANGER, "group", "/tiendo"))).toContain("chưa được đăng ký");
  });

  it("never posts the briefing into a group other than the linked one", async () => {
    await harness.say(ADMIN, "group", "/nhom");
    const replies = await harness.deliver(groupMessage(OTHER_GROUP_ID, CHAIR, "/baocao"));
    expect(replies).toEqual([{ method: "sendMessage", chatId: OTHER_GROUP_ID, text: NOT_LINKED, seen: NOT_LINKED, buttons: [] }]);
    expect((await database.prisma.reportingPeriod.findFirst())?.briefingVersion ?? 0).toBe(0);
  });
});
