import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StrictBotApi } from "./strict-bot-api.js";
import { type StrictEmulator, startStrictEmulator } from "./strict-emulator.js";

const PERSON = 9102;
const GROUP = -1001000000001;

function messageFrom(chatId: number, updateId = 1): Update {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat: chatId > 0 ? { id: chatId, type: "private", first_name: "Lan" } : { id: chatId, type: "supergroup", title: "Khối" },
      from: { id: PERSON, is_bot: false, first_name: "Lan" },
      text: "xin chào",
    },
  } as Update;
}

function telegramThatKnows(...chats: number[]): StrictBotApi {
  const telegram = new StrictBotApi();
  for (const [index, chat] of chats.entries()) telegram.observe(messageFrom(chat, index + 1));
  return telegram;
}

const send = (telegram: StrictBotApi, params: Record<string, unknown>) => telegram.refusal("sendMessage", { chat_id: PERSON, ...params });

describe("the strict fake Bot API refuses what Telegram refuses, with Telegram's words", () => {
  it("gives bots the files people sent, up to 20 MB, and no file it does not hold", () => {
    const telegram = new StrictBotApi();
    const small = telegram.holdFile(new Uint8Array([1, 2, 3]), "bao-cao.docx", "application/octet-stream");
    const big = telegram.holdFile(new Uint8Array(20 * 1024 * 1024 + 1), "lon.docx", "application/octet-stream");
    expect(small).toMatchObject({ file_name: "bao-cao.docx", file_size: 3 });
    expect(telegram.refusal("getFile", { file_id: small.file_id })).toBeUndefined();
    const path = telegram.fileInfo(small.file_id)?.file_path ?? "";
    expect(telegram.download(path)).toEqual(new Uint8Array([1, 2, 3]));
    expect(telegram.download("documents/none.docx")).toBeUndefined();
    expect(telegram.refusal("getFile", { file_id: big.file_id })?.description).toBe("Bad Request: file is too big");
    expect(telegram.refusal("getFile", { file_id: "nope" })?.description).toBe("Bad Request: invalid file_id");
  });

  it("refuses a send with no chat, to a chat it never met, and to a person who never opened the bot", () => {
    const telegram = telegramThatKnows(GROUP);
    expect(telegram.refusal("sendMessage", { text: "x" })).toEqual({ error_code: 400, description: "Bad Request: chat_id is empty" });
    expect(telegram.refusal("sendMessage", { chat_id: 42, text: "x" })?.description).toBe("Bad Request: chat not found");
    expect(telegram.refusal("sendMessage", { chat_id: PERSON, text: "x" })).toEqual({
      error_code: 403,
      description: "Forbidden: bot can't initiate conversation with a user",
    });
    expect(telegram.refusal("sendMessage", { chat_id: String(GROUP), text: "x" })).toBeUndefined();
    telegram.observe(messageFrom(PERSON, 9));
    expect(telegram.refusal("sendMessage", { chat_id: PERSON, text: "x" })).toBeUndefined();
  });

  it("refuses an empty text, and one with nothing to see once the formatting is parsed", () => {
    const telegram = telegramThatKnows(PERSON);
    for (const text of [undefined, "", "  \n ", "<b> </b>", "\u200b"]) {
      expect(send(telegram, { text, parse_mode: "HTML" })?.description, JSON.stringify(text)).toBe("Bad Request: message text is empty");
    }
  });

  it("refuses HTML it cannot parse, and a parse mode it does not know", () => {
    const telegram = telegramThatKnows(PERSON);
    expect(send(telegram, { text: "Cách mời: /moi <đơn vị>", parse_mode: "HTML" })?.description).toBe(
      'Bad Request: can\'t parse entities: Unsupported start tag "đơn" at byte offset 18',
    );
    // The same text without parse_mode is plain text, and fine.
    expect(send(telegram, { text: "Cách mời: /moi <đơn vị>" })).toBeUndefined();
    expect(send(telegram, { text: "x", parse_mode: "XML" })?.description).toBe("Bad Request: unsupported parse_mode");
  });

  it("measures 4096 characters after parsing, counting code points", () => {
    const telegram = telegramThatKnows(PERSON);
    expect(send(telegram, { text: "😀".repeat(4096) })).toBeUndefined();
    expect(send(telegram, { text: `<b>${"&lt;".repeat(4096)}</b>`, parse_mode: "HTML" })).toBeUndefined();
    expect(send(telegram, { text: "a".repeat(4097) })?.description).toBe("Bad Request: message is too long");
  });

  it("refuses callback data over 64 bytes, counted in UTF-8", () => {
    const telegram = telegramThatKnows(PERSON);
    const withData = (data: string) => ({ text: "x", reply_markup: { inline_keyboard: [[{ text: "Nút", callback_data: data }]] } });
    expect(send(telegram, withData("a".repeat(64)))).toBeUndefined();
    expect(send(telegram, withData("a".repeat(65)))?.description).toBe("Bad Request: BUTTON_DATA_INVALID");
    expect(send(telegram, withData("đ".repeat(33)))?.description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("refuses malformed keyboards", () => {
    const telegram = telegramThatKnows(PERSON);
    const markup = (reply_markup: unknown) => send(telegram, { text: "x", reply_markup })?.description;
    expect(markup("{")).toBe("Bad Request: can't parse reply keyboard markup JSON object");
    expect(markup([1])).toBe("Bad Request: object expected as reply markup");
    expect(markup({ inline_keyboard: [{ text: "a", callback_data: "a" }] })).toBe(
      'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
    );
    expect(markup({ inline_keyboard: [[{ text: "a" }]] })).toBe(
      "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
    expect(markup({ inline_keyboard: [[{ callback_data: "a" }]] })).toBe(
      "Bad Request: can't parse inline keyboard button: Can't find field \"text\"",
    );
    expect(markup({ keyboard: [["Bỏ qua", { text: "Hủy" }]], resize_keyboard: true })).toBeUndefined();
    expect(markup({ keyboard: ["Bỏ qua"] })).toBe('Bad Request: field "keyboard" must be an Array of Arrays');
    expect(markup({ remove_keyboard: true })).toBeUndefined();
  });

  it("answers a button press once, and only one that was made", () => {
    const telegram = new StrictBotApi();
    const tooOld = "Bad Request: query is too old and response timeout expired or query ID is invalid";
    expect(telegram.refusal("answerCallbackQuery", { callback_query_id: "q1" })?.description).toBe(tooOld);
    telegram.observe({
      update_id: 1,
      callback_query: { id: "q1", from: { id: PERSON, is_bot: false, first_name: "Lan" }, chat_instance: "1", data: "x" },
    });
    expect(telegram.refusal("answerCallbackQuery", { callback_query_id: "q1" })).toBeUndefined();
    expect(telegram.refusal("answerCallbackQuery", { callback_query_id: "q1" })?.description).toBe(tooOld);
  });

  it("refuses half of a surrogate pair anywhere in a call", () => {
    const telegram = telegramThatKnows(PERSON);
    const button = { text: "1. Đoàn viên 😀".slice(0, 14), callback_data: "x" };
    expect(send(telegram, { text: "x", reply_markup: { inline_keyboard: [[button]] } })?.description).toBe(
      "Bad Request: strings must be encoded in UTF-8",
    );
  });
});

describe("the strict gate in front of the Bot API emulator", () => {
  let emulator: StrictEmulator;
  beforeAll(async () => {
    emulator = await startStrictEmulator({ storeTimeout: 60 });
  });
  afterAll(() => emulator.stop());

  it("answers a refused call with Telegram's 400, and passes the rest on to the emulator", async () => {
    const token = "123456789:AAE2eTestTokenForTheGateOnly";
    const client = emulator.server.getClient(token, { userId: PERSON, chatId: PERSON, firstName: "Lan" });
    await client.sendMessage(client.makeMessage("xin chào"));
    const call = (method: string, body: unknown) =>
      fetch(`${emulator.apiRoot}/bot${token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const updates = (await (await call("getUpdates", {})).json()) as { result: unknown[] };
    expect(updates.result).toHaveLength(1);

    const refused = await call("sendMessage", { chat_id: PERSON, text: "<x>", parse_mode: "HTML" });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      ok: false,
      error_code: 400,
      description: 'Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 0',
    });
    expect(emulator.refusals.map((item) => item.method)).toEqual(["sendMessage"]);

    const accepted = await call("sendMessage", { chat_id: PERSON, text: "<b>Lan &amp; Hoa</b>", parse_mode: "HTML" });
    expect(accepted.status).toBe(200);
    expect(emulator.server.storage.botMessages.map((stored) => stored.message.text)).toEqual(["<b>Lan &amp; Hoa</b>"]);
  });
});

describe("files, as Telegram takes them", () => {
  const file = (bytes: number) => ({ document: { filename: "bao-cao.docx", bytes: new Uint8Array(bytes) } });

  it("accepts a document uploaded by multipart, and one sent by file_id", () => {
    const telegram = telegramThatKnows(PERSON);
    expect(telegram.refusal("sendDocument", { chat_id: String(PERSON), document: "attach://a1" }, file(10))).toBeUndefined();
    expect(telegram.refusal("sendDocument", { chat_id: PERSON, document: "BQACAgIAAxkBAAI" })).toBeUndefined();
  });

  it("refuses an empty file, a call without its file, and one without a chat", () => {
    const telegram = telegramThatKnows(PERSON);
    expect(telegram.refusal("sendDocument", { chat_id: PERSON, document: "attach://a1" }, file(0))?.description).toBe(
      "Bad Request: file must be non-empty",
    );
    expect(telegram.refusal("sendDocument", { chat_id: PERSON })?.description).toBe("Bad Request: there is no document in the request");
    expect(telegram.refusal("sendPhoto", { chat_id: PERSON, photo: "attach://p1" })?.description).toBe(
      "Bad Request: there is no photo in the request",
    );
    expect(telegram.refusal("sendDocument", { document: "attach://a1" }, file(10))?.description).toBe("Bad Request: chat_id is empty");
  });
});
