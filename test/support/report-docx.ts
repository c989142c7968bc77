import { readFileSync } from "node:fs";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from "docx";

/** A report text of the test fixtures (test/fixtures/…), as the reader takes it: a paragraph per line. */
export function fixtureReport(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8").trim();
}

/** A numbered heading of these reports ("I. KẾT QUẢ NỔI BẬT"): written as a Word heading. */
const HEADING = /^[IVX]+\.\s/;

/**
 * The Word file an organisation would send for a report text, built with `docx` as Word writes
 * one: a heading per numbered section heading, a paragraph per line, consecutive lines with
 * tabs as one table (a row each, a cell per tab-separated part).
 */
export async function reportDocx(text: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length) children.push(new Table({ rows }));
    rows = [];
  };
  for (const line of text.split("\n")) {
    if (line.includes("\t")) {
      rows.push(new TableRow({ children: line.split("\t").map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }));
      continue;
    }
    flush();
    children.push(HEADING.test(line) ? new Paragraph({ text: line, heading: HeadingLevel.HEADING_2 }) : new Paragraph(line));
  }
  flush();
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
