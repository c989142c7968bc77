/**
 * `npm run restore -- <file>`: loads a backup into DATABASE_URL, or into the embedded database
 * under DATA_DIR (created and migrated when new), in one transaction. Refuses a database that
 * holds any data: restore is for a new database, never a merge.
 */
import { readFile } from "node:fs/promises";
import { BackupError, restore } from "../app/backup-service.js";
import { runDatabaseCommand } from "./cli.js";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("Usage: npm run restore -- <file.json>");
  process.exit(2);
}

// Read before the database is opened, so a wrong file name does not create an empty database.
let backup: unknown;
try {
  backup = JSON.parse(await readFile(file, "utf8"));
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}

await runDatabaseCommand({ migrate: true, expected: (error) => error instanceof BackupError }, async (database, where) => {
  const counts = await restore(database, backup);
  const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return `Restored ${file} into ${JSON.stringify(where)}: ${rows} rows.`;
});
