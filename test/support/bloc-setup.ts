import { applyCatalogs } from "../../src/app/catalog-service.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { type Scenario, scenarioDocument } from "./acceptance.js";
import { BotHarness, type HarnessMemory, textOf } from "./bot-harness.js";
import type { ChatDriver } from "./scenario-player.js";
import { type RowSnapshot, restoreRows, snapshotRows, type TestDatabase } from "./test-database.js";

const ROLE_WORDS = {
  admin: "thư ký",
  chair: "chủ trì",
  representative: "đại diện",
  viewer: "theo dõi",
} as const;

/** Loads a catalog document into the harness's database and makes `adminIds` admins. */
export async function setUpBloc(harness: BotHarness, document: unknown, adminIds: number[]): Promise<void> {
  await applyCatalogs(harness.services.catalog, parseCatalog(document), new Date());
  await harness.services.people.bootstrapAdmins(
    adminIds.map((id) => ({ channel: "telegram" as const, id: String(id) })),
    "telegram",
    harness.services.clock(),
  );
}

/**
 * Registers a person the way people join: an admin sends `/moi <org> <role>` and the person
 * opens the deep link. Returns the welcome text.
 */
export async function join(
  harness: ChatDriver,
  adminId: number,
  person: { id: number; name?: string; role: keyof typeof ROLE_WORDS; org?: string },
): Promise<string> {
  const args = [person.org, ROLE_WORDS[person.role]].filter(Boolean).join(" ");
  const created = textOf(await harness.say({ id: adminId }, "private", `/moi ${args}`));
  const code = /\?start=([A-Z0-9]+)/.exec(created)?.[1];
  if (!code) throw new Error(`No invite link in the reply to /moi ${args}: ${created}`);
  return textOf(await harness.say({ id: person.id, first_name: person.name ?? `User ${person.id}` }, "private", `/start ${code}`));
}

/** Everyone of a scenario joined through invites by its first admin. */
export async function joinScenarioPeople(harness: ChatDriver, scenario: Scenario): Promise<void> {
  const admins = scenario.people.filter((person) => person.role === "admin").map((person) => person.id);
  const first = admins[0];
  if (first === undefined) throw new Error(`${scenario.file} names no admin`);
  for (const person of scenario.people) {
    if (person.role === "admin") continue;
    await join(harness, first, {
      id: person.id,
      name: person.name,
      role: person.role,
      org: person.org,
    });
  }
}

/** A scenario's bloc as built once on a database: its rows and what the harness remembered. */
interface BuiltBloc {
  rows: RowSnapshot;
  memory: HarnessMemory;
}

/** The blocs built on each database of this test file, by scenario, time and admin. */
const built = new WeakMap<TestDatabase, Map<string, BuiltBloc>>();

/**
 * The bot of one test, on a database emptied first: the scenario's bloc with `admin` as its
 * admin, the group linked by them, every person of the scenario joined.
 *
 * The first call of a file on a database builds it as people would (the catalog loaded, /nhom,
 * every invite sent and opened); later calls with the same scenario, time and admin put those
 * rows back instead of replaying the same dozen updates before every test (most of a bot test's
 * time otherwise). The new harness starts from what the first one remembered of its chats.
 */
export async function freshScenarioBot(database: TestDatabase, scenario: Scenario, now: Date, admin = 9001): Promise<BotHarness> {
  const key = `${JSON.stringify(scenario)}|${now.toISOString()}|${admin}`;
  const blocs = built.get(database) ?? new Map<string, BuiltBloc>();
  built.set(database, blocs);
  const harness = new BotHarness(database, { now: () => now });
  const bloc = blocs.get(key);
  if (bloc) {
    await restoreRows(database, bloc.rows);
    harness.takeOver(bloc.memory);
    return harness;
  }
  await database.reset();
  await setUpBloc(harness, scenarioDocument(scenario), [admin]);
  await harness.say({ id: admin }, "group", "/nhom");
  await joinScenarioPeople(harness, scenario);
  blocs.set(key, { rows: await snapshotRows(database), memory: harness.chatMemory() });
  return harness;
}
