/**
 * Nouns of more than one word that a lone digit word counts when it stands right before them:
 * members ("năm hội viên mới") and founded bodies ("bảy công đoàn cơ sở", "ba chi hội"). Folded.
 */
const COUNTED_NOUNS: readonly (readonly string[])[] = [
  ["hoi", "vien"],
  ["doan", "vien"],
  ["dang", "vien"],
  ["cong", "doan", "co", "so"],
  ["chi", "hoi"],
  ["chi", "doan"],
  ["to", "hoi"],
  ["cau", "lac", "bo"],
];

/**
 * Whether the folded words (from right after a lone digit word) begin with a noun it counts, so
 * that "bảy công đoàn cơ sở" is 7 while "năm công tác" stays a year.
 */
export function beginsCountedNoun(words: readonly (string | undefined)[]): boolean {
  return COUNTED_NOUNS.some((noun) => noun.every((word, index) => words[index] === word));
}
