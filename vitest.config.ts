import { defineConfig } from "vitest/config";

// Two projects: fast pure/in-process tests, and the end-to-end suite that spawns the bot
// against a Bot API emulator. `npm test` runs both; `npm run test:e2e` runs only the latter.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
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
