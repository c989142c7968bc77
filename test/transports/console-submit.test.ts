import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyCatalogs } from "../../src/app/catalog-service.js";
import { createServices } from "../../src/app/services.js";
import { createBot } from "../../src/bot/create-bot.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { createLogger } from "../../src/logger.js";
import { renderForConsole, runConsole } from "../../src/transports/console.js";
import { createPrometheusMetrics } from "../../src/transports/http/prometheus-metrics.js";
import { BRIDGE_BOT_INFO, TextBridge } from "../../src/transports/text-bridge.js";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { Terminal } from "../support/terminal.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

describe("the submission in the console, with numbered choices", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("a representative joins, submits with typed numbers and confirms by choosing 1", async () => {
    const services = createServices(database, () => new Date("2023-12-10T03:00:00Z"));
    await applyCatalogs(services.catalog, parseCatalog(scenarioDocument(projectScenario("dak-lak-q4-2023.yaml"))), new Date());
    await services.people.bootstrapAdmins([{ channel: "telegram", id: "1" }], "console", services.clock());
    const terminal = new Terminal();
    const exports = mkdtempSync(join(tmpdir(), "giaoban-exports-"));
    const bridge = new TextBridge((message) => terminal.write(renderForConsole(message)), { filesDir: exports });
    const bot = createBot(
      { channel: "console", logger: createLogger("silent"), services, metrics: createPrometheusMetrics() },
      { token: "console", config: { botInfo: BRIDGE_BOT_INFO, client: { fetch: bridge.fetch as typeof fetch } } },
    );
    const running = runConsole(bot, bridge, { input: terminal.input, output: terminal.stream, userId: 1, groupChatId: -1000000000001 });

    const invite = await terminal.type("/moi Tỉnh đoàn");
    const code = /\/start (\S+)/.exec(invite)?.[1];
    expect(code).toBeDefined();
    await terminal.type("/as 9102");
    expect(await terminal.type(`/start ${code}`)).toContain("đại diện đơn vị của Tỉnh đoàn");
    const opening = await terminal.type("/nop");
    expect(opening).toContain("quý IV/2023");
    expect(opening).toContain("[gõ: Bỏ qua | Quay lại | Hủy]");
    expect(await terminal.type("18.406")).toMatch(/✔ Đã lưu \d+\/\d+ [^:\n]+: 18.406 người/);
    expect(await terminal.type("hai nghìn một trăm mười lăm")).toContain("2.115");
    await terminal.type("2.410");
    await terminal.type("1.002");
    for (let section = 0; section < 3; section += 1) await terminal.type("không");
    const card = await terminal.type("không");
    expect(card).not.toContain("<b>");
    expect(card).toMatch(/1\) ✅ Xác nhận nộp/);
    expect(await terminal.type("1")).toContain("Đã nhận báo cáo quý IV/2023 của Tỉnh đoàn");

    // The admin previews the briefing and takes it as a Word file: written to the folder, its path printed.
    await terminal.type("/as 1");
    const preview = await terminal.type("/baocao");
    // After the framing's four buttons (the bloc has no group here: no button to post).
    expect(preview).toMatch(/4\) 🗓 Ngày họp, chủ trì\n\s+5\) 📄 Word\n\s+6\) 📊 Excel\n\s+7\) 📈 Biểu đồ/);
    const saved = await terminal.type("5");
    const path = join(exports, "bao-cao-2023-q4.docx");
    expect(saved).toContain(`📎 Đã lưu tệp: ${path}`);
    expect(existsSync(path)).toBe(true);

    terminal.input.end();
    await running;
    const stored = await database.prisma.submissionValue.findMany({ orderBy: { indicator: { sortOrder: "asc" } } });
    expect(stored.map((row) => row.value?.toFixed())).toEqual(["18406", "2115", "2410", "1002"]);
  });

  it("takes lines typed one after the other as answers to the questions shown, never as a second message of one answer", async () => {
    const services = createServices(database, () => new Date("2023-12-10T03:00:00Z"));
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
    await terminal.type("/nop");
    for (const figure of ["120", "5", "12", "3"]) await terminal.type(figure);
    await terminal.type("Ra quân làm đường giao thông nông thôn");
    expect(await terminal.type("Kinh phí còn hạn hẹp")).toContain("Đã lưu 6/8 Hạn chế, khó khăn");
    // Typed in the same second at a terminal, but after the question above was printed: its answer.
    const next = await terminal.type("Đề nghị hỗ trợ vốn vay");
    expect(next).toContain("Đã lưu 7/8 Kiến nghị, đề xuất");
    expect(next).not.toContain("bổ sung cho");
    expect(await terminal.type("Phát triển hội viên")).toContain("Xem lại báo cáo");

    terminal.input.end();
    await running;
    const draft = await database.prisma.submissionDraft.findFirstOrThrow({ where: { organisation: { code: "ND" } } });
    expect((draft.answers as { texts: Record<string, string> }).texts).toEqual({
      highlights: "Ra quân làm đường giao thông nông thôn",
      limitations: "Kinh phí còn hạn hẹp",
      proposals: "Đề nghị hỗ trợ vốn vay",
      next_tasks: "Phát triển hội viên",
    });
  });
});
