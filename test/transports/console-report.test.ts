import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyCatalogs } from "../../src/app/catalog-service.js";
import { createServices } from "../../src/app/services.js";
import { createBot } from "../../src/bot/create-bot.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { createLogger } from "../../src/logger.js";
import { renderForConsole, runConsole } from "../../src/transports/console.js";
import { createPrometheusMetrics } from "../../src/transports/http/prometheus-metrics.js";
import { BRIDGE_BOT_INFO, TextBridge } from "../../src/transports/text-bridge.js";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { fixtureReport, reportDocx } from "../support/report-docx.js";
import { Terminal } from "../support/terminal.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

/** A report of the corpus (test/fixtures/reports). */
const REPORT = fixtureReport("reports/dak-lak-q4-2023-nd.txt");

/** The console chat of a representative of the Hội Nông dân with /nop open, and how to end it. */
async function openConsole(database: TestDatabase) {
  const services = createServices(database, () => new Date("2023-12-10T03:00:00Z"));
  await applyCatalogs(services.catalog, parseCatalog(scenarioDocument(projectScenario("dak-lak-q4-2023.yaml"))), new Date());
  await services.people.bootstrapAdmins([{ channel: "telegram", id: "1" }], "console", services.clock());
  const terminal = new Terminal();
  const bridge = new TextBridge((message) => terminal.write(renderForConsole(message)));
  const bot = createBot(
    { channel: "console", logger: createLogger("silent"), services, metrics: createPrometheusMetrics() },
    { token: "console", config: { botInfo: BRIDGE_BOT_INFO, client: { fetch: bridge.fetch as typeof fetch } } },
  );
  const running = runConsole(bot, bridge, { input: terminal.input, output: terminal.stream, userId: 1, groupChatId: -1000000000001 });
  const code = /\/start (\S+)/.exec(await terminal.type("/moi Hội Nông dân"))?.[1];
  await terminal.type("/as 9104");
  await terminal.type(`/start ${code}`);
  expect(await terminal.type("/nop")).toContain("1/8. Đoàn viên, hội viên mới");
  return {
    terminal,
    end: async () => {
      terminal.input.end();
      await running;
    },
  };
}

/** Goes through the proposals with the numbered buttons (1 takes, 2 changes), the item the report lacks typed; then confirms the card. */
async function confirmAll(terminal: Terminal): Promise<string> {
  expect(await terminal.type("2")).toContain("gõ số đúng của Đoàn viên, hội viên mới");
  expect(await terminal.type("5.319")).toContain("Đã lưu 1/8 Đoàn viên, hội viên mới: 5.319 người");
  for (const position of [2, 3, 4]) expect(await terminal.type("1")).toContain(`Đã lưu ${position}/8`);
  expect(await terminal.type("1")).toContain("Đã lưu 5/8 Kết quả nổi bật");
  // The report has no proposals section: asked as usual.
  expect(await terminal.type("1")).toContain("7/8. Kiến nghị, đề xuất");
  expect(await terminal.type("không")).toContain("Trong báo cáo, mục “PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ I NĂM 2024”");
  const card = await terminal.type("1");
  expect(card).toContain("Xem lại báo cáo quý IV/2023");
  expect(card).toMatch(/1\) ✅ Xác nhận nộp/);
  return terminal.type("1");
}

describe("the organisation's report in the console: pasted, or a .docx by its path", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  beforeEach(() => database.reset());
  afterAll(() => database.close());

  it('reads a report pasted between two """ lines, proposes its figures, and stores them once confirmed', async () => {
    const { terminal, end } = await openConsole(database);
    const read = await terminal.type(`"""\n${REPORT}\n"""`);
    expect(read).toContain("Đã đọc nội dung báo cáo anh/chị dán vào: tìm thấy số liệu cho 4/4 chỉ tiêu và 3/4 phần nội dung");
    expect(read).toContain("Trong báo cáo: 5.318 người");
    expect(read).toMatch(/1\) Đúng\n\s+2\) Sửa\n\s+3\) Bỏ qua/);
    expect(await database.prisma.submissionVersion.count()).toBe(0);
    expect(await confirmAll(terminal)).toContain("Đã nhận báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk");
    await end();
    const version = await database.prisma.submissionVersion.findFirstOrThrow({ include: { values: { include: { indicator: true } } } });
    expect(version).toMatchObject({ sourceKind: "pasted", sourceFileName: null });
    expect(Object.fromEntries(version.values.map((row) => [row.indicator.code, row.value?.toFixed()]))).toEqual({
      HV_MOI: "5319",
      HV_GIAM: "6027",
      GT_DANG: "963",
      KN_DANG: "357",
    });
  });

  it("reads a .docx named by its path (/tep, or the path alone), and says when there is no such file", async () => {
    const { terminal, end } = await openConsole(database);
    expect(await terminal.type("/tep /nowhere/bao-cao.docx")).toContain("Không thấy tệp /nowhere/bao-cao.docx");
    const path = join(mkdtempSync(join(tmpdir(), "giaoban-report-")), "bao-cao-nong-dan.docx");
    writeFileSync(path, await reportDocx(REPORT));
    expect(await terminal.type(`'${path}'`)).toContain("Đã đọc tệp “bao-cao-nong-dan.docx”: tìm thấy số liệu cho 4/4 chỉ tiêu");
    expect(await terminal.type(`/tep ${path}`)).toContain("Đã đọc tệp “bao-cao-nong-dan.docx”");
    expect(await confirmAll(terminal)).toContain("Đã nhận báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk");
    await end();
    expect(await database.prisma.submissionVersion.findFirstOrThrow()).toMatchObject({
      sourceKind: "document",
      sourceFileName: "bao-cao-nong-dan.docx",
    });
  });
});
