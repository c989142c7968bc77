/**
 * `npm run db:image`: makes the prepared PGlite image (prisma/pglite-image/), a migrated empty
 * database folder, gzipped, that a bot's first start on an empty DATA_DIR loads instead of
 * running initdb in its own process. Tied to the installed PGlite's version: a bot with another
 * version ignores it, says why in its log, and runs initdb as before.
 */
import { PGlite } from "@electric-sql/pglite";
import { leanPgliteOptions, openPglite } from "./database.js";
import { applyMigrations, readMigrations } from "./migrate.js";
import { PGLITE_IMAGE_DIR, writePgliteImage } from "./pglite-image.js";

const pglite = new PGlite(leanPgliteOptions());
const database = await openPglite(pglite);
try {
  const migrations = await readMigrations();
  await applyMigrations(database.sessions, migrations);
  const written = await writePgliteImage(
    PGLITE_IMAGE_DIR,
    pglite,
    migrations.map((migration) => migration.name),
  );
  console.log(
    `Wrote ${PGLITE_IMAGE_DIR} (${Math.round(written.bytes / 1024)} KiB, PGlite ${written.manifest.pglite}, ${written.manifest.migrations.length} migrations).`,
  );
} finally {
  await database.close();
}
