/**
 * The text's first `limit` characters, counted by code points as Telegram counts them: cutting
 * by UTF-16 units can split an emoji into half a surrogate pair, which Telegram refuses as
 * text that is not UTF-8.
 */
export function cutText(text: string, limit: number): string {
  return [...text].slice(0, limit).join("");
}
