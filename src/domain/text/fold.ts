/**
 * Folds text for matching what people type against what the bot knows: NFC, lower case,
 * diacritics removed (đ → d), whitespace collapsed. Many officials type without diacritics,
 * so every comparison of typed words goes through this. Idempotent.
 */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}
