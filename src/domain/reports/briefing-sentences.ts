import { formatPeriod } from "../periods/format-period.js";
import type { AttributedText } from "./briefing.js";
import { shortNameOf } from "./catalog-view.js";
import type { Translate } from "./report-data.js";

/**
 * Texts of several organisations run on as the reports write them: each a sentence with whose
 * it is after it ("… do chuyển đi làm ăn xa (Hội Nông dân)."), and its quarter in a briefing of several.
 */
export function merged(texts: AttributedText[], t: Translate): string {
  return texts
    .map(({ organisation, text, quarter }) => {
      const whose = quarter ? `${shortNameOf(organisation)}, ${formatPeriod(quarter, t)}` : shortNameOf(organisation);
      return `${asSentence(text).replace(/\.$/, "")} (${whose}).`;
    })
    .join(" ");
}

/**
 * A text typed in the chat as running text: its lines ("- …" lists included) joined with "; ",
 * ending with a full stop.
 */
export function asSentence(text: string): string {
  const lines = text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-•+*]|\d+[.)])\s*/, "").trim())
    .filter(Boolean)
    .map((line, index, all) => (index < all.length - 1 ? line.replace(/[.;,]+$/, "") : line));
  const joined = lines.join("; ");
  return joined && !/[.!?…]$/.test(joined) ? `${joined}.` : joined;
}

/**
 * Whether the reader's language reads the catalog's phrases, which are written in Vietnamese
 * (`reports-briefing-phrases`); other readers get each indicator's name and figure instead.
 */
export function phrases(t: Translate): boolean {
  return t("reports-briefing-phrases") === "yes";
}

/** A name as it reads inside a sentence: first letter lower-cased, proper nouns after it kept. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/** A sentence's (or a column's) first letter upper-cased: "Quý I/2024". */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
