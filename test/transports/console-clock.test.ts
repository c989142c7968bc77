import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyCatalogs } from "../../src/app/catalog-service.js";
import { createClock } from "../../src/app/clock.js";
import { createServices } from "../../src/app/services.js";
import { createBot } from "../../src/bot/create-bot.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { createLogger } from "../../src/logger.js";
import { clockTarget, renderForConsole, runConsole } from "../../src/transports/console.js";
import { createPrometheusMetrics } from "../../src/transports/http/prometheus-metrics.js";
import { BRIDGE_BOT_INFO, TextBridge } from "../../src/transports/text-bridge.js";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { Terminal } from "../support/terminal.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

describe("the console's clock", () => {
  it.each([
    ["+2d", "2023-12-12T03:00:00.000Z"],
    ["+3h", "2023-12-10T06:00:00.000Z"],
    ["-30m", "2023-12-10T02:30:00.000Z"],
    ["2023-11-21 08:00", "2023-11-21T01:00:00.000Z"],
    ["21/11/2023 8:00", "2023-11-21T01:00:00.000Z"],
  ])("/dongho %s", (arg, expected) => {
    expect(clockTarget(arg, new Date("2023-12-10T03:00:00Z"))?.toISOString()).toBe(expected);
  });
  it("refuses what it cannot read", () => {
    expect(clockTarget("ngày mai", new Date())).toBeUndefined();
  });

  describe("moved with /dongho in a console chat", () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await openTestDatabase();
    });
    afterAll(() => database.close());

    it("shows the reminder that came due, tagged with whose chat it reached, and its button opens /nop", async () => {
      const clock = createClock(new Date("2023-12-10T10:00:00+07:00"));
      const services = createServices(database, clock);
      await applyCatalogs(services.catalog, parseCatalog(scenarioDocument(projectScenario("dak-lak-q4-2023.yaml"))), clock());
      await services.people.bootstrapAdmins([{ channel: "telegram", id: "1" }], "console", clock());
      const terminal = new Terminal();
      const speaker = { id: 1 };
      const bridge = new TextBridge((message) => terminal.write(renderForConsole(message, speaker.id)));
      const bot = createBot(
        { channel: "console", logger: createLogger("silent"), services, metrics: createPrometheusMetrics() },
        { token: "console", config: { botInfo: BRIDGE_BOT_INFO, client: { fetch: bridge.fetch as typeof fetch } } },
      );
      const running = runConsole(bot, bridge, {
        input: terminal.input,
        output: terminal.stream,
        userId: 1,
        groupChatId: -1000000000001,
        clock,
        speaker,
      });

      const code = /\/start (\S+)/.exec(await terminal.type("/moi Hội Nông dân"))?.[1];
      await terminal.type("/as 9104");
      expect(await terminal.type(`/start ${code}`)).toContain("Hội Nông dân tỉnh Đắk Lắk");
      await terminal.type("/as 1");
      expect(await terminal.type("/dongho")).toContain("🕰 Giờ của bot: 10/12/2023 10:");
      expect(await terminal.type("/dongho +2d")).toContain("(không có lời nhắc nào đến hạn)");
      const moved = await terminal.type("/dongho 2024-01-13 08:00");
      expect(moved).toContain("🕰 Giờ của bot: 13/01/2024 08:00");
      expect(moved).toContain(
        "[→ 9104] 🤖 Kính nhắc đồng chí: Hội Nông dân tỉnh Đắk Lắk chưa gửi báo cáo quý IV/2023. Hạn nộp: 15/01/2024 (còn 2 ngày).",
      );
      expect(moved).toContain("1) 📝 Nộp báo cáo");
      expect(await terminal.type("/dongho +1h")).toContain("(không có lời nhắc nào đến hạn)");
      await terminal.type("/as 9104");
      expect(await terminal.type("1")).toContain("Báo cáo quý IV/2023 của Hội Nông dân tỉnh Đắk Lắk");

      terminal.input.end();
      await running;
    });
  });
});
