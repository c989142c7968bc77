/**
 * Removes control characters (NUL among them, and carriage returns) from text people sent,
 * keeping tabs and line breaks. Telegram's own apps never send them, but a bridge or a
 * hand-made update can, and PostgreSQL refuses a NUL in text: what is stored goes through this.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(/\p{Cc}/gu, (char) => (char === "\t" || char === "\n" ? char : ""));
}

/**
 * A value as JSON text, every string in it without control characters: PostgreSQL's jsonb
 * refuses a NUL ("\u0000") as it refuses one in text, and the updates and messages stored as
 * JSON (the inbox, the outbox) carry what people typed.
 */
export function jsonWithoutControlCharacters(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === "string" ? withoutControlCharacters(item) : item));
}
