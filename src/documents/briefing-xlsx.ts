import ExcelJS from "exceljs";
import type { PeriodSheet } from "../domain/reports/briefing-sheets.js";

/**
 * Number formats. In a format code ',' is the grouping mark and '.' the decimal point whatever
 * the language: the viewer's locale picks the characters it shows, so a Vietnamese Excel or
 * LibreOffice shows 42.489 and 98,5 (platform-notes.md).
 */
export const WHOLE_FORMAT = "#,##0";
export const DECIMAL_FORMAT = "#,##0.0";

/**
 * Writes the sheets as an Excel workbook: one worksheet per period, a bold header row frozen
 * in place, the organisations down the first column, figures in number formats, a bold totals
 * row with, under it, how many organisations each total sums ("4/5"), and widths that fit the names.
 */
export async function briefingXlsx(sheets: readonly PeriodSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
    worksheet.columns = [
      { header: sheet.header, width: Math.max(24, ...sheet.rows.map((row) => row.organisation.length + 2)) },
      ...sheet.columns.map((column) => ({ header: column.title, width: Math.min(40, Math.max(12, column.title.length / 2 + 4)) })),
    ];
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    // Wrapped titles need the room: viewers do not grow a row for wrapped text by themselves.
    header.height = 48;
    for (const row of sheet.rows) worksheet.addRow([row.organisation, ...row.values.map((value) => value ?? undefined)]);
    const totals = worksheet.addRow([sheet.totalLabel, ...sheet.totals.map((value) => value ?? undefined)]);
    totals.font = { bold: true };
    const counts = worksheet.addRow([sheet.countLabel, ...sheet.counts]);
    counts.font = { italic: true };
    counts.alignment = { horizontal: "right" };
    counts.getCell(1).alignment = { horizontal: "left" };
    sheet.columns.forEach((column, position) => {
      worksheet.getColumn(position + 2).numFmt = column.decimals > 0 ? DECIMAL_FORMAT : WHOLE_FORMAT;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
