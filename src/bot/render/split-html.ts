/** Telegram's limit for one message, in characters; what every split for Telegram is cut to. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** An entity, never cut in two. */
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);/y;
/** A tag, with its name and whether it closes. */
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>$/;

/** How good a place to cut is: a paragraph break beats a line break, which beats a space. */
const Break = { Anywhere: 0, Space: 1, Line: 2, Paragraph: 3 } as const;
type Break = (typeof Break)[keyof typeof Break];

interface Atom {
  start: number;
  end: number;
  /** Set for a tag: its name, and whether it opens (with its exact text, to reopen it) or closes. */
  tag: { name: string; opening: string | undefined } | undefined;
  /** Whether a reader sees it (not a tag, not whitespace). */
  visible: boolean;
}

interface OpenTag {
  name: string;
  opening: string;
}

/**
 * Splits an HTML text into messages of at most `limit` characters: at paragraph breaks
 * first, then at line breaks, then at spaces, then anywhere but inside a tag or an entity.
 * A tag open at a cut is closed at the end of one part and opened again at the start of the
 * next, so each part is balanced on its own. Whitespace at the cuts is dropped and parts
 * with nothing to read are left out; no other text is lost.
 */
export function splitMessage(text: string, limit: number): string[] {
  const atoms = tokenize(text);
  const parts: string[] = [];
  let open: OpenTag[] = [];
  let index = 0;
  while (index < atoms.length) {
    // Whitespace at the start of a part is the break it was cut at.
    while (index < atoms.length && isWhitespace(text.charCodeAt((atoms[index] as Atom).start))) index += 1;
    if (index >= atoms.length) break;
    const prefix = open.map((tag) => tag.opening).join("");
    const cut = chooseCut(text, atoms, index, open, limit - prefix.length);
    const stack = [...open];
    let visible = false;
    for (let k = index; k < cut; k += 1) {
      const atom = atoms[k] as Atom;
      visible ||= atom.visible;
      if (atom.tag) applyTag(stack, atom.tag);
    }
    if (visible) parts.push(prefix + slice(text, atoms, index, cut).trimEnd() + closing(stack));
    open = stack;
    index = cut;
  }
  return parts;
}

/**
 * The atom index to end the part starting at `from`: the latest best break that keeps the
 * part, with the tags still open closed at its end, within `room`; at least one atom.
 */
function chooseCut(text: string, atoms: readonly Atom[], from: number, open: readonly OpenTag[], room: number): number {
  const stack = [...open];
  let closeLength = closing(stack).length;
  let length = 0;
  let visible = false;
  let best = from + 1;
  let bestBreak: number = -1;
  for (let k = from; k < atoms.length; k += 1) {
    const atom = atoms[k] as Atom;
    length += atom.end - atom.start;
    if (length > room) break;
    if (atom.tag) {
      applyTag(stack, atom.tag);
      closeLength = closing(stack).length;
    }
    visible ||= atom.visible;
    const end = k + 1;
    if (end === atoms.length) {
      if (length + closeLength <= room) return end;
      break;
    }
    if (!visible || length + closeLength > room) continue;
    const kind = breakAt(text, (atoms[end] as Atom).start);
    if (kind >= bestBreak) {
      best = end;
      bestBreak = kind;
    }
  }
  return best;
}

/** What kind of break the text has at a position. */
function breakAt(text: string, position: number): Break {
  if (text.startsWith("\n\n", position)) return Break.Paragraph;
  const code = text.charCodeAt(position);
  if (code === 10) return Break.Line;
  return isWhitespace(code) ? Break.Space : Break.Anywhere;
}

function tokenize(text: string): Atom[] {
  const atoms: Atom[] = [];
  let start = 0;
  while (start < text.length) {
    const code = text.charCodeAt(start);
    let end = start + 1;
    let tag: Atom["tag"];
    let visible = !isWhitespace(code);
    if (code === 60 /* < */) {
      const close = text.indexOf(">", start);
      const match = close > 0 ? TAG.exec(text.slice(start, close + 1)) : null;
      if (match && !text.slice(start + 1, close).includes("<")) {
        end = close + 1;
        tag = { name: (match[2] as string).toLowerCase(), opening: match[1] ? undefined : match[0] };
        visible = false;
      }
    } else if (code === 38 /* & */) {
      ENTITY.lastIndex = start;
      const match = ENTITY.exec(text);
      if (match) end = start + match[0].length;
    } else if (code >= 0xd800 && code <= 0xdbff && start + 1 < text.length) {
      end = start + 2;
    }
    atoms.push({ start, end, tag, visible });
    start = end;
  }
  return atoms;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 12 || code === 11;
}

function slice(text: string, atoms: readonly Atom[], from: number, to: number): string {
  return text.slice((atoms[from] as Atom).start, (atoms[to - 1] as Atom).end);
}

/** Opens a tag, or closes the innermost open tag of that name. */
function applyTag(stack: OpenTag[], tag: { name: string; opening: string | undefined }): void {
  if (tag.opening !== undefined) {
    stack.push({ name: tag.name, opening: tag.opening });
    return;
  }
  const index = stack.map((open) => open.name).lastIndexOf(tag.name);
  if (index >= 0) stack.splice(index, 1);
}

/** The closing tags for what is still open, innermost first. */
function closing(stack: readonly OpenTag[]): string {
  return [...stack]
    .reverse()
    .map((tag) => `</${tag.name}>`)
    .join("");
}
