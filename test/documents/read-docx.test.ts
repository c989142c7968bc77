import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { DocxError, readDocx } from "../../src/documents/read-docx.js";

/** A Word file of these paragraphs and tables, as `docx` writes one. */
async function word(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const numbering = { config: [{ reference: "tasks", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] }] };
  return new Uint8Array(await Packer.toBuffer(new Document({ numbering, sections: [{ children }] })));
}

describe("a Word report read into the reader's text", () => {
  it("keeps a paragraph or heading per line, writes back list numbers, and a table row as tab-separated cells", async () => {
    const text = await readDocx(
      await word([
        new Paragraph({ text: "I. KẾT QUẢ NỔI BẬT", heading: HeadingLevel.HEADING_1 }),
        new Paragraph({
          children: [new TextRun("Kết nạp 1.255 hội viên mới "), new TextRun({ text: "(tăng 5 so với cùng kỳ)", bold: true })],
        }),
        new Paragraph({ text: "Tổ chức Đại hội", numbering: { reference: "tasks", level: 0 } }),
        new Paragraph({ text: "Ra quân & làm đường", numbering: { reference: "tasks", level: 0 } }),
        new Paragraph("- Giải ngân 5,1 tỷ đồng"),
        new Table({
          rows: [
            new TableRow({ children: ["Chỉ tiêu", "Quý IV"].map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
            new TableRow({
              children: [
                new TableCell({ children: [new Paragraph("Nhà"), new Paragraph("đại đoàn kết")] }),
                new TableCell({ children: [new Paragraph("03")] }),
              ],
            }),
          ],
        }),
      ]),
    );
    expect(text).toBe(
      [
        "I. KẾT QUẢ NỔI BẬT",
        "Kết nạp 1.255 hội viên mới (tăng 5 so với cùng kỳ)",
        "1. Tổ chức Đại hội",
        "2. Ra quân & làm đường",
        "- Giải ngân 5,1 tỷ đồng",
        "Chỉ tiêu\tQuý IV",
        "Nhà đại đoàn kết\t03",
      ].join("\n"),
    );
  });

  it("refuses what is not a Word file: not a zip (a PDF, a .doc renamed), or a zip without a document", async () => {
    await expect(readDocx(new TextEncoder().encode("%PDF-1.7"))).rejects.toMatchObject({ reason: "not-docx" });
    const zipOfNothing = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    await expect(readDocx(zipOfNothing)).rejects.toBeInstanceOf(DocxError);
    await expect(readDocx(zipOfNothing)).rejects.toMatchObject({ reason: "unreadable" });
  });
});
