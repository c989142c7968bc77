/**
 * The text's first `limit` characters, counted by code points as Telegram counts them: cutting
 * by UTF-16 units can split an emoji into half a surrogate pair, which Telegram refuses as
 * text that is not UTF-8.
 */
export function cutText(text: string, limit: number): string {
  return [...text].slice(0, limit).join("");
}

/**
 * An excerpt of a quoted sentence for a chat line: the whole text when it fits in `limit` code
 * points, else cut at the last word that fits and ended with "…", so a reader never sees a
 * word cut in half ("25 quần chú") and can tell the quote goes on.
 */
export function excerpt(text: string, limit: number): string {
  const points = [...text];
  if (points.length <= limit) return text;
  const head = points.slice(0, limit - 1).join("");
  const space = head.search(/\s\S*$/u);
  return `${(space > 0 ? head.slice(0, space) : head).trimEnd()}…`;
}
