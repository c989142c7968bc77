/**
 * Folds text for matching what people type against what the bot knows: NFC, lower case,
 * diacritics removed (đ → d), whitespace collapsed. Many officials type without diacritics,
 * so every comparison of typed words goes through this. Idempotent.
 */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Control characters other than line breaks and tabs: never typed on purpose, and PostgreSQL refuses NUL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** The text without control characters (NUL, escape…), keeping line breaks and tabs. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}
