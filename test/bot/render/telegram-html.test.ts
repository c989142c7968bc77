import { describe, expect, it } from "vitest";
import { toTelegramHtml } from "../../../src/bot/render/telegram-html.js";
import { block, bold, italic, toPlainText } from "../../../src/domain/text/rich-text.js";

describe("rich text rendered for the channels", () => {
  const text = [
    block("line", bold("Báo cáo quý IV/2023")),
    block("line", italic("Tổng hợp ngày 25/11/2023")),
    block("paragraph", "Hội ", bold("<Nông dân>"), " & Đoàn: tăng 5%."),
    block("heading", "Hạn chế"),
    block("item", "thiếu vốn"),
    block("item", "thiếu người"),
  ];

  it("writes Telegram HTML with every run escaped once, headings bold and items as dashes", () => {
    expect(toTelegramHtml(text)).toBe(
      "<b>Báo cáo quý IV/2023</b>\n<i>Tổng hợp ngày 25/11/2023</i>\n\nHội <b>&lt;Nông dân&gt;</b> &amp; Đoàn: tăng 5%.\n\n<b>Hạn chế</b>\n- thiếu vốn\n- thiếu người",
    );
  });

  it("writes the same layout as plain text, without markup", () => {
    expect(toPlainText(text)).toBe(
      "Báo cáo quý IV/2023\nTổng hợp ngày 25/11/2023\n\nHội <Nông dân> & Đoàn: tăng 5%.\n\nHạn chế\n- thiếu vốn\n- thiếu người",
    );
  });
});
