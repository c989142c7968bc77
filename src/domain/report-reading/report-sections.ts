import type { Quarter } from "../periods/period.js";
import type { TextSection } from "../submission/draft.js";
import { foldText } from "../text/fold.js";
import type { FoundText } from "./report-reading.js";
import { namesNextQuarter, unheadedResults } from "./unheaded-results.js";

/** What a heading line opens: one of the report's text sections, another part, or the signature. */
type HeadingKind = TextSection | "other" | "closing";

/** A heading line of a report, with how deep its numbering puts it (1 for "I.", 2 for "1.", 5 for "-"). */
interface Heading {
  line: number;
  kind: HeadingKind;
  level: number;
  /** The heading as written, numbering kept ("II. Hạn chế, khó khăn"). */
  text: string;
  /** Text written after the heading's colon on the same line ("Hạn chế: kinh phí còn ít"). */
  inline: string;
}

/** The headings these reports use for each section, folded, after the numbering and "những"/"các". */
const SECTION_WORDS: readonly [TextSection, RegExp][] = [
  [
    "highlights",
    /^(?:ket qua(?: (?:noi bat|dat duoc|thuc hien|cong tac|hoat dong|chu yeu|cu the|trien khai))?|viec da lam|uu diem|mat lam duoc|mat manh|tinh hinh (?:va )?ket qua|tinh hinh thuc hien)\b/,
  ],
  ["limitations", /^(?:han che|kho khan|ton tai|vuong mac|yeu kem|bat cap|khuyet diem)\b/],
  ["proposals", /^(?:kien nghi|de xuat|de nghi)\b/],
  [
    "next_tasks",
    /^(?:phuong huong|nhiem vu (?:trong tam|chu yeu|quy|thoi gian|nam|6 thang|sau thang|giai doan|cong tac|tiep theo|toi|thuc hien)|ke hoach (?:quy|thoi gian|cong tac quy)|trong tam (?:cong tac|nhiem vu))/,
  ],
];
const OPENING_WORDS = /^(?:(?:nhung|cac|mot so|danh gia|danh gia chung|ve)\s+)+/;
/** Lines that end the report's body: the closing sentence, the recipients, the signature. */
const CLOSING = /^(?:tren day la|noi nhan|(?:tm|t\/m|kt|tl|tuq)[. ])/;
/** A short line of thanks ends a report sent as a message ("Em cảm ơn anh chị!"), as a signature does. */
const THANKS = /^(?:(?:em|xin|chan thanh|tran trong)\s+)?cam on\b/;
const THANKS_WORDS = 10;
/** Numbering: "Phần I.", Roman or capital letters (level 1), "1." (2), "1.1" (3), "a)" (4), "-" (5), "+" (6). */
const NUMBERINGS: readonly [RegExp, number][] = [
  // "PHẦN I.", "Phần thứ hai:": the parts of a long report.
  [/^(?:PHẦN|Phần|MỤC|Mục)\s+(?:[IVXLC]+|THỨ\s+\p{Lu}+|thứ\s+\p{Ll}+)(?![\p{L}\d])\s*[.:)–-]?\s*/u, 1],
  [/^(?:[IVXLC]+|[A-Z])\s*[.)]\s*/, 1],
  [/^\d+\.\d+(?:\.\d+)*\.?\s*/, 3],
  [/^\d+\s*[.)]\s*/, 2],
  [/^[a-zđ]\s*[.)]\s*/, 4],
  [/^[-–•*]\s*/, 5],
  [/^\+\s*/, 6],
];
/** A clause that says limitations remain, before a colon (the limitations follow it, on its line or the next). */
const LEAD_INTO_LIMITATIONS = /\b(?:van con|con)\b.*\b(?:han che|kho khan|ton tai|vuong mac|yeu kem|bat cap)\b[^.;]{0,40}$/;
/** Longer leads than this are a paragraph's middle, not its opening. */
const LEAD_WORDS = 24;
/** Longer lines than this are prose, not headings. */
const HEADING_WORDS = 16;

/** The heading a line is, or undefined for a line of text. */
function headingOf(
  line: string,
  index: number,
  previous: string | undefined,
  next: string | undefined,
  nextQuarter: Quarter | undefined,
): Heading | undefined {
  const trimmed = line.trim();
  if (line.includes("\t")) return undefined;
  const folded = foldText(trimmed);
  if (CLOSING.test(folded) || (THANKS.test(folded) && words(trimmed) <= THANKS_WORDS))
    return { line: index, kind: "closing", level: 0, text: trimmed, inline: "" };
  // "BÁO CÁO" and the line after it are the title ("Kết quả công tác quý III"), not a section.
  if (folded.startsWith("bao cao") || (previous !== undefined && foldText(previous) === "bao cao")) return undefined;
  // "Tuy nhiên, bên cạnh kết quả đạt được vẫn còn một số hạn chế: …": a sentence leading into the limitations.
  const leadEnd = trimmed.indexOf(":");
  const lead = leadEnd > 0 ? trimmed.slice(0, leadEnd) : "";
  if (lead && words(lead) <= LEAD_WORDS && LEAD_INTO_LIMITATIONS.test(foldText(lead))) {
    return { line: index, kind: "limitations", level: 2, text: trimmed, inline: trimmed.slice(leadEnd + 1).trim() };
  }
  const [numbering, level] = NUMBERINGS.map(([pattern, depth]) => [pattern.exec(trimmed)?.[0], depth] as const).find(
    ([found]) => found,
  ) ?? ["", 0];
  const body = trimmed.slice(numbering?.length ?? 0);
  const colon = body.indexOf(":");
  const head = colon > 0 && words(body.slice(0, colon)) <= 12 ? body.slice(0, colon) : body;
  const inline = head === body ? "" : body.slice(colon + 1).trim();
  const count = words(head);
  if (count === 0 || count > HEADING_WORDS) return undefined;
  const capitals = /\p{Lu}/u.test(head) && head === head.toUpperCase();
  const kind = sectionOf(head, nextQuarter);
  const numbered = level > 0;
  const endsSentence = /[.;,]$/.test(head.trim()) && !capitals;
  if (kind) {
    // "Kết quả xây dựng tổ chức Đoàn trong quý:" right before a table is its caption: no section of its own.
    const leadIn = kind === "highlights" && !numbered && !capitals && !inline && next?.includes("\t") === true;
    const heading = numbered || capitals || (head !== body && !leadIn) || (count <= 8 && !endsSentence && !leadIn);
    if (!heading) return undefined;
    return { line: index, kind, level: numbered ? level : capitals ? 1 : 2, text: trimmed, inline };
  }
  // Another part of the report ("III. CÔNG TÁC TỔ CHỨC") ends the sections at its depth.
  const part = (level > 0 && level <= 3) || capitals;
  if (!part || endsSentence || head !== body || count > 12 || !/^\p{Lu}/u.test(head)) return undefined;
  return { line: index, kind: "other", level: numbered ? level : 1, text: trimmed, inline: "" };
}

function sectionKind(heading: Heading | undefined): TextSection | undefined {
  return heading && heading.kind !== "other" && heading.kind !== "closing" ? heading.kind : undefined;
}

function sectionOf(head: string, nextQuarter: Quarter | undefined): TextSection | undefined {
  const plain = foldText(head).trim();
  if (namesNextQuarter(plain, nextQuarter)) return "next_tasks";
  const folded = plain
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(OPENING_WORDS, "");
  return SECTION_WORDS.find(([, pattern]) => pattern.test(folded))?.[0];
}

function words(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word)).length;
}

/** The sections of a report, where its first heading stands, and the section each line is in. */
export interface ReportSections {
  texts: Partial<Record<TextSection, FoundText>>;
  firstHeading: number;
  lineSections: (TextSection | undefined)[];
}

/**
 * The report's text sections, each everything under its heading (numbering kept) until the
 * next section's heading, a part at the same depth or above, or the signature. A section met
 * twice ("Hạn chế" then "Khó khăn, vướng mắc") is joined, the second heading kept in its text.
 * Also where the first heading stands, which ends the title, and the section of each line.
 * Given the quarter after the report's, a line labelled with it ("- Quý 3: …") opens the next
 * tasks; a short report's unlabelled list items before its first section are its results.
 */
export function readSections(lines: readonly string[], nextQuarter?: Quarter): ReportSections {
  const headings = lines.flatMap((line, index) => headingOf(line, index, lines[index - 1], lines[index + 1], nextQuarter) ?? []);
  const texts: Partial<Record<TextSection, FoundText>> = {};
  let open: Heading | undefined;
  let body: string[] = [];
  const close = () => {
    if (!open || open.kind === "other" || open.kind === "closing") return;
    const text = body.join("\n").trim();
    const earlier = texts[open.kind];
    if (earlier) texts[open.kind] = { ...earlier, text: `${earlier.text}\n${open.text}${text ? `\n${text}` : ""}` };
    else if (text) texts[open.kind] = { text, heading: open.text };
  };
  let next = 0;
  const lineSections: (TextSection | undefined)[] = [];
  for (const [index, line] of lines.entries()) {
    const found = headings[next]?.line === index ? headings[next++] : undefined;
    // The signature's lines before any section ("BAN THƯỜNG VỤ" in the letterhead) end nothing.
    const heading = found?.kind === "closing" && !open ? undefined : found;
    const ends =
      heading &&
      (heading.kind === "closing" ||
        !open ||
        (heading.kind !== "other" && !(heading.kind === open.kind && heading.level > open.level)) ||
        (heading.kind === "other" && heading.level <= open.level));
    if (heading && ends) {
      close();
      open = heading.kind === "closing" ? { ...heading, kind: "closing" } : heading;
      body = heading.inline ? [heading.inline] : [];
      if (heading.kind === "closing") break;
      lineSections[index] = sectionKind(open);
      continue;
    }
    lineSections[index] = sectionKind(open);
    if (open && line.trim()) body.push(line.trim());
  }
  close();
  const results = texts.highlights ? undefined : unheadedResults(lines, lineSections);
  if (results) texts.highlights = results;
  return { texts, firstHeading: headings[0]?.line ?? lines.length, lineSections };
}
