import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZaloApi, zaloAlias, zaloDelivery } from "../../src/transports/zalo.js";
import { FakeZalo } from "../support/fake-zalo.js";
import { freePort } from "../support/spawn-bot.js";

const TOKEN = "42:secret";

describe("the Zalo bridge's delivery", () => {
  let zalo: FakeZalo;
  let api: ZaloApi;
  const chats = new Map<number, string>([[zaloAlias("chat-1", "user"), "chat-1"]]);
  const directory = {
    remember: async (alias: number, zaloId: string) => {
      chats.set(alias, zaloId);
    },
    externalIdOf: async (alias: number) => chats.get(alias),
  };
  beforeAll(async () => {
    const port = await freePort();
    zalo = new FakeZalo(TOKEN);
    await zalo.listen(port);
    api = new ZaloApi(`http://127.0.0.1:${port}`, TOKEN);
  });
  afterAll(() => zalo.close());

  it("splits a long message at paragraphs under Zalo's 2000 characters, choices at the end", async () => {
    const paragraph = "Hội Nông dân tỉnh đã kết nạp 1.250 hội viên mới. ".repeat(12).trim();
    const text = Array.from({ length: 6 }, () => paragraph).join("\n\n");
    await zaloDelivery(
      api,
      directory,
    )({
      chatId: zaloAlias("chat-1", "user"),
      messageId: 1,
      text,
      choices: ["Đăng lên nhóm", "Hủy"],
      hints: [],
      edited: false,
    });
    const sent = zalo.sentTo("chat-1");
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((part) => part.length <= 2000)).toBe(true);
    expect(sent.join("\n\n")).toBe(`${text}\n   1) Đăng lên nhóm\n   2) Hủy`);
  });

  it("says which chat is unknown rather than sending nowhere", async () => {
    const deliver = zaloDelivery(api, directory);
    await expect(deliver({ chatId: -5, messageId: 1, text: "x", choices: [], hints: [], edited: false })).rejects.toThrow(
      /No Zalo chat is known for the bot's chat -5/,
    );
  });

  it("knows users and groups by stable numeric ids, groups negative as on Telegram", () => {
    expect(zaloAlias("8f3a2c61d0e94b7a", "user")).toBe(zaloAlias("8f3a2c61d0e94b7a", "user"));
    expect(zaloAlias("8f3a2c61d0e94b7a", "user")).toBeGreaterThan(0);
    expect(zaloAlias("g-1", "group")).toBeLessThan(0);
    expect(Number.isSafeInteger(zaloAlias("g-1", "group"))).toBe(true);
    expect(zaloAlias("a", "user")).not.toBe(zaloAlias("b", "user"));
  });
});
