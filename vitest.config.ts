import { defineConfig } from "vitest/config";

// Two projects: fast pure/in-process tests, and the end-to-end suite that spawns the bot
// against a Bot API emulator. `npm test` runs both; `npm run test:e2e` runs only the latter.
export default defineConfig({
  test: {
    // Vitest's default is one worker less than the cores: one on CI's two cores, so every file
    // ran alone while much of the suite waits on spawned bots and the PostgreSQL server. Two
    // workers keep both cores busy (an e2e file still runs alone among e2e files).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          // One module graph per worker instead of one per file: importing the app (grammY, Prisma,
          // the locales) for each of ~80 files was about 90 s of CI's CPU; the files share no state
          // but through their own databases and bots.
          isolate: false,
          globalSetup: ["test/support/global-setup.ts"],
          exclude: ["test/e2e/**"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
