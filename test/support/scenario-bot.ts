import { afterAll, beforeAll, beforeEach } from "vitest";
import type { Scenario } from "./acceptance.js";
import { freshScenarioBot } from "./bloc-setup.js";
import type { BotHarness } from "./bot-harness.js";
import { type DATABASE_KINDS, openTestDatabase, type TestDatabase } from "./test-database.js";

/** What the tests of a block set up by `scenarioBot` use; read inside a test or hook, once they exist. */
export interface ScenarioBot {
  /** The block's database, open from before its first test until after its last. */
  readonly database: TestDatabase;
  /** The test's own bot, on the scenario's bloc as freshly set up (see freshScenarioBot). */
  readonly harness: BotHarness;
}

/**
 * Registers in the calling describe block the setup most bot tests share: a database of `kind`
 * opened before the first test and closed after the last, and before each test a fresh bot on
 * the scenario's bloc with `admin` as its admin. A block's own hooks registered after this call
 * run after it, so they see the test's bot.
 */
export function scenarioBot(kind: (typeof DATABASE_KINDS)[number], scenario: Scenario, now: Date, admin?: number): ScenarioBot {
  let database: TestDatabase | undefined;
  let harness: BotHarness | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    harness = await freshScenarioBot(opened(database), scenario, now, admin);
  });
  return {
    get database() {
      return opened(database);
    },
    get harness() {
      if (!harness) throw new Error("The scenario's bot is made before each test: read it inside a test or hook");
      return harness;
    },
  };
}

function opened(database: TestDatabase | undefined): TestDatabase {
  if (!database) throw new Error("The test database opens before the block's first test: read it inside a test or hook");
  return database;
}
