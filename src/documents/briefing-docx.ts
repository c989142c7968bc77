import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { BriefingDocument } from "../domain/reports/briefing-document.js";
import type { Block } from "../domain/text/rich-text.js";

/** Decree 30/2020's font, and its sizes in half-points (docx counts half-points). */
const FONT = "Times New Roman";
const SIZE_BODY = 28;
const SIZE_HEADER = 26;
const SIZE_NATION = 24;
const SIZE_TABLE = 24;
/** First-line indent of the body: 1,27 cm. */
const INDENT = convertMillimetersToTwip(12.7);
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/**
 * Writes the briefing document as a Word file in the Decree 30/2020 layout: A4 with the
 * decree's margins, Times New Roman, the two-column header, italic place and date, the bold
 * centred title, a justified body with a 1,27 cm first-line indent and 6 pt between paragraphs,
 * the signature, "Nơi nhận", and the annex table; page numbers top centre from page 2.
 */
export async function briefingDocx(doc: BriefingDocument): Promise<Buffer> {
  const file = new Document({
    creator: `${doc.issuer.body} ${doc.issuer.above}`,
    title: doc.subtitle,
    styles: { default: { document: { run: { font: FONT, size: SIZE_BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph("")] }),
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          headerTable(doc),
          centred(doc.title, { bold: true, before: 240 }),
          centred(doc.subtitle, { bold: true, after: 240 }),
          ...doc.paragraphs.map(body),
          body({ kind: "paragraph", runs: [{ text: doc.annex.pointer }] }),
          signatureTable(doc),
          centred(doc.annex.title, { bold: true, before: 480, pageBreak: true }),
          centred(doc.annex.subtitle, { bold: true }),
          centred(doc.annex.reference, { italics: true, after: 120 }),
          annexTable(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}

interface LineStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  before?: number;
  after?: number;
  pageBreak?: boolean;
}

function centred(text: string, style: LineStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: style.before ?? 0, after: style.after ?? 0 },
    pageBreakBefore: style.pageBreak ?? false,
    children: [run(text, style)],
  });
}

function run(text: string, style: LineStyle): TextRun {
  return new TextRun({
    text,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    size: style.size ?? SIZE_BODY,
    font: FONT,
    ...(style.underline ? { underline: {} } : {}),
  });
}

/**
 * A block of the body, with its runs' emphasis: a heading bold without indent, a paragraph or a
 * line justified with the first-line indent, an item hanging after a dash; 6 pt after, line
 * spacing 1,15.
 */
function body(value: Block): Paragraph {
  const children = value.runs.map((part) =>
    run(part.text, { bold: value.kind === "heading" || part.bold === true, italics: part.italic === true }),
  );
  const spacing = { after: 120, line: 276 };
  if (value.kind === "heading") return new Paragraph({ keepNext: true, spacing, children });
  if (value.kind === "item") {
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { left: INDENT, hanging: ITEM_HANG },
      spacing,
      children: [run("–\t", {}), ...children],
    });
  }
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing, children });
}

/** How far an item's dash hangs before its text. */
const ITEM_HANG = convertMillimetersToTwip(5);

/** The text width of the page (A4 less the margins), in twips: Word and LibreOffice honour widths in twips. */
const TEXT_WIDTH = convertMillimetersToTwip(165);

/** Column widths in twips from per cent of the text width. */
function twips(percents: readonly number[]): number[] {
  return percents.map((percent) => Math.round((TEXT_WIDTH * percent) / 100));
}

function cell(children: Paragraph[], widthPercent: number, options: { span?: number; top?: boolean } = {}): TableCell {
  return new TableCell({
    children,
    width: { size: Math.round((TEXT_WIDTH * widthPercent) / 100), type: WidthType.DXA },
    verticalAlign: options.top ? VerticalAlign.TOP : VerticalAlign.CENTER,
    ...(options.span ? { columnSpan: options.span } : {}),
  });
}

/** The issuing body (left) and the national motto (right), the motto underlined, "Số:" and the date below. */
function headerTable(doc: BriefingDocument): Table {
  const left = [
    centred(doc.issuer.above, { size: SIZE_HEADER }),
    centred(doc.issuer.body, { bold: true, size: SIZE_HEADER }),
    centred("———", { size: SIZE_HEADER }),
    centred(doc.number, { size: SIZE_HEADER, before: 120 }),
  ];
  const right = [
    // 12 pt, the decree's smaller size, so the motto's line is not broken.
    centred(doc.motto.nation, { bold: true, size: SIZE_NATION }),
    centred(doc.motto.slogan, { bold: true, underline: true }),
    new Paragraph(""),
    centred(doc.placeAndDate, { italics: true, before: 120 }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips([40, 60]),
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 40, { top: true }), cell(right, 60, { top: true })] })],
  });
}

/** "Nơi nhận:" with its list on the left, the signer's capacity and role on the right. */
function signatureTable(doc: BriefingDocument): Table {
  const left = [
    new Paragraph({ spacing: { before: 240 }, children: [run(doc.recipients.heading, { bold: true, italics: true, size: 24 })] }),
    ...doc.recipients.lines.map((line) => new Paragraph({ children: [run(line, { size: 22 })] })),
  ];
  const right = [
    centred(doc.signature.capacity, { bold: true, before: 240 }),
    centred(doc.signature.role, { bold: true }),
    new Paragraph(""),
    new Paragraph(""),
    new Paragraph(""),
    centred(doc.signature.name, { bold: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips([50, 50]),
    borders: NO_BORDERS,
    // Both from the top: "Nơi nhận:" level with the signer's capacity, as the decree places it.
    rows: [new TableRow({ children: [cell(left, 50, { top: true }), cell(right, 50, { top: true })] })],
  });
}

/** Widths of the annex's columns, in per cent: number, indicator, unit, quarter, previous, change. */
const ANNEX_WIDTHS = [8, 40, 14, 13, 13, 12];

/** The figures table: bordered, the header row repeated on each page, figures right-aligned. */
function annexTable(doc: BriefingDocument): Table {
  const text = (value: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
    new Paragraph({
      alignment: options.align ?? AlignmentType.LEFT,
      children: [run(value, { bold: options.bold ?? false, size: SIZE_TABLE })],
    });
  const header = new TableRow({
    tableHeader: true,
    children: doc.annex.header.map((title, column) =>
      cell([text(title, { bold: true, align: AlignmentType.CENTER })], ANNEX_WIDTHS[column] ?? 10),
    ),
  });
  const rows = doc.annex.rows.map(
    (row) =>
      new TableRow({
        children: row.group
          ? [
              cell([text(row.cells[0] ?? "", { bold: true, align: AlignmentType.CENTER })], ANNEX_WIDTHS[0] ?? 8),
              cell([text(row.cells[1] ?? "", { bold: true })], 92, { span: 5 }),
            ]
          : row.cells.map((value, column) =>
              cell(
                [text(value, { align: column === 0 ? AlignmentType.CENTER : column >= 3 ? AlignmentType.RIGHT : AlignmentType.LEFT })],
                ANNEX_WIDTHS[column] ?? 10,
              ),
            ),
      }),
  );
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: twips(ANNEX_WIDTHS), rows: [header, ...rows] });
}
