import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Scenario, scenarioCatalogFile, scenarioSets } from "../support/acceptance.js";
import { joinScenarioPeople } from "../support/bloc-setup.js";
import { textOf } from "../support/bot-harness.js";
import { EmulatorDriver } from "../support/emulator-driver.js";
import { indicatorsOf, ScenarioPlayer } from "../support/scenario-player.js";
import { type SpawnedBot, spawnBot, waitFor } from "../support/spawn-bot.js";
import { type StrictEmulator, startStrictEmulator } from "../support/strict-emulator.js";

const TOKEN = "123456789:AAE2eTestTokenForTheEmulatorOnly";

/** Each scenario is played in the quarter it is about: the 10th day of its last month, 10:00 in Vietnam. */
function clockStartFor(file: string): string {
  const match = /-q([1-4])-(\d{4})\./.exec(file);
  const month = Number(match?.[1] ?? 4) * 3;
  return `${match?.[2] ?? 2023}-${String(month).padStart(2, "0")}-10T10:00:00+07:00`;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

const KINDS: ("pglite" | "postgres")[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

const sets = scenarioSets();
for (const set of sets)
  console.info(`Acceptance against the running bot replays ${set.title}: ${set.scenarios.map((s) => s.file).join(", ")}`);
/** The groups the bot is in from the start, for the gate: every scenario's. */
const groups = sets.flatMap((set) => set.scenarios.map((scenario) => scenario.group_chat_id));

describe.each(KINDS)("acceptance scenarios against the running bot over the Bot API emulator [%s]", (kind) => {
  let dir: string;
  let emulator: StrictEmulator;
  const databaseNames: string[] = [];
  let running: SpawnedBot[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "giaoban-e2e-"));
  });
  afterAll(async () => {
    if (kind === "postgres") for (const name of databaseNames) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await rm(dir, { recursive: true, force: true });
  });
  // Each scenario has an emulator of its own, and its bot is stopped after it, so no scenario's
  // bot takes another's updates and no scenario sees another's messages.
  beforeEach(async () => {
    emulator = await startStrictEmulator({ storeTimeout: 3600, groups });
  });
  afterEach(async () => {
    for (const bot of running) bot.process.kill("SIGTERM");
    await Promise.all(running.map((bot) => bot.exited));
    running = [];
    await emulator.stop();
  });

  /** Starts `src/main.ts` as `npm start` would, on this suite's database, and waits until it polls. */
  async function startBot(scenario: Scenario, database: Record<string, string>): Promise<SpawnedBot> {
    const bot = spawnBot({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      CATALOG_FILE: scenarioCatalogFile(scenario, dir),
      ADMIN_IDS: scenario.people
        .filter((person) => person.role === "admin")
        .map((person) => person.id)
        .join(","),
      CLOCK_START: clockStartFor(scenario.file),
      LOG_LEVEL: "info",
      ...database,
    });
    running.push(bot);
    await waitFor("the bot to start polling", () => (bot.stderr().includes("polling Telegram") ? true : undefined), 60_000);
    return bot;
  }

  /** A new empty database for one scenario: a PGlite folder, or a PostgreSQL database dropped at the end. */
  async function newDatabase(): Promise<Record<string, string>> {
    const name = `giaoban_e2e_${process.pid}_${databaseNames.length + 1}`;
    databaseNames.push(name);
    if (kind === "pglite") return { DATA_DIR: join(dir, name) };
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL as string);
    url.pathname = `/${name}`;
    return { DATABASE_URL: url.toString() };
  }

  // Every scenario on PGlite; on PostgreSQL the first of each set (the rest exercise the language
  // and the flow, not the database, and cost CI about 30 s).
  describe.each(sets)("$title", ({ scenarios }) => {
    it.each(kind === "postgres" ? scenarios.slice(0, 1) : scenarios)(
      "$file: every step, as people would, with a SIGKILL mid-conversation",
      async (scenario) => {
        const database = await newDatabase();
        let bot = await startBot(scenario, database);
        const log = () => running.map((item) => item.stderr()).join("");
        const driver = new EmulatorDriver(emulator.server, TOKEN, scenario.group_chat_id, log, emulator.refusals);
        await joinScenarioPeople(driver, scenario);

        // Killed with SIGKILL in the middle of a submission and started again, the bot goes on at
        // the same question with the earlier answers kept.
        const player = new ScenarioPlayer(driver, scenario);
        const quiet = player.quietSubmitter();
        if (quiet) {
          await player.answer(quiet, "/nop");
          const first = indicatorsOf(scenario, quiet.org)[0] ?? "";
          expect(textOf(await player.answer(quiet, scenario.submissions[quiet.org]?.[first] ?? "0"))).toContain("Đã lưu");
          bot.process.kill("SIGKILL");
          await bot.exited;
          bot = await startBot(scenario, database);
          await player.finish(quiet);
        }
        await player.play();
      },
    );
  });
});
