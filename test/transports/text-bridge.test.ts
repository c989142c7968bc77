import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api, InputFile } from "grammy";
import { describe, expect, it } from "vitest";
import { renderForConsole } from "../../src/transports/console.js";
import { type BridgeOutput, TextBridge } from "../../src/transports/text-bridge.js";

const speaker = { user: { id: 7, first_name: "Lan" }, chat: { id: 7, type: "private" as const } };

async function call(bridge: TextBridge, method: string, params: object) {
  const response = await bridge.fetch(`http://bridge/botX/${method}`, {
    body: JSON.stringify(params),
  });
  return (await response.json()) as { ok: boolean; result: { message_id: number } };
}

describe("the text bridge (console and Zalo)", () => {
  it("shows inline buttons as numbered choices and turns a typed number into the button's callback", async () => {
    const shown: BridgeOutput[] = [];
    const bridge = new TextBridge((output) => {
      shown.push(output);
    });
    await call(bridge, "sendMessage", {
      chat_id: 7,
      text: "<b>Xác nhận</b> 10.000 &amp; tiếp?",
      parse_mode: "HTML",
      reply_markup: {
        inline_keyboard: [
          [
            { text: "Đúng", callback_data: "yes" },
            { text: "Sửa", callback_data: "edit" },
          ],
        ],
      },
    });
    expect(shown[0]?.text).toBe("Xác nhận 10.000 & tiếp?");
    expect(renderForConsole(shown[0] as BridgeOutput)).toContain("   2) Sửa");
    const update = bridge.toUpdate(speaker, "2");
    expect(update.callback_query?.data).toBe("edit");
  });

  it("keeps a number as text when no choices are pending", async () => {
    const bridge = new TextBridge(() => {});
    await call(bridge, "sendMessage", {
      chat_id: 7,
      text: "Số hội viên mới?",
      reply_markup: { keyboard: [[{ text: "Bỏ qua" }]] },
    });
    const update = bridge.toUpdate(speaker, "2");
    expect(update.message?.text).toBe("2");
  });

  it("stamps a message with the channel's send time when it gives one (Zalo does), else now", () => {
    const bridge = new TextBridge(() => {});
    const sent = bridge.toUpdate(speaker, "Kinh phí còn hạn hẹp", new Date("2023-12-10T03:00:05.900Z"));
    expect(sent.message?.date).toBe(Date.parse("2023-12-10T03:00:05Z") / 1000);
    const now = Math.floor(Date.now() / 1000);
    expect(bridge.toUpdate(speaker, "không").message?.date).toBeGreaterThanOrEqual(now);
  });

  it("marks commands with their entity", () => {
    const update = new TextBridge(() => {}).toUpdate(speaker, "/nop");
    expect(update.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 4 }]);
  });

  it("refuses methods a text channel cannot honour, with a reason", async () => {
    const response = await call(new TextBridge(() => {}), "sendInvoice", { chat_id: 7 });
    expect(response.ok).toBe(false);
  });

  it("writes a document the bot uploads into its folder and shows the caption with the path (the console)", async () => {
    const shown: BridgeOutput[] = [];
    const folder = mkdtempSync(join(tmpdir(), "giaoban-exports-"));
    const bridge = new TextBridge((output) => void shown.push(output), { filesDir: folder });
    const api = new Api("console", { fetch: bridge.fetch as typeof fetch });
    await api.sendDocument(7, new InputFile(Buffer.from("PK docx bytes"), "bao-cao-2023-q4.docx"), { caption: "Báo cáo quý IV/2023" });
    const path = join(folder, "bao-cao-2023-q4.docx");
    expect(readFileSync(path, "utf8")).toBe("PK docx bytes");
    expect(shown[0]?.text).toBe(`Báo cáo quý IV/2023\n📎 Đã lưu tệp: ${path}`);
  });

  it("shows only the caption of a file on a channel that carries none (Zalo)", async () => {
    const shown: BridgeOutput[] = [];
    const bridge = new TextBridge((output) => void shown.push(output));
    const api = new Api("zalo", { fetch: bridge.fetch as typeof fetch });
    await api.sendDocument(7, new InputFile(Buffer.from("x"), "a.docx"), { caption: "Báo cáo" });
    expect(shown[0]?.text).toBe("Báo cáo");
  });
});
