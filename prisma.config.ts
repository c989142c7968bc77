import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";
import { readMigrations } from "./src/db/migrate.js";

// The Prisma CLI only generates the client and authors migrations here, always against an
// in-memory PGlite: it never touches real data and needs no downloaded engine. That PGlite
// starts with the committed migrations applied, so `migrate diff --from-schema-datasource`
// yields the next migration without a shadow database (which PGlite's adapter cannot run:
// it sends each migration file as one prepared statement). The application applies
// migrations itself (src/db/migrate.ts). See platform-notes.md.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const pglite = new PGlite();
    for (const migration of await readMigrations()) await pglite.exec(migration.sql);
    return new PrismaPGlite(pglite);
  },
});
