/**
 * Telegram's reading of a text sent with `parse_mode: "HTML"`, as the Bot API server does it
 * (tdlib's `parse_html`, byte by byte over the UTF-8 text): what the person sees, the
 * formatting, or the error Telegram refuses the message with. The tests' fake Bot APIs use it
 * so that a text Telegram would refuse is refused in every test too.
 *
 * Like Telegram it is lenient where Telegram is: a `&` that starts no known entity (`&nbsp;`,
 * "Lan & Hoa") is kept as it is; only `&lt;`, `&gt;`, `&amp;`, `&quot;` and numeric entities
 * are decoded. A `<` always starts a tag, so "a < b" is refused.
 */

/** One formatting span of the parsed text, offsets in UTF-16 code units as the Bot API counts. */
export interface HtmlEntity {
  type:
    | "bold"
    | "italic"
    | "underline"
    | "strikethrough"
    | "spoiler"
    | "custom_emoji"
    | "text_link"
    | "code"
    | "pre"
    | "blockquote"
    | "expandable_blockquote";
  offset: number;
  length: number;
  /** The link of a text_link, the language of a pre, the id of a custom_emoji. */
  argument?: string;
}

/** The parsed text and its entities, or Telegram's error (without the "Bad Request: " prefix). */
export type HtmlParse = { ok: true; text: string; entities: HtmlEntity[] } | { ok: false; error: string };

const SUPPORTED_TAGS = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "s",
  "strike",
  "del",
  "u",
  "ins",
  "tg-spoiler",
  "tg-emoji",
  "tg-time",
  "span",
  "pre",
  "code",
  "blockquote",
]);

const SIMPLE_ENTITIES: Record<string, HtmlEntity["type"]> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
};

/** What ends an attribute's name besides a space: "=", ">", "/" and quotes. */
const ATTRIBUTE_NAME_ENDS = new Set([0x3d, 0x3e, 0x2f, 0x22, 0x27]);

const NAMED_ENTITIES: Record<string, number> = { lt: 0x3c, gt: 0x3e, amp: 0x26, quot: 0x22 };

interface OpenTag {
  name: string;
  argument: string;
  /** Where its content starts in the parsed text, in UTF-16 code units. */
  offset: number;
  /** Where its content starts in the parsed text's bytes (for an `<a>` without href). */
  byteOffset: number;
}

/** Parses `html` the way Telegram does for parse_mode HTML. */
export function parseTelegramHtml(html: string): HtmlParse {
  const bytes = Buffer.from(html, "utf8");
  // tdlib reads a NUL-terminated string: past the end every byte is 0.
  const at = (index: number): number => (index < bytes.length ? (bytes[index] as number) : 0);
  const out: number[] = [];
  const entities: HtmlEntity[] = [];
  const open: OpenTag[] = [];
  let utf16 = 0;
  let surrogateDecoded = false;
  const fail = (error: string): HtmlParse => ({ ok: false, error });

  for (let i = 0; i < bytes.length; i++) {
    const c = at(i);
    if (c === 0x26 /* & */) {
      const decoded = decodeEntity(at, i);
      if (decoded) {
        utf16 += decoded.code > 0xffff ? 2 : 1;
        if (decoded.code >= 0xd800 && decoded.code <= 0xdfff) surrogateDecoded = true;
        out.push(...utf8Of(decoded.code));
        i = decoded.next - 1;
        continue;
      }
    }
    if (c !== 0x3c /* < */) {
      if ((c & 0xc0) !== 0x80) utf16 += c >= 0xf0 ? 2 : 1;
      out.push(c);
      continue;
    }

    const begin = i++;
    if (at(i) !== 0x2f /* / */) {
      while (!isSpace(at(i)) && at(i) !== 0x3e) i++;
      if (at(i) === 0) return fail(`Unclosed start tag at byte offset ${begin}`);
      const name = lower(bytes, begin + 1, i);
      if (!SUPPORTED_TAGS.has(name)) return fail(`Unsupported start tag "${name}" at byte offset ${begin}`);

      let argument = "";
      while (at(i) !== 0x3e /* > */) {
        while (at(i) !== 0 && isSpace(at(i))) i++;
        if (at(i) === 0x3e) break;
        const attributeBegin = i;
        while (!isSpace(at(i)) && !ATTRIBUTE_NAME_ENDS.has(at(i))) i++;
        const attribute = bytes.subarray(attributeBegin, i).toString("utf8");
        if (!attribute) return fail(`Empty attribute name in the tag "${name}" at byte offset ${begin}`);
        while (at(i) !== 0 && isSpace(at(i))) i++;
        if (at(i) !== 0x3d /* = */) {
          // An attribute without a value: only <blockquote expandable> means something.
          if (at(i) === 0) return fail(`Unclosed start tag "${name}" at byte offset ${begin}`);
          if (name === "blockquote" && attribute === "expandable") argument = "1";
          continue;
        }
        i++;
        while (at(i) !== 0 && isSpace(at(i))) i++;
        if (at(i) === 0) return fail(`Unclosed start tag "${name}" at byte offset ${begin}`);

        let value: string;
        if (at(i) !== 0x27 /* ' */ && at(i) !== 0x22 /* " */) {
          // A name token: letters, digits, periods and hyphens, not case sensitive.
          const tokenBegin = i;
          while (isAlnum(at(i)) || at(i) === 0x2e || at(i) === 0x2d) i++;
          value = lower(bytes, tokenBegin, i);
          if (!isSpace(at(i)) && at(i) !== 0x3e) return fail(`Unexpected end of name token at byte offset ${tokenBegin}`);
        } else {
          const quote = at(i++);
          const valueBytes: number[] = [];
          while (at(i) !== quote && at(i) !== 0) {
            const decoded = at(i) === 0x26 ? decodeEntity(at, i) : undefined;
            if (decoded) {
              valueBytes.push(...utf8Of(decoded.code));
              i = decoded.next;
              continue;
            }
            valueBytes.push(at(i++));
          }
          if (at(i) === quote) i++;
          value = Buffer.from(valueBytes).toString("utf8");
        }
        if (at(i) === 0) return fail(`Unclosed start tag at byte offset ${begin}`);

        if (name === "a" && attribute === "href") argument = value;
        else if (name === "code" && attribute === "class" && value.startsWith("language-")) argument = value.slice(9);
        else if (name === "span" && attribute === "class" && value.startsWith("tg-")) argument = value.slice(3);
        else if (name === "tg-emoji" && attribute === "emoji-id") argument = value;
        else if (name === "blockquote" && attribute === "expandable") argument = "1";
      }
      if (name === "span" && argument !== "spoiler") return fail(`Tag "span" must have class "tg-spoiler" at byte offset ${begin}`);
      open.push({ name, argument, offset: utf16, byteOffset: out.length });
      continue;
    }

    // An end tag.
    const tag = open.at(-1);
    if (!tag) return fail(`Unexpected end tag at byte offset ${begin}`);
    while (!isSpace(at(i)) && at(i) !== 0x3e) i++;
    const endName = lower(bytes, begin + 2, i);
    while (isSpace(at(i)) && at(i) !== 0) i++;
    if (at(i) !== 0x3e) return fail(`Unclosed end tag at byte offset ${begin}`);
    if (endName && endName !== tag.name) {
      return fail(`Unmatched end tag at byte offset ${begin}, expected "</${tag.name}>", found "</${endName}>"`);
    }
    open.pop();
    if (utf16 > tag.offset) {
      const entity = closeEntity(tag, utf16 - tag.offset, entities, out);
      if (typeof entity === "string") return fail(entity);
    }
  }
  const unclosed = open.at(-1);
  if (unclosed) return fail(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  if (surrogateDecoded) {
    return fail("Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units");
  }
  // A language is kept only on a <pre>; on an inline <code> Telegram drops it.
  for (const entity of entities) if (entity.type === "code") delete entity.argument;
  return { ok: true, text: Buffer.from(out).toString("utf8"), entities: entities.sort((a, b) => a.offset - b.offset) };
}

/** Adds the entity a closed tag makes, merging <pre><code class="language-x"> as Telegram does; a string is an error. */
function closeEntity(tag: OpenTag, length: number, entities: HtmlEntity[], out: number[]): string | undefined {
  const offset = tag.offset;
  const simple = SIMPLE_ENTITIES[tag.name];
  const last = entities.at(-1);
  const sameSpan = last !== undefined && last.offset === offset && last.length === length;
  if (simple) entities.push({ type: simple, offset, length });
  else if (tag.name === "span") entities.push({ type: "spoiler", offset, length });
  else if (tag.name === "blockquote") entities.push({ type: tag.argument ? "expandable_blockquote" : "blockquote", offset, length });
  else if (tag.name === "tg-emoji") {
    if (!/^-?\d{1,19}$/.test(tag.argument) || BigInt(tag.argument) === 0n || BigInt(tag.argument) > 2n ** 63n - 1n) {
      return "Invalid custom emoji identifier specified";
    }
    entities.push({ type: "custom_emoji", offset, length, argument: tag.argument });
  } else if (tag.name === "a") {
    const url = tag.argument || Buffer.from(out.slice(tag.byteOffset)).toString("utf8");
    entities.push({ type: "text_link", offset, length, argument: url });
  } else if (tag.name === "pre") {
    if (sameSpan && last.type === "code" && last.argument) last.type = "pre";
    else entities.push({ type: "pre", offset, length });
  } else if (tag.name === "code") {
    if (sameSpan && last.type === "pre" && tag.argument) last.argument = tag.argument;
    else entities.push({ type: "code", offset, length, ...(tag.argument ? { argument: tag.argument } : {}) });
  }
  // <tg-time> formats a date on the reader's device; the bot never sends one, so it adds nothing here.
  return undefined;
}

/** An entity starting at `pos` (a `&`): its code point and where the text goes on; undefined when it is not one. */
function decodeEntity(at: (index: number) => number, pos: number): { code: number; next: number } | undefined {
  let end = pos + 1;
  let code = 0;
  if (at(pos + 1) === 0x23 /* # */) {
    end++;
    if (at(pos + 2) === 0x78 /* x */) {
      end++;
      while (isHexDigit(at(end))) code = code * 16 + Number.parseInt(String.fromCharCode(at(end++)), 16);
    } else {
      while (isDigit(at(end))) code = code * 10 + at(end++) - 0x30;
    }
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return undefined;
  } else {
    let name = "";
    while (isAlpha(at(end))) name += String.fromCharCode(at(end++));
    const named = NAMED_ENTITIES[name];
    if (named === undefined) return undefined;
    code = named;
  }
  return { code, next: at(end) === 0x3b /* ; */ ? end + 1 : end };
}

/** The UTF-8 bytes of a code point; a surrogate gets the 3 bytes Telegram then refuses. */
function utf8Of(code: number): number[] {
  if (code < 0x80) return [code];
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 0x3f)];
  if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
}

function lower(bytes: Buffer, from: number, to: number): string {
  return bytes
    .subarray(from, Math.min(to, bytes.length))
    .toString("utf8")
    .replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** tdlib's is_space: the NUL that ends its strings counts as one. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0 || c === 0x0b;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAlnum(c: number): boolean {
  return isDigit(c) || isAlpha(c);
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
