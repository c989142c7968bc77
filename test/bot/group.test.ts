import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { scenarioDocument } from "../support/acceptance.js";
import { setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, TEST_BOT_INFO, textOf } from "../support/bot-harness.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const ADMIN = { id: 9001 };
const doc = () => {
  const { group_chat_id: _, ...rest } = scenarioDocument("gia-lai-q4-2023.yaml") as Record<string, unknown>;
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
    expect(text).toContain("Đã liên kết nhóm này với Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai");
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
        chat: { id: GROUP_CHAT_ID, type: "supergroup", title: "Giao ban Gia Lai" },
        from: { id: 555, is_bot: false, first_name: "Ai đó" },
        date: 0,
        old_chat_member: { status: "member", user: TEST_BOT_INFO },
        new_chat_member: { status: "kicked", user: TEST_BOT_INFO, until_date: 0 },
      },
    });
    expect(replies[0]?.chatId).toBe(ADMIN.id);
    expect(replies[0]?.text).toContain("Bot đã bị xóa khỏi nhóm “Giao ban Gia Lai”");
    expect(await linked()).toBeNull();
  });

  it("tells the admins when the bot can no longer post", async () => {
    await harness.say(ADMIN, "private", "/trogiup");
    await harness.say(ADMIN, "group", "/nhom");
    const replies = await harness.deliver({
      update_id: 77_003,
      my_chat_member: {
        chat: { id: GROUP_CHAT_ID, type: "supergroup", title: "Giao ban Gia Lai" },
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
