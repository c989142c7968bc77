import { describe, expect, it } from "vitest";
import { updateWithoutControlCharacters } from "../../../src/domain/text/clean-update.js";

describe("removing control characters from an update", () => {
  it("cleans every string, names and button data included, and leaves line breaks and tabs", () => {
    const update = {
      update_id: 1,
      callback_query: { id: "q", data: "nop:1:\u0000confirm", from: { id: 5, first_name: "Ng\u0000uyễn\u001b", is_bot: false } },
      message: { text: "dòng 1\ndòng\t2\u0007" },
    };
    expect(updateWithoutControlCharacters(update)).toEqual({
      update_id: 1,
      callback_query: { id: "q", data: "nop:1:confirm", from: { id: 5, first_name: "Nguyễn", is_bot: false } },
      message: { text: "dòng 1\ndòng\t2" },
    });
    expect(update.message.text).toBe("dòng 1\ndòng\t2\u0007");
  });

  it("keeps a command's and a mention's entity on their words when characters before or inside them go", () => {
    const message = {
      text: "\u0000/nop\u0000 @giao\u0007ban_bot",
      entities: [
        { type: "bot_command", offset: 1, length: 4 },
        { type: "mention", offset: 7, length: 13 },
      ],
    };
    const cleaned = updateWithoutControlCharacters(message);
    expect(cleaned.text).toBe("/nop @giaoban_bot");
    expect(cleaned.entities.map((entity) => cleaned.text.slice(entity.offset, entity.offset + entity.length))).toEqual([
      "/nop",
      "@giaoban_bot",
    ]);
  });

  it("drops an entity that held only control characters, and moves caption entities too", () => {
    const cleaned = updateWithoutControlCharacters({
      caption: "a\u0000\u0000b",
      caption_entities: [
        { type: "bold", offset: 1, length: 2 },
        { type: "italic", offset: 3, length: 1 },
      ],
    });
    expect(cleaned).toEqual({ caption: "ab", caption_entities: [{ type: "italic", offset: 1, length: 1 }] });
  });
});
