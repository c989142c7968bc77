/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
 * database under DATA_DIR, and exits. The bot does the same at start-up; this is for a
 * deployment step that migrates before the new version starts.
 */
import { resolve } from "node:path";
import { inspect } from "node:util";
import { ConfigError, parseConfig } from "../config/parse-config.js";
import { secretScrubber, secretsOf } from "../config/secrets.js";
import { redactUrl } from "../logger.js";
import { openDatabase } from "./database.js";
import { applyMigrations, readMigrations } from "./migrate.js";

try {
  const config = parseConfig(process.env);
  const location = config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: resolve(config.dataDir) };
  const database = await openDatabase(location, { migrate: false });
  const pending = await applyMigrations(database.sessions, await readMigrations());
  await database.close();
  const where = config.databaseUrl ? redactUrl(config.databaseUrl) : location;
  console.log(`Database ${JSON.stringify(where)} is up to date (${pending.length} applied now).`);
} catch (error) {
  // A driver's error may carry the connection string: scrubbed of the password, like the bot's output.
  console.error(error instanceof ConfigError ? error.message : secretScrubber(secretsOf(process.env))(inspect(error)));
  process.exit(1);
}
