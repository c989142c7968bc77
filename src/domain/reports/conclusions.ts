import { foldText } from "../text/fold.js";
import { matchName, type NamedCandidate } from "../text/match-name.js";

/** The chair's conclusions as entered: the points, and the tasks given to named organisations. */
export interface Conclusions {
  points: string[];
  /** By organisation code, the task the chair gave it, in the order typed. */
  directions: { organisationCode: string; text: string }[];
}

/** The ordinals conclusions are numbered with ("Một là, …"), as the seeds write them. */
const ORDINALS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

/**
 * "Một là", "Hai là,"… (with or without diacritics) where a point may start: the text's start,
 * a new line, or after a sentence's end; "năm là" inside a sentence is not a marker.
 */
const ORDINAL_MARKER = new RegExp(
  `(^|\\n|[.;:]\\s+)(?:${ORDINALS.flatMap((word) => [word, foldText(word)]).join("|")})\\s+(?:là|la)\\s*[,:.]?\\s*`,
  "giu",
);

/** A line's list marker: "-", "•", "*", "+", "1.", "2)", "a)". */
const LIST_MARKER = /^\s*(?:[-•*+–]|\d{1,2}[.)]|[a-zđ][.)])\s+/iu;

/** The longest "name:" a direction starts with; a longer text before a colon is a sentence. */
const MAX_NAME_LENGTH = 80;

/**
 * Splits the conclusions as people type them: one point per line (list markers dropped), or
 * "Một là…, Hai là…" in running text. A point that opens with an organisation's name or alias
 * and a colon ("Hội Nông dân: tập trung…") is a direction to that organisation; any other
 * point stays a point, so nothing typed is lost.
 */
export function splitConclusions(text: string, organisations: readonly NamedCandidate<string>[]): Conclusions {
  const normalized = text.normalize("NFC").replace(/\r\n?/g, "\n");
  const pieces = normalized
    .replace(ORDINAL_MARKER, (_match, before: string) => `${before.trim()}\n`)
    .split("\n")
    .map((line) => line.replace(LIST_MARKER, "").trim())
    .filter((line) => line && !/^[.;,:]+$/.test(line));
  const conclusions: Conclusions = { points: [], directions: [] };
  for (const piece of pieces) {
    const direction = directionOf(piece, organisations);
    if (direction) conclusions.directions.push(direction);
    else conclusions.points.push(piece);
  }
  return conclusions;
}

/** "Hội Nông dân: …" as a direction to the organisation it names, or undefined. */
function directionOf(piece: string, organisations: readonly NamedCandidate<string>[]): Conclusions["directions"][number] | undefined {
  const colon = piece.indexOf(":");
  if (colon <= 0 || colon > MAX_NAME_LENGTH) return undefined;
  const body = piece.slice(colon + 1).trim();
  if (!body) return undefined;
  const match = matchName(piece.slice(0, colon), organisations);
  return match.kind === "match" ? { organisationCode: match.id, text: body } : undefined;
}

/** The ordinal a conclusion is numbered with, capitalised: "Một", "Hai"…, then "11". */
export function conclusionOrdinal(index: number): string {
  const word = ORDINALS[index];
  return word ? word.charAt(0).toLocaleUpperCase("vi") + word.slice(1) : String(index + 1);
}
