import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitMessage } from "../../../src/bot/render/split-html.js";

/** Whether every <b>/<i> opened in a text is closed in it, properly nested, and no tag is cut. */
function balanced(text: string): boolean {
  const open: string[] = [];
  for (const match of text.matchAll(/<(\/?)([a-z]+)>|[<>]/g)) {
    if (match[2] === undefined) return false;
    if (match[1]) {
      if (open.pop() !== match[2]) return false;
    } else open.push(match[2]);
  }
  return open.length === 0;
}

/** The text a reader sees, without tags or whitespace: what splitting must not lose. */
const visible = (text: string) => text.replace(/<\/?[bi]>/g, "").replace(/\s+/g, "");

const word = fc.oneof(
  fc.constantFrom("Hội", "Nông", "dân", "tỉnh", "42.489", "người", "&amp;", "&lt;", "đoàn", "viên", "hạn", "chế"),
  fc.string({ unit: fc.constantFrom(..."abcdeđơưạ0123456789"), minLength: 1, maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(..."xyz"), minLength: 30, maxLength: 120 }),
);
const phrase = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(" "));
const styled = fc.oneof(
  { weight: 3, arbitrary: phrase },
  phrase.map((text) => `<b>${text}</b>`),
  phrase.map((text) => `<i>${text}</i>`),
  fc.tuple(phrase, phrase).map(([a, b]) => `<b>${a} <i>${b}</i></b>`),
);
const line = fc.array(styled, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(" "));
const paragraph = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => lines.join("\n"));
const message = fc.array(paragraph, { minLength: 1, maxLength: 12 }).map((paragraphs) => paragraphs.join("\n\n"));

describe("splitMessage", () => {
  it("keeps a short text whole", () => {
    expect(splitMessage("<b>Tiêu đề</b>\n\nNội dung.", 4096)).toEqual(["<b>Tiêu đề</b>\n\nNội dung."]);
  });

  it("splits at paragraph breaks first", () => {
    const a = "a".repeat(60);
    const b = "b".repeat(60);
    const c = "c".repeat(60);
    expect(splitMessage(`${a}\n\n${b}\n\n${c}`, 170)).toEqual([`${a}\n\n${b}`, c]);
  });

  it("splits a long paragraph at line breaks", () => {
    const lines = Array.from({ length: 10 }, (_, index) => `${index} ${"x".repeat(40)}`);
    const parts = splitMessage(lines.join("\n"), 150);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) for (const piece of part.split("\n")) expect(lines).toContain(piece);
  });

  it("closes a bold text cut in two and reopens it", () => {
    const parts = splitMessage(`<b>${"chữ ".repeat(100)}</b>`, 200);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.startsWith("<b>")).toBe(true);
      expect(part.endsWith("</b>")).toBe(true);
      expect(part.length).toBeLessThanOrEqual(200);
    }
  });

  it("never cuts an entity", () => {
    const parts = splitMessage("&amp;".repeat(100), 64);
    for (const part of parts) expect(part).toMatch(/^(&amp;)+$/);
    expect(parts.join("")).toBe("&amp;".repeat(100));
  });

  it("gives no part for an empty text", () => {
    expect(splitMessage("", 100)).toEqual([]);
    expect(splitMessage("\n\n\n", 100)).toEqual([]);
  });

  it("keeps every part within the limit, balanced, non-empty, and loses no text", () => {
    fc.assert(
      fc.property(message, fc.integer({ min: 20, max: 800 }), (text, limit) => {
        const parts = splitMessage(text, limit);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(limit);
          expect(visible(part).length).toBeGreaterThan(0);
          expect(balanced(part), part).toBe(true);
        }
        expect(parts.map(visible).join("")).toBe(visible(text));
      }),
      { numRuns: 200 },
    );
  });

  it("holds at Telegram's limit for long texts", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 20, maxLength: 80 }), (paragraphs) => {
        const text = paragraphs.join("\n\n");
        const parts = splitMessage(text, 4096);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(4096);
          expect(balanced(part)).toBe(true);
        }
        expect(parts.map(visible).join("")).toBe(visible(text));
      }),
      { numRuns: 15 },
    );
  });
});
