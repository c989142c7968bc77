import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { briefingChartPng, chartSvg } from "../../src/documents/briefing-chart.js";
import { briefingDocx } from "../../src/documents/briefing-docx.js";
import { briefingXlsx, WHOLE_FORMAT } from "../../src/documents/briefing-xlsx.js";
import type { Quarter } from "../../src/domain/periods/period.js";
import { compileBriefing } from "../../src/domain/reports/briefing.js";
import { briefingChart } from "../../src/domain/reports/briefing-chart-data.js";
import { briefingDocument } from "../../src/domain/reports/briefing-document.js";
import { briefingBody } from "../../src/domain/reports/briefing-prose.js";
import { briefingSheets } from "../../src/domain/reports/briefing-sheets.js";
import { blockText } from "../../src/domain/text/rich-text.js";
import { giaLai, q4Reports, report } from "../domain/reports/gia-lai.js";
import { fluentTranslate } from "../support/fluent.js";

const t = fluentTranslate("vi", "reports", "periods", "figures", "documents", "submit", "locking", "tasks");
const Q4: Quarter = { kind: "quarter", year: 2023, quarter: 4 };
const NOW = new Date("2023-11-28T03:00:00Z");
/** Q4/2023 with a Q3 for two organisations, so the annex has changes to show. */
const data = giaLai([...q4Reports(), report("ND", "2023-Q3", { HV_MOI: 1200 }), report("LDLD", "2023-Q3", { HV_MOI: 900 })]);
const model = compileBriefing(data, Q4, { version: 1, now: NOW });
const doc = briefingDocument(model, data, { place: "Gia Lai", date: NOW, timeZone: "Asia/Ho_Chi_Minh" }, t);

/** The text of each paragraph of a WordprocessingML part, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(""),
  );
}

describe("the briefing as a Decree 30/2020 document", () => {
  it("describes the header, the date in full, the title and an annex row per figure", () => {
    // From the larger body to the one that issues: the Committee, then its Standing Board, which signs.
    expect(doc.issuer).toEqual({ above: "ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", body: "BAN THƯỜNG TRỰC" });
    expect(doc.signature.capacity).toBe("TM. BAN THƯỜNG TRỰC");
    expect(doc.placeAndDate).toBe("Gia Lai, ngày 28 tháng 11 năm 2023");
    expect(doc.title).toBe("BÁO CÁO");
    expect(doc.subtitle).toContain("tỉnh Gia Lai quý IV/2023");
    // The body is the briefing's own blocks, without the title the document's header already has.
    expect(doc.paragraphs).toEqual(briefingBody(model, t));
    expect(blockText(doc.paragraphs[0] ?? { kind: "line", runs: [] })).toMatch(/^Trong quý IV\/2023, /);
    expect(doc.paragraphs.map(blockText)).toContain(
      "Hội Nông dân tỉnh: Phát triển 6.541 đoàn viên, hội viên mới, giới thiệu 1.105 quần chúng ưu tú cho Đảng xem xét kết nạp, có 448 đoàn viên, hội viên được kết nạp vào Đảng.",
    );
    expect(doc.annex.header.slice(3, 5)).toEqual(["Quý IV/2023", "Quý III/2023"]);
    expect(doc.annex.subtitle).toBe("Số liệu của các tổ chức quý IV/2023, so với quý III/2023");
    expect(doc.annex.reference).toBe(
      "(Kèm theo Báo cáo số        /BC-MTTQ-BTT ngày 28 tháng 11 năm 2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai)",
    );
  });

  it("writes a Word file whose XML holds the header, the motto, the body in Times New Roman, justified and indented", async () => {
    const zip = await JSZip.loadAsync(await briefingDocx(doc));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const texts = paragraphs(xml);
    for (const line of [
      "BAN THƯỜNG TRỰC",
      "ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Gia Lai, ngày 28 tháng 11 năm 2023",
      "BÁO CÁO",
      "TM. BAN THƯỜNG TRỰC",
      "Nơi nhận:",
      "Số liệu chi tiết của các tổ chức tại Phụ lục kèm theo.",
      "PHỤ LỤC",
      doc.annex.reference,
    ]) {
      expect(texts).toContain(line);
    }
    expect(texts.some((text) => text.startsWith("Số:") && text.endsWith("/BC-MTTQ-BTT"))).toBe(true);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:jc w:val="both"/>');
    expect(xml).toContain('w:firstLine="720"');
    // Each block is a paragraph of its own, its runs' emphasis kept: the organisation's name bold.
    for (const value of doc.paragraphs) expect(texts).toContain(blockText(value));
    const nd = xml.slice(xml.lastIndexOf("<w:p>", xml.indexOf(">Hội Nông dân tỉnh<")), xml.indexOf(">Hội Nông dân tỉnh<"));
    expect(nd).toContain("<w:b/>");
    expect(nd).toContain('<w:jc w:val="both"/>');
    expect(texts.some((text) => text.includes("<b>") || text.includes("&lt;b&gt;"))).toBe(false);
    // The motto underlined, the date italic.
    const motto = xml.slice(xml.indexOf("Độc lập - Tự do - Hạnh phúc") - 400, xml.indexOf("Độc lập - Tự do - Hạnh phúc"));
    expect(motto).toContain("<w:u ");
    const date = xml.slice(xml.indexOf("Gia Lai, ngày") - 300, xml.indexOf("Gia Lai, ngày"));
    expect(date).toContain("<w:i/>");
    // Page numbers in the default header only, the first page has its own empty one.
    expect(xml).toContain("<w:titlePg/>");
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/header\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async("string") ?? ""),
    );
    expect(headers.filter((header) => header.includes("PAGE")).length).toBe(1);
  });

  it("has the annex cells as Vietnamese figures, with the previous quarter and the change", async () => {
    const zip = await JSZip.loadAsync(await briefingDocx(doc));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join(" ")),
    );
    const nd = rows.find((cells) => cells[1] === "Đoàn viên, hội viên mới" && cells[4] === "1.200");
    expect(nd).toBeDefined();
    expect(nd?.[5]).toMatch(/^[+-]?[\d.]+$/);
    expect(rows.some((cells) => cells.includes("Hội Nông dân tỉnh"))).toBe(true);
    expect(xml).toContain("<w:tblHeader/>");
  });

  it("renders in LibreOffice to a PDF and PNG pages (run when LibreOffice is installed)", async (context) => {
    // The render check needs soffice (Debian: libreoffice-writer-nogui fonts-liberation2 poppler-utils; see README).
    if (spawnSync("soffice", ["--version"]).status !== 0) {
      context.skip("LibreOffice (soffice) is not installed");
      return;
    }
    const folder = process.env.RENDER_DIR ?? mkdtempSync(join(tmpdir(), "giaoban-render-"));
    const docx = join(folder, `${doc.fileName}.docx`);
    writeFileSync(docx, await briefingDocx(doc));
    execFileSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${folder}/profile`, "--convert-to", "pdf", "--outdir", folder, docx],
      {
        timeout: 120_000,
      },
    );
    const pdf = readFileSync(join(folder, `${doc.fileName}.pdf`));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    if (spawnSync("pdftotext", ["-v"]).status === 0) {
      // The page as laid out: the motto on one line, "Nơi nhận:" level with the signer's capacity,
      // no number on page 1 and "2" atop page 2.
      const [first = "", second = ""] = execFileSync("pdftotext", ["-layout", join(folder, `${doc.fileName}.pdf`), "-"], {
        encoding: "utf8",
      }).split("\f");
      const lines = first.split("\n");
      expect(lines.some((line) => line.includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).toBe(true);
      expect(lines.some((line) => /Nơi nhận:\s+TM\. BAN THƯỜNG TRỰC/.test(line))).toBe(true);
      expect(lines.some((line) => /^\s*1\s*$/.test(line))).toBe(false);
      expect(second.trimStart().split("\n")[0]?.trim()).toBe("2");
    }
    if (spawnSync("pdftoppm", ["-v"]).status === 0) {
      execFileSync("pdftoppm", ["-png", "-r", "60", join(folder, `${doc.fileName}.pdf`), join(folder, "page")]);
      const pages = readdirSync(folder).filter((name) => /^page-\d+\.png$/.test(name));
      expect(pages.length).toBeGreaterThanOrEqual(2);
    }
  }, 180_000);
});

describe("the briefing's figures as a spreadsheet", () => {
  it("has a sheet per quarter with bold headers, the organisations, the totals and Vietnamese-ready number formats", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await briefingXlsx(briefingSheets(data, Q4, t))) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["quý IV-2023", "quý III-2023", "quý II-2023", "quý I-2023"]);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getCell("A1").value).toBe("Tổ chức");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell("A2").value).toBe(data.organisations.find((o) => o.sortOrder === 1)?.name ?? sheet.getCell("A2").value);
    const last = sheet.getRow(sheet.rowCount - 1);
    expect(last.getCell(1).value).toBe("Tổng cộng");
    expect(last.font?.bold).toBe(true);
    const numbers = (last.values as unknown[]).filter((value) => typeof value === "number");
    expect(numbers.length).toBeGreaterThan(0);
    // Under the totals, whom each sums: out of the organisations that report the indicator.
    const counted = sheet.getRow(sheet.rowCount);
    expect(counted.getCell(1).value).toBe("Số đơn vị có số liệu");
    const column = (title: string) => (sheet.getRow(1).values as unknown[]).indexOf(title);
    expect(counted.getCell(column("Đoàn viên, hội viên mới (người)")).value).toBe("5/5");
    expect(counted.getCell(column("Vận động Quỹ Vì người nghèo (triệu đồng)")).value).toBe("1/1");
    const q3 = workbook.worksheets[1];
    expect(q3?.getRow(q3.rowCount).getCell(column("Đoàn viên, hội viên mới (người)")).value).toBe("2/5");
    expect(sheet.getColumn(2).numFmt).toMatch(/^#,##0/);
    expect(WHOLE_FORMAT).toBe("#,##0");
    const previous = workbook.worksheets[1];
    if (!previous) throw new Error("no previous sheet");
    const ndRow = previous.getColumn(1).values.indexOf("Hội Nông dân tỉnh");
    expect((previous.getRow(ndRow).values as unknown[]).includes(1200)).toBe(true);
  });
});

describe("the briefing's chart", () => {
  it("is a PNG drawn with the project's font, its labels the organisations, the quarters and Vietnamese figures", () => {
    const chart = briefingChart(data, Q4, t);
    expect(chart.series).toContain("Đoàn viên, hội viên mới");
    expect(chart.trend.map((point) => point.quarter)).toEqual(["quý I/2023", "quý II/2023", "quý III/2023", "quý IV/2023"]);
    const svg = chartSvg(chart);
    expect(svg).toContain(">Hội Nông dân<");
    expect(svg).toMatch(/>\d{1,3}\.\d{3}</);
    // The trend's quarters say whom they sum: quarter III has two of the five, so its total is not the bloc's.
    expect(svg).toContain(">Tổng các đơn vị có số liệu, qua các quý<");
    expect(chart.trend.map((point) => point.coverage)).toEqual(["0/5 đơn vị", "0/5 đơn vị", "2/5 đơn vị", "5/5 đơn vị"]);
    expect(svg).toContain(">2/5 đơn vị<");
    const png = briefingChartPng(chart);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 900]);
    if (process.env.RENDER_DIR) writeFileSync(join(process.env.RENDER_DIR, "chart.png"), png);
  });
});
