import { execFile } from "node:child_process";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnBot } from "../support/spawn-bot.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");

// Skipped in CI only (CI_CHECKS_COMPILED_RUNTIME=1, set by .ci/run): CI builds the runtime itself and
// runs it with production dependencies only, a stricter check; building it twice cost CI its 10 minutes.
describe.skipIf(process.env.CI_CHECKS_COMPILED_RUNTIME === "1")("the compiled runtime: src/ built to dist/ and run with plain node", () => {
  let dir: string;
  beforeAll(async () => {
    // A folder whose path has a space and diacritics, as a person's folder may have.
    dir = await mkdtemp(join(tmpdir(), "giaoban bản dựng "));
    await promisify(execFile)(process.execPath, [TSC, "-p", "tsconfig.build.json", "--outDir", join(dir, "dist")], { cwd: ROOT });
    // The runtime image's layout (Dockerfile): dist/ beside locales/, prisma/migrations and the
    // manifest, and nothing of src/.
    await cp(join(ROOT, "locales"), join(dir, "locales"), { recursive: true });
    await cp(join(ROOT, "prisma/migrations"), join(dir, "prisma/migrations"), { recursive: true });
    await cp(join(ROOT, "package.json"), join(dir, "package.json"));
    await symlink(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("migrates a new embedded database and answers in the console, its translations read beside dist/", async () => {
    const bot = spawnBot({ DATA_DIR: join(dir, "data") }, { cwd: dir, args: ["dist/main.js"] });
    bot.process.stdin?.end("/help\n/danhmuc\n");
    expect(await bot.exited, bot.stderr()).toBe(0);
    expect(bot.stdout()).toContain("/nop (/submit) — nộp báo cáo quý của đơn vị");
    // The built-in catalog, stored in the tables the migrations created.
    expect(bot.stdout()).toContain("Hội Nông dân tỉnh (ND)");
  });
});
