import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/bot/render/escape-html.js";
import { parseTelegramHtml } from "./telegram-html.js";

const text = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
};
const error = (html: string) => {
  const parsed = parseTelegramHtml(html);
  return parsed.ok ? undefined : parsed.error;
};
const entities = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.entities;
};

describe("Telegram's reading of parse_mode HTML", () => {
  it("keeps plain text, and a & that starts no entity, as it is", () => {
    expect(text("Xin chào Lan & Hoa!")).toBe("Xin chào Lan & Hoa!");
    expect(text("a &nbsp; b &copy; &;")).toBe("a &nbsp; b &copy; &;");
  });

  it("decodes the four named entities and numeric ones, with or without the semicolon", () => {
    expect(text("&lt;b&gt; &amp; &quot;x&quot;")).toBe('<b> & "x"');
    expect(text("&#65;&#x42;&#67 &lt")).toBe("ABC <");
    expect(text("&#128512;")).toBe("😀");
    // Not entities for Telegram: a zero, an upper-case X, ten characters or more, a case change.
    expect(text("&#0; &#X41; &#0000000065; &LT;")).toBe("&#0; &#X41; &#0000000065; &LT;");
  });

  it("reads every tag the Bot API documents", () => {
    const html = [
      "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>",
      '<span class="tg-spoiler">p</span><tg-spoiler>q</tg-spoiler><a href="https://t.me/x">a</a>',
      '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji><code>c</code><pre>p</pre>',
      '<pre><code class="language-python">x = 1</code></pre><blockquote>q</blockquote><blockquote expandable>long</blockquote>',
    ].join("");
    expect(entities(html).map((entity) => entity.type)).toEqual([
      "bold",
      "bold",
      "italic",
      "italic",
      "underline",
      "underline",
      "strikethrough",
      "strikethrough",
      "strikethrough",
      "spoiler",
      "spoiler",
      "text_link",
      "custom_emoji",
      "code",
      "pre",
      "pre",
      "blockquote",
      "expandable_blockquote",
    ]);
    expect(entities('<pre><code class="language-python">x</code></pre>')).toEqual([
      { type: "pre", offset: 0, length: 1, argument: "python" },
    ]);
    expect(entities("<B>x</b>")).toEqual([{ type: "bold", offset: 0, length: 1 }]);
    expect(entities('<a href="https://t.me/x?a=1&amp;b=2">l</a>')[0]?.argument).toBe("https://t.me/x?a=1&b=2");
  });

  it("counts offsets in UTF-16 code units, as the Bot API does", () => {
    expect(entities("😀 Đảng <b>viên</b>")).toEqual([{ type: "bold", offset: 8, length: 4 }]);
  });

  it("refuses an unknown tag, naming it and its byte offset in the UTF-8 text", () => {
    expect(error("<x>")).toBe('Unsupported start tag "x" at byte offset 0');
    // "Xin chào " is ten bytes: "à" takes two.
    expect(error("Xin chào <đơn vị>")).toBe('Unsupported start tag "đơn" at byte offset 10');
    expect(error("<br/>")).toBe('Unsupported start tag "br/" at byte offset 0');
  });

  it("takes every < for a tag, so a bare one is refused", () => {
    expect(error("a < b")).toBe('Unsupported start tag "" at byte offset 2');
    expect(error("1 <2 người")).toBe('Unsupported start tag "2" at byte offset 2');
    expect(error("1 <2")).toBe("Unclosed start tag at byte offset 2");
    expect(error("a <")).toBe("Unclosed start tag at byte offset 2");
  });

  it("refuses tags that are not closed, closed twice, or crossed", () => {
    expect(error("<b>x")).toBe('Can\'t find end tag corresponding to start tag "b"');
    expect(error("x</b>")).toBe("Unexpected end tag at byte offset 1");
    expect(error("<b><i>x</b></i>")).toBe('Unmatched end tag at byte offset 7, expected "</i>", found "</b>"');
    expect(error("<b>x</b")).toBe("Unclosed end tag at byte offset 4");
    expect(error("<b")).toBe("Unclosed start tag at byte offset 0");
    expect(text("<b>x</>")).toBe("x");
  });

  it("refuses malformed attributes, and a span that is not a spoiler", () => {
    expect(error('<a href="https://t.me')).toBe("Unclosed start tag at byte offset 0");
    expect(error("<a href=https://t.me>x</a>")).toBe("Unexpected end of name token at byte offset 8");
    expect(error("<b =x>x</b>")).toBe('Empty attribute name in the tag "b" at byte offset 0');
    expect(error("<b x")).toBe('Unclosed start tag "b" at byte offset 0');
    expect(error("<span>x</span>")).toBe('Tag "span" must have class "tg-spoiler" at byte offset 0');
    expect(error('<tg-emoji emoji-id="abc">👍</tg-emoji>')).toBe("Invalid custom emoji identifier specified");
    expect(text('<b class="x" hidden>x</b>')).toBe("x");
  });

  it("refuses an entity that decodes to half of a surrogate pair", () => {
    expect(error("&#55357;")).toContain("Text contains invalid Unicode characters after decoding HTML entities");
  });

  it("accepts any text escaped with escapeHtml and shows it unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (raw) => {
        expect(parseTelegramHtml(`<b>${escapeHtml(raw)}</b>`)).toMatchObject({ ok: true, text: raw });
      }),
      { numRuns: 500 },
    );
  });
});
