/**
 * The frame of the database commands (`npm run db:migrate`, `backup`, `restore`): the database
 * of DATABASE_URL, or the embedded one under DATA_DIR, as the bot finds it; one line of result
 * on stdout; on failure one message on stderr, scrubbed of secrets like the bot's output, and
 * exit code 1.
 */
import { resolve } from "node:path";
import { inspect } from "node:util";
import { ConfigError, parseConfig } from "../config/parse-config.js";
import { secretScrubber, secretsOf } from "../config/secrets.js";
import { redactUrl } from "../logger.js";
import { type Database, openDatabase } from "./database.js";

/** Opens the configured database (migrated when `migrate`), runs `work`, prints what it returns. */
export async function runDatabaseCommand(
  options: { migrate: boolean; expected?: (error: unknown) => error is Error },
  work: (database: Database, where: string) => Promise<string>,
): Promise<void> {
  try {
    const config = parseConfig(process.env);
    const location = config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: resolve(config.dataDir) };
    const where = config.databaseUrl ? redactUrl(config.databaseUrl) : resolve(config.dataDir);
    const database = await openDatabase(location, { migrate: options.migrate });
    try {
      console.log(await work(database, where));
    } finally {
      await database.close();
    }
  } catch (error) {
    const plain = error instanceof ConfigError || options.expected?.(error);
    // A driver's error may carry the connection string: scrubbed of the password.
    console.error(plain ? (error as Error).message : secretScrubber(secretsOf(process.env))(inspect(error)));
    process.exitCode = 1;
  }
}
