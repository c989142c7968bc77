/**
 * What the domain writes for people to read, before any channel's markup: blocks of runs. The
 * bot renders it as Telegram HTML (src/bot/render), the text channels (Zalo, console) as plain
 * text, the Word writer as paragraphs; each channel splits it at its own message limit. The
 * domain never writes markup, so a name like `<b>Lan & Hoa</b>` is text everywhere.
 */

/** A piece of text with its emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * One block: a heading (bold, its own line), a paragraph of running text, a list item ("- "
 * in text, a bullet in Word), or a line of a block of short lines kept together (a title and
 * its subtitle, a card). Blocks are separated by a blank line, except that what follows a
 * heading, and consecutive items or lines, go on the next line.
 */
export interface Block {
  kind: "heading" | "paragraph" | "item" | "line";
  runs: Run[];
}

/** A text for people: blocks in reading order. */
export type RichText = Block[];

/** Plain runs from strings; `undefined` and "" are dropped. */
export function runs(...texts: (string | Run | undefined)[]): Run[] {
  return texts.flatMap((text) => (text === undefined || text === "" ? [] : [typeof text === "string" ? { text } : text]));
}

/** A block of `kind` from strings and runs. */
export function block(kind: Block["kind"], ...texts: (string | Run | undefined)[]): Block {
  return { kind, runs: runs(...texts) };
}

/** A bold run. */
export function bold(text: string): Run {
  return { text, bold: true };
}

/** An italic run. */
export function italic(text: string): Run {
  return { text, italic: true };
}

/** The text of a block, without emphasis. */
export function blockText(value: Block): string {
  return value.runs.map((run) => run.text).join("");
}

/**
 * The rich text as plain text: blocks separated by a blank line, items and lines on
 * consecutive lines ("- " before an item), emphasis dropped. What the text channels show and
 * what tests read.
 */
export function toPlainText(text: RichText): string {
  return joinBlocks(text, (value) => (value.kind === "item" ? `- ${blockText(value)}` : blockText(value)));
}

/**
 * Joins rendered blocks the way every text renderer lays them out: a blank line between
 * blocks, a single line break after a heading and between consecutive items or lines.
 */
export function joinBlocks(text: RichText, render: (value: Block) => string): string {
  let out = "";
  text.forEach((value, index) => {
    const before = text[index - 1];
    if (before) out += closeTogether(before, value) ? "\n" : "\n\n";
    out += render(value);
  });
  return out;
}

function closeTogether(before: Block, value: Block): boolean {
  return before.kind === "heading" || (before.kind === value.kind && (value.kind === "item" || value.kind === "line"));
}

/**
 * A remark after what it qualifies, "6.541 người (nộp muộn)": a plain space, then the remark in
 * italics (so the markup never swallows the space); nothing without a remark.
 */
export function aside(text: string | undefined): Run[] {
  return text ? [{ text: " " }, italic(text)] : [];
}
