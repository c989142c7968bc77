/**
 * Removes control characters (NUL among them, and carriage returns) from text people sent,
 * keeping tabs and line breaks. Telegram's own apps never send them, but a bridge or a
 * hand-made update can, and PostgreSQL refuses a NUL in text: what is stored goes through this.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(/\p{Cc}/gu, (char) => (char === "\t" || char === "\n" ? char : ""));
}
