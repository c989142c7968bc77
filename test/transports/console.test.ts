import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnBot } from "../support/spawn-bot.js";

describe("npm start with no token: the console chat", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "giaoban-console-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("answers piped lines as a person would read them, then exits at the end of input", async () => {
    const bot = spawnBot({ DATA_DIR: join(dir, "data") });
    bot.process.stdin?.end("/help\n/as 9102\n/start\n");
    expect(await bot.exited).toBe(0);
    const out = bot.stdout();
    expect(out).toContain("/as <id>");
    expect(out).toContain("🤖 Các lệnh của trợ lý giao ban");
    expect(out).not.toContain("<b>");
    expect(out).toContain("/trogiup (/help) — danh sách lệnh");
    expect(out).toContain("[9102 · riêng] >");
    expect(out).toContain("Xin chào Người dùng 9102");
  }, 60_000);
});
