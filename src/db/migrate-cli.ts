/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
 * database under DATA_DIR, and exits. The bot does the same at start-up; this is for a
 * deployment step that migrates before the new version starts.
 */
import { runDatabaseCommand } from "./cli.js";
import { applyMigrations, readMigrations } from "./migrate.js";

await runDatabaseCommand({ migrate: false }, async (database, where) => {
  const pending = await applyMigrations(database.sessions, await readMigrations());
  return `Database ${JSON.stringify(where)} is up to date (${pending.length} applied now).`;
});
