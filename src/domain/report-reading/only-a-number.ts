import { foldText } from "../text/fold.js";

/**
 * The words a typed number is made of ("hai trăm", "một nghìn rưỡi", "ko", "500k"). Only
 * words that can name nothing the reader looks for: "lẻ" is left out, as in "tỷ lệ" (a rate).
 */
const NUMBER_WORDS = new Set([
  "khong",
  "ko",
  "mot",
  "hai",
  "ba",
  "bon",
  "tu",
  "nam",
  "lam",
  "nham",
  "sau",
  "bay",
  "tam",
  "chin",
  "muoi",
  "tram",
  "nghin",
  "ngan",
  "trieu",
  "ty",
  "ruoi",
  "k",
  "tr",
]);

/**
 * Whether `text` is one line holding only a number, in digits or words ("1.250", "hai trăm",
 * "không", "12,5%"): it names no indicator and no section, so the report reader has nothing to
 * find in it. The paste rule asks this first: reading every typed answer as a possible report
 * was a twentieth of a submission step's cost (README, "Performance").
 */
export function isOnlyANumber(text: string): boolean {
  if (/[\n\t]/.test(text)) return false;
  const folded = foldText(text);
  if (!/^[\p{L}\d\s.,%+\-–()/:]*$/u.test(folded)) return false;
  return (folded.match(/\p{L}+/gu) ?? []).every((word) => NUMBER_WORDS.has(word));
}
