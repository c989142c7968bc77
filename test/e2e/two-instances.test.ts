import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { type Delivered, HoldingBotApi } from "../support/holding-bot-api.js";
import { freePort, type SpawnedBot, spawnBot, waitFor } from "../support/spawn-bot.js";
import { createPostgresDatabase } from "../support/test-database.js";

const TOKEN = "123456789:AATwoInstancesTokenForTheFakeOnly";
const SECRET = "two-instances-webhook-secret";
const ADMIN = 9001;
const REP = 9101;
const GROUP = -1003000000001;
const INSTANCES = ["A", "B"] as const;

/**
 * Two bot processes in webhook mode over one PostgreSQL database, behind a fake Telegram that
 * posts updates to their webhooks in turn (as a load balancer would) and answers their calls.
 * Each instance's calls reach the fake under its own API root (/A, /B), so every message
 * says which instance sent it.
 */
describe.runIf(process.env.TEST_DATABASE_URL)("two instances behind one PostgreSQL, in webhook mode [postgres]", () => {
  let api: HoldingBotApi;
  let dir: string;
  let database: { url: string; drop(): Promise<void> };
  const bots: SpawnedBot[] = [];
  /** Each instance's webhook URL, to name the instance an update was posted to. */
  const instanceAt = new Map<string, string>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "giaoban-two-"));
    await writeFile(join(dir, "catalog.yaml"), CATALOG);
    api = new HoldingBotApi();
    const root = await api.start();
    database = await createPostgresDatabase();
    // Both start at once on a new database: one migrates it, the other waits for the lock.
    for (const instance of INSTANCES) {
      const port = await freePort();
      instanceAt.set(`http://127.0.0.1:${port}/telegram`, instance);
      bots.push(
        spawnBot({
          BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: `${root}/${instance}`,
          WEBHOOK_URL: [...instanceAt.keys()].at(-1) as string,
          WEBHOOK_SECRET: SECRET,
          PORT: String(port),
          DATABASE_URL: database.url,
          CATALOG_FILE: join(dir, "catalog.yaml"),
          ADMIN_IDS: String(ADMIN),
          LOG_LEVEL: "info",
          CLOCK_START: "2023-12-10T10:00:00+07:00",
        }),
      );
    }
    await waitFor("both instances to set their webhook", () => (api.webhooks.length === 2 ? true : undefined), 90_000).catch(
      (error: Error) => {
        throw new Error(`${error.message}; their output: ${bots.map((bot) => bot.stderr().slice(-1500)).join("\n---\n")}`);
      },
    );
    const seen = api.delivered.length;
    api.say(ADMIN, "/moi donvi01");
    const invite = await nextMessage(seen, ADMIN, (message) => /start=([A-Z0-9]+)/.test(message.text));
    api.say(REP, `/start ${/start=([A-Z0-9]+)/.exec(invite.text)?.[1]}`);
    await nextMessage(seen, REP, (message) => message.text.includes("Chi đoàn số 01"));
  }, 120_000);

  afterAll(async () => {
    for (const bot of bots) if (bot.process.exitCode === null) bot.process.kill("SIGKILL");
    await Promise.all(bots.map((bot) => bot.exited));
    await api.stop();
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it("spreads the updates over both and carries one /nop across them, answer after answer", async () => {
    const answers = ["/nop", "120", "15", "không", "không", "không", "không"];
    const turns: { updateId: number; postedTo: string; answeredBy: string[] }[] = [];
    let seen = api.delivered.length;
    for (const answer of [...answers, "confirm"]) {
      const updateId =
        answer === "confirm" ? api.press(REP, (await reviewCard(seen)).buttons["✅ Xác nhận nộp"] ?? "") : api.say(REP, answer);
      const from = seen;
      const prompt = await nextMessage(from, REP, (message) =>
        /<b>\d+\/\d+\. |Xác nhận nộp|Đã nhận báo cáo/.test(message.text + Object.keys(message.buttons)),
      );
      seen = api.delivered.indexOf(prompt) + 1;
      const posted = await waitFor("the post's answer", () => api.posted.find((post) => post.updateId === updateId));
      expect(posted.status).toBe(200);
      turns.push({
        updateId,
        postedTo: instanceOf(posted.url),
        answeredBy: [...new Set(api.delivered.slice(from, seen).map((message) => message.via))],
      });
    }
    // Each answer was handled by the instance it was posted to, and they take turns.
    for (const [index, turn] of turns.entries()) {
      expect(turn.answeredBy).toEqual([turn.postedTo]);
      if (index > 0) expect(turn.postedTo).not.toBe(turns[index - 1]?.postedTo);
    }
    expect(new Set(turns.map((turn) => turn.postedTo))).toEqual(new Set(["A", "B"]));
    expect(api.delivered.filter((message) => message.chatId === REP).at(-1)?.text).toContain("Đã nhận báo cáo");
    expect(await storedReport()).toEqual({ versions: 1, values: { DV_MOI: "120", DANG_VIEN: "15" } });
  }, 120_000);

  it("processes an update delivered to both instances once: one reply", async () => {
    const seen = api.delivered.length;
    const updateId = api.say(ADMIN, "/tiendo");
    await waitFor("the first delivery", () => api.posted.find((post) => post.updateId === updateId));
    await api.redeliverToAll(updateId);
    // Each instance writes one log line per update it handled, the redelivery included.
    for (const bot of bots)
      await waitFor("both instances to handle it", () => (bot.stderr().includes(`"update_id":${updateId},`) ? true : undefined));
    const replies = api.delivered.slice(seen).filter((message) => message.chatId === ADMIN);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain("1/1 đơn vị đã nộp");
    expect(api.posted.filter((post) => post.updateId === updateId).map((post) => post.status)).toEqual([200, 200, 200]);
  });

  it("sends every message once: as many calls reached Telegram as the outbox recorded, none left", async () => {
    for (const bot of bots) bot.process.kill("SIGTERM");
    expect(await Promise.all(bots.map((bot) => bot.exited))).toEqual([0, 0]);
    const check = await openDatabase({ databaseUrl: database.url }, { migrate: false });
    try {
      const rows = await check.sql.query<{ sent: number; unsent: number }>(
        `SELECT count("sentAt")::int AS "sent", (count(*) - count("sentAt") - count("failedAt"))::int AS "unsent" FROM "OutboxMessage"`,
      );
      expect(rows[0]).toEqual({ sent: api.effectCalls, unsent: 0 });
    } finally {
      await check.close();
    }
    const texts = api.delivered.map((message) => `${message.chatId} ${message.text}`);
    expect(api.delivered.filter((message) => message.chatId === GROUP)).toHaveLength(1);
    expect(texts.length).toBeGreaterThan(15);
  });

  function instanceOf(url: string): string {
    return instanceAt.get(url) ?? "?";
  }

  async function reviewCard(from: number): Promise<Delivered> {
    return nextMessage(from - 1, REP, (message) => "✅ Xác nhận nộp" in message.buttons);
  }

  async function nextMessage(from: number, chatId: number, match: (message: Delivered) => boolean): Promise<Delivered> {
    return waitFor(`a message to ${chatId}`, () =>
      api.delivered.find((message, at) => at >= from && message.chatId === chatId && match(message)),
    );
  }

  async function storedReport() {
    const check = await openDatabase({ databaseUrl: database.url }, { migrate: false });
    try {
      const submission = await check.prisma.submission.findFirstOrThrow({
        include: { versions: { include: { values: { include: { indicator: true } } } } },
      });
      const values = Object.fromEntries(
        (submission.versions[0]?.values ?? []).map((row) => [row.indicator.code, row.value?.toFixed() ?? ""]),
      );
      return { versions: submission.versions.length, values };
    } finally {
      await check.close();
    }
  }
});

/** A commune bloc of two organisations reporting two figures, with a linked group. */
const CATALOG = `bloc:
  code: two-instances
  name: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã Hai Máy"
  area: "xã Hai Máy"
  level: commune
  group_chat_id: ${GROUP}
organisations:
  - { code: DV01, name: "Chi đoàn số 01", aliases: ["donvi01"] }
indicators:
  - { code: DV_MOI, name: "Đoàn viên mới kết nạp", unit: "người", kind: flow, max: 100000, orgs: [DV01] }
  - { code: DANG_VIEN, name: "Đảng viên mới được kết nạp", unit: "người", kind: flow, max: 100000, orgs: [DV01] }
`;
