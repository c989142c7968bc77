import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase, openPglite } from "../../src/db/database.js";
import { applyMigrations, readMigrations } from "../../src/db/migrate.js";
import { writePgliteImage } from "../../src/db/pglite-image.js";
import { buildBot, transpile } from "./bot-build.js";
import { adminQuery } from "./postgres-admin.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A gzipped PGlite data folder with every migration applied. */
    pgliteImage: string;
    /** A migrated database on the TEST_DATABASE_URL server that test databases are copied from; "" without one. */
    postgresTemplate: string;
    /** src/main.ts transpiled for this run (test/support/bot-build.ts), which spawned bots run with node. */
    botEntry: string;
  }
}

/** What the setup made, shared by the projects of one run (each project runs its global setup). */
interface Prepared {
  pgliteImage: string;
  postgresTemplate: string;
  botEntry: string;
  /** Transpiles src/ again (watch mode reruns the tests after a change). */
  rebuild(): Promise<void>;
  teardown(): Promise<void>;
}

const shared = globalThis as {
  giaobanTestSetup?: { prepared: Promise<Prepared>; users: number; rebuilding?: Promise<void> | undefined };
};

/**
 * Migrates one in-memory PGlite and saves its data folder, so each test file starts a
 * database from the image (about 1 s) instead of running initdb and migrations (4–5 s); with
 * TEST_DATABASE_URL, migrates a template database there too, which each PostgreSQL test
 * database is copied from (CREATE DATABASE … TEMPLATE) instead of being migrated again.
 * It also transpiles src/ once for the bots the tests spawn, and gives them the migrated image
 * as their prepared PGlite image (as the runtime image has one), so a spawned bot's first start
 * on a new DATA_DIR copies it instead of running initdb and every migration in its own process.
 * Both projects of a run share what the first one made.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.giaobanTestSetup ??= { prepared: prepare(), users: 0 };
  const state = shared.giaobanTestSetup;
  state.users += 1;
  const prepared = await state.prepared;
  project.provide("pgliteImage", prepared.pgliteImage);
  project.provide("postgresTemplate", prepared.postgresTemplate);
  project.provide("botEntry", prepared.botEntry);
  // The projects of a rerun share one build.
  project.onTestsRerun(async () => {
    state.rebuilding ??= prepared.rebuild().finally(() => {
      state.rebuilding = undefined;
    });
    await state.rebuilding;
  });
  return async () => {
    state.users -= 1;
    if (state.users > 0) return;
    shared.giaobanTestSetup = undefined;
    await prepared.teardown();
  };
}

async function prepare(): Promise<Prepared> {
  const dir = await mkdtemp(join(tmpdir(), "giaoban-test-"));
  const bot = join(dir, "bot");
  const botEntry = await buildBot(bot);
  const migrations = await readMigrations();
  const pglite = new PGlite();
  const database = await openPglite(pglite);
  await applyMigrations(database.sessions, migrations);
  // Where the spawned bots look for the prepared image: bot/prisma/pglite-image/, beside their dist/.
  const imageDir = join(bot, "prisma/pglite-image");
  await writePgliteImage(
    imageDir,
    pglite,
    migrations.map((migration) => migration.name),
  );
  await database.close();
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = serverUrl ? `giaoban_template_${process.pid}` : "";
  if (serverUrl) {
    await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
    const url = new URL(serverUrl);
    url.pathname = `/${template}`;
    const migrated = await openDatabase({ databaseUrl: url.toString() });
    await migrated.close();
  }
  return {
    pgliteImage: join(imageDir, "image.tar.gz"),
    postgresTemplate: template,
    botEntry,
    rebuild: () => transpile(bot),
    teardown: async () => {
      if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
