import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PeopleService } from "../../src/app/people-service.js";
import { createLogger } from "../../src/logger.js";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, textOf } from "../support/bot-harness.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const ADMIN = { id: 9001 };

describe("the per-update log line", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    database = await openTestDatabase();
    const logger = createLogger("info", { destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    harness = new BotHarness(database, { logger });
    await setUpBloc(harness, scenarioDocument(projectScenario("dak-lak-q4-2023.yaml")), [ADMIN.id]);
  });
  afterAll(() => database.close());

  const updateLine = () => lines.filter((line) => line.msg === "update").at(-1);

  it("says ok for an update that was handled", async () => {
    expect(textOf(await harness.say(ADMIN, "private", "/trogiup"))).toContain("/nop");
    expect(updateLine()).toMatchObject({ kind: "message", from_id: ADMIN.id, outcome: "ok" });
  });

  it("says error for a handler that failed, though the error boundary answered the person", async () => {
    vi.spyOn(PeopleService.prototype, "resolve").mockRejectedValueOnce(new Error("database unavailable"));
    expect(textOf(await harness.say(ADMIN, "private", "/trogiup"))).toContain("Xin lỗi, đã có lỗi");
    const failed = lines.find((line) => String(line.msg).startsWith("handler failed"));
    expect(failed).toMatchObject({ level: 50, err: { message: "database unavailable" } });
    expect(updateLine()).toMatchObject({ update_id: failed?.update_id, outcome: "error" });
  });
});
