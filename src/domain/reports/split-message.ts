/** The formatting tags this bot writes, which must be balanced within every message. */
const TAG = /<(\/?)(b|i|u|s|code)>/g;

/**
 * Splits an HTML text into messages of at most `limit` characters: at paragraph breaks
 * first, then at line breaks, then anywhere but inside a tag or an entity. A tag open at a
 * cut is closed at the end of one part and opened again at the start of the next.
 */
export function splitMessage(text: string, limit: number): string[] {
  // Room for the tags closed and reopened at a cut.
  const budget = Math.max(1, limit - 40);
  const pieces = text.split(/(\n\n)/);
  const parts: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) parts.push(current);
    current = "";
  };
  for (const piece of pieces.flatMap((paragraph) => (paragraph.length > budget ? paragraph.split(/(\n)/) : [paragraph]))) {
    if (current.length + piece.length <= budget) {
      current += piece;
      continue;
    }
    flush();
    let rest = piece;
    while (rest.length > budget) {
      const cut = safeCut(rest, budget);
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  flush();
  return balanceTags(parts.map((part) => part.replace(/^\n+|\n+$/g, ""))).filter((part) => part.trim());
}

/** The last position at or before `max` that is not inside a tag or an entity, preferring a space. */
function safeCut(text: string, max: number): number {
  let cut = max;
  const openTag = text.lastIndexOf("<", cut - 1);
  if (openTag > text.lastIndexOf(">", cut - 1)) cut = openTag;
  const entity = text.lastIndexOf("&", cut - 1);
  if (entity >= 0 && !text.slice(entity, cut).includes(";") && cut - entity < 10) cut = entity;
  const space = text.lastIndexOf(" ", cut - 1);
  if (space > cut - 200 && space > 0) cut = space + 1;
  return cut > 0 ? cut : max;
}

/** Closes the tags left open at the end of each part and reopens them in the next. */
function balanceTags(parts: string[]): string[] {
  let carried: string[] = [];
  return parts.map((part) => {
    const open = [...carried];
    const body = carried.map((tag) => `<${tag}>`).join("") + part;
    for (const match of part.matchAll(TAG)) {
      const name = match[2] as string;
      if (match[1]) {
        const index = open.lastIndexOf(name);
        if (index >= 0) open.splice(index, 1);
      } else {
        open.push(name);
      }
    }
    carried = open;
    return (
      body +
      [...open]
        .reverse()
        .map((tag) => `</${tag}>`)
        .join("")
    );
  });
}
