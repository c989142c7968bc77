import { afterAll, beforeAll, describe, it } from "vitest";
import { scenarioDocument, scenarioSets } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness } from "../support/bot-harness.js";
import { ScenarioPlayer } from "../support/scenario-player.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

/** Each scenario is played in the quarter it is about: the 10th day of its last month. */
function nowFor(file: string): Date {
  const match = /-q([1-4])-(\d{4})\./.exec(file);
  const quarter = Number(match?.[1] ?? 4);
  const year = Number(match?.[2] ?? 2023);
  return new Date(Date.UTC(year, quarter * 3 - 1, 10, 3));
}

const sets = scenarioSets();
for (const set of sets)
  console.info(`Acceptance through bot.handleUpdate replays ${set.title}: ${set.scenarios.map((s) => s.file).join(", ")}`);

describe.each(DATABASE_KINDS)("acceptance scenarios through bot.handleUpdate [%s]", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  describe.each(sets)("$title", ({ scenarios }) => {
    it.each(scenarios.map((scenario) => [scenario.file, scenario] as const))("%s", async (file, scenario) => {
      await database.reset();
      const now = nowFor(file);
      const harness = new BotHarness(database, { now: () => now });
      const admins = scenario.people.filter((person) => person.role === "admin").map((person) => person.id);
      await setUpBloc(harness, scenarioDocument(scenario), admins);
      await joinScenarioPeople(harness, scenario);
      await new ScenarioPlayer(harness, scenario).play();
    });
  });
});
