import type { ReportText } from "../domain/report-reading/report-reading.js";

/** Why a file sent as a Word report could not be read. */
export class DocxError extends Error {
  constructor(
    /** "not-docx": not a zip at all (a .doc renamed, a PDF); "unreadable": a zip mammoth cannot read as Word. */
    readonly reason: "not-docx" | "unreadable",
    message: string,
  ) {
    super(message);
    this.name = "DocxError";
  }
}

/** Every .docx is a zip: its first bytes are a zip's local file header. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a Word (.docx) file into the text the report reader takes: a paragraph or heading per
 * line, a list item per line with its number ("1. ", "- " for bullets: Word's automatic
 * numbering is not in the text, so it is written back), and a table row as one line of
 * tab-separated cells. Uses mammoth (a well-kept reader of .docx) rather than unzipping XML.
 * Throws DocxError when the bytes are not a Word file. mammoth is imported at the first file:
 * loaded at start it cost an idle bot about 14 MiB (issue 17).
 */
export async function readDocx(bytes: Uint8Array): Promise<ReportText> {
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new DocxError("not-docx", "The file is not a zip");
  const { default: mammoth } = await import("mammoth");
  // Images are not read: they would only be carried as base64 into the HTML and dropped.
  const noImages = mammoth.images.imgElement(async () => ({ src: "" }));
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: noImages })).value;
  } catch (error) {
    throw new DocxError("unreadable", `mammoth could not read the file: ${(error as Error).message}`);
  }
  return htmlToReportText(html);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/** mammoth's HTML (well-formed, a handful of tags) as report text. */
function htmlToReportText(html: string): ReportText {
  const lines: string[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let line = "";
  let prefix = "";
  let cells: string[] | undefined;
  let cell: string | undefined;
  const flush = () => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text) lines.push(`${prefix}${text}`);
    line = "";
    prefix = "";
  };
  for (const [, text, closing, tag] of html.matchAll(/([^<]+)|<(\/?)([a-zA-Z0-9]+)[^>]*>/g)) {
    if (text !== undefined) {
      const decoded = text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "");
      if (cell !== undefined) cell += decoded;
      else line += decoded;
      continue;
    }
    const name = (tag ?? "").toLowerCase();
    const opening = closing !== "/";
    if (name === "tr") {
      if (opening) cells = [];
      else if (cells) {
        const row = cells.join("\t");
        if (row.trim()) lines.push(row);
        cells = undefined;
      }
    } else if (name === "td" || name === "th") {
      if (opening) cell = "";
      else {
        cells?.push((cell ?? "").replace(/\s+/g, " ").trim());
        cell = undefined;
      }
    } else if (cell !== undefined) {
      // Paragraphs, breaks and lists inside a cell stay in its one cell.
      if (/^(p|br|li|h[1-6])$/.test(name)) cell += " ";
    } else if (name === "ol" || name === "ul") {
      flush();
      if (opening) lists.push({ ordered: name === "ol", count: 0 });
      else lists.pop();
    } else if (name === "li") {
      flush();
      const list = lists.at(-1);
      if (opening && list) {
        list.count += 1;
        prefix = list.ordered ? `${list.count}. ` : "- ";
      }
    } else if ((!opening && /^(p|h[1-6])$/.test(name)) || name === "br") {
      flush();
    }
  }
  flush();
  return lines.join("\n");
}
