/**
 * A marker people start a task with: "-", "+", "•", "*", "–", a number ("1.", "1)", "1.2."), a
 * letter ("a)", "b."), or a Roman numeral ("I.", "IV)"). Followed by a space (or the end), so a
 * word such as "Tổ" or a figure "1.500" is never taken for one.
 */
const MARKER = /^(?:[-+•*–—·▪●○◦➢►✓]+|\(?\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-zđ][.)]|\(?[IVX]{1,4}[.)])(?=\s|$)\s*/u;

/** Punctuation a task ends with that is not part of it. */
const TRAILING = /[\s.;,:!]+$/u;

/** Whether a piece holds anything to do: at least one letter or digit. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Splits the "nhiệm vụ quý tới" an organisation wrote into tasks, the way people write them: one
 * per line, each maybe opened by "-", "+", "•", "*", "1.", "1)", "a)" or "I."; clauses on one line
 * separated by ";" are tasks each. A line ending with ":" ("Quý IV tập trung các nhiệm vụ sau:")
 * heads the list and is no task, and a heading before the first ";"-clause of a line ("Trọng tâm:
 * A; B") is dropped the same way. Each task is trimmed of spaces and of the punctuation it ends
 * with; empty pieces are dropped.
 */
export function splitTaskItems(text: string): string[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const unmarked = stripMarker(line.trim());
    if (unmarked.endsWith(":")) return [];
    const clauses = unmarked.split(";");
    const first = clauses[0] ?? "";
    const colon = first.indexOf(": ");
    // "Trọng tâm: tổ chức A; triển khai B": the words before the colon name the list.
    if (clauses.length > 1 && colon >= 0) clauses[0] = first.slice(colon + 2);
    return clauses.map((clause) => stripMarker(clause.trim()).replace(TRAILING, "")).filter((clause) => HAS_WORD.test(clause));
  });
}

function stripMarker(piece: string): string {
  return piece.replace(MARKER, "");
}
