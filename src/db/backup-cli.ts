/**
 * `npm run backup -- <file> [bloc code]`: writes every bloc (or the one named) of DATABASE_URL,
 * or of the embedded database under DATA_DIR, to one JSON file, read in one snapshot (on
 * PostgreSQL while the bot runs; a PGlite folder only while the bot is stopped: one process
 * at a time). The file is written beside its name first and renamed, so a failed
 * backup never leaves half a file under the name.
 */
import { rename, writeFile } from "node:fs/promises";
import { BackupError, backUp } from "../app/backup-service.js";
import { runDatabaseCommand } from "./cli.js";

const [file, blocCode] = process.argv.slice(2);
if (!file) {
  console.error("Usage: npm run backup -- <file.json> [bloc code]");
  process.exit(2);
}

await runDatabaseCommand({ migrate: false, expected: (error) => error instanceof BackupError }, async (database, where) => {
  const backup = await backUp(database, blocCode);
  await writeFile(`${file}.partial`, `${JSON.stringify(backup, null, 1)}\n`);
  await rename(`${file}.partial`, file);
  const rows = Object.values(backup.tables).reduce((sum, table) => sum + table.length, 0);
  const blocs = backup.tables.Bloc.map((bloc) => bloc.code).join(", ");
  return `Backed up ${JSON.stringify(where)} to ${file}: ${rows} rows, bloc ${blocs || "none"}.`;
});
