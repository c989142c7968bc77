import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { type Delivered, HoldingBotApi } from "../support/holding-bot-api.js";
import { type SpawnedBot, spawnBot, waitFor } from "../support/spawn-bot.js";
import { createPostgresDatabase } from "../support/test-database.js";

const TOKEN = "123456789:AAKillMatrixTokenForTheFakeOnly";
const ADMIN = 9001;
const GROUP = -1002000000001;
/** One organisation per run: more than the calls of one submission. */
const ORGANISATIONS = 30;
/** What each representative means to type for each figure, by the indicator's name. */
const FIGURES: Record<string, string> = { "Đoàn viên mới kết nạp": "120", "Đảng viên mới được kết nạp": "15" };
const STORED: Record<string, string> = { DV_MOI: "120", DANG_VIEN: "15" };

/** The outcome of one run: a submission with one call held and the bot killed there. */
interface Outcome {
  point: number;
  method: string;
  organisation: string;
  finished: boolean;
  notes: number;
}

/**
 * The kill-point matrix: for each call the bot makes during a whole submission (the intro,
 * every echo and question, the review card, the button's answer, the receipt, the group
 * note), a run in which the fake Bot API holds that call, the bot is killed with SIGKILL while
 * it is in flight and restarted, and the person goes on as a person would: answering the
 * question on screen. Each run is another organisation's submission on the same database.
 */
describe.each(kinds())("the kill-point matrix [%s]", (kind) => {
  let api: HoldingBotApi;
  let dir: string;
  let env: Record<string, string>;
  let bot: SpawnedBot;
  let database: { url: string; drop(): Promise<void> } | undefined;
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "giaoban-kill-"));
    await writeFile(join(dir, "catalog.yaml"), catalog());
    api = new HoldingBotApi();
    const root = await api.start();
    database = kind === "postgres" ? await createPostgresDatabase() : undefined;
    env = {
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: root,
      CATALOG_FILE: join(dir, "catalog.yaml"),
      ADMIN_IDS: String(ADMIN),
      LOG_LEVEL: "info",
      CLOCK_START: "2023-12-10T10:00:00+07:00",
      ...(database ? { DATABASE_URL: database.url } : { DATA_DIR: join(dir, "data") }),
    };
    bot = await start(env);
    for (let index = 1; index <= ORGANISATIONS; index += 1) {
      const seen = api.delivered.length;
      api.say(ADMIN, `/moi ${alias(index)}`);
      const invite = await nextMessage(api, ADMIN, seen, (message) => /start=([A-Z0-9]+)/.test(message.text));
      api.say(representative(index), `/start ${/start=([A-Z0-9]+)/.exec(invite.text)?.[1]}`);
      await nextMessage(api, representative(index), seen, (message) => message.text.includes(organisation(index)));
    }
  }, 300_000);

  afterAll(async () => {
    if (bot.process.exitCode === null) {
      bot.process.kill("SIGKILL");
      await bot.exited;
    }
    await api.stop();
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it("stores every answer for the question shown, one version and one group note per confirm, whatever call the kill hits", async () => {
    // A first run without a kill counts the calls of a submission.
    const points = await run(1, undefined);
    expect(points).toBeGreaterThan(10);
    expect(points).toBeLessThan(ORGANISATIONS);
    const killed = pointsToKill(points);
    for (const point of killed) await run(point + 1, point);

    bot.process.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    const stored = await storedReports(database ? { databaseUrl: database.url } : { dataDir: env.DATA_DIR as string });
    const report = outcomes.map((outcome) => {
      const mine = stored.get(outcome.organisation);
      return {
        ...outcome,
        versions: mine?.versions ?? 0,
        wrong: Object.entries(STORED).filter(([code, value]) => mine?.values[code] !== value).length,
      };
    });
    const summary = {
      kills: report.length,
      heldCalls: [...new Set(report.map((outcome) => outcome.method))],
      wrongValues: report.reduce((sum, outcome) => sum + outcome.wrong, 0),
      stuck: report.filter((outcome) => !outcome.finished).length,
      notOneVersion: report.filter((outcome) => outcome.versions !== 1).length,
      notOneGroupNote: report.filter((outcome) => outcome.notes !== 1).length,
    };
    console.info(`[kill-matrix ${kind}] ${JSON.stringify(summary)}`);
    expect(summary).toMatchObject({ kills: killed.length, wrongValues: 0, stuck: 0, notOneVersion: 0, notOneGroupNote: 0 });
  }, 900_000);

  /**
   * Every kill point, or CI's share of them: .ci/run runs the embedded database's matrix and the
   * PostgreSQL one as two steps and gives each half the points (KILL_MATRIX_SHARE "0/2" and
   * "1/2"), so every point is killed once per CI run within its 10 minutes. A clone's npm test
   * kills them all.
   */
  function pointsToKill(points: number): number[] {
    const all = Array.from({ length: points }, (_, index) => index + 1);
    const share = /^(\d+)\/(\d+)$/.exec(process.env.KILL_MATRIX_SHARE ?? "");
    return share ? all.filter((point) => point % Number(share[2]) === Number(share[1])) : all;
  }

  /** Organisation `index` submits with call number `point` of its submission held; returns how many calls it made. */
  async function run(index: number, point: number | undefined): Promise<number> {
    const before = api.effectCalls;
    api.held = undefined;
    api.holdAt = point === undefined ? undefined : before + point;
    let restarted = false;
    const restartIfHeld = async () => {
      if (!api.held || restarted) return;
      restarted = true;
      bot.process.kill("SIGKILL");
      await bot.exited;
      api.holdAt = undefined;
      bot = await start(env);
    };
    const seen = api.delivered.length;
    const finished = await submitAsAPerson(api, representative(index), restartIfHeld);
    const noteOf = (message: Delivered) => message.chatId === GROUP && message.text.includes(organisation(index));
    // The group note comes after the receipt: it may be the call held.
    await waitFor("the group note", async () => {
      await restartIfHeld();
      return api.delivered.slice(seen).some(noteOf) ? true : undefined;
    });
    const calls = api.effectCalls - before;
    if (point !== undefined) {
      outcomes.push({
        point,
        method: heldMethod(api),
        organisation: code(index),
        finished,
        notes: api.delivered.slice(seen).filter(noteOf).length,
      });
    }
    return calls;
  }
});

async function start(env: Record<string, string>): Promise<SpawnedBot> {
  const bot = spawnBot(env);
  await waitFor("the bot to start polling", () => (bot.stderr().includes("polling Telegram") ? true : undefined), 60_000);
  return bot;
}

/** The representative answers whatever is on screen until the receipt arrives; `restart` restarts a bot whose call is held. */
async function submitAsAPerson(api: HoldingBotApi, userId: number, restart: () => Promise<void>): Promise<boolean> {
  api.say(userId, "/nop");
  let seen = api.delivered.length;
  for (let turn = 0; turn < 40; turn += 1) {
    const prompt = await waitFor(
      "the next prompt",
      async () => {
        await restart();
        const index = api.delivered.findIndex((message, at) => at >= seen && message.chatId === userId && isPrompt(message));
        return index >= 0 ? index : undefined;
      },
      90_000,
    );
    const message = api.delivered[prompt] as Delivered;
    seen = prompt + 1;
    if (/Đã nhận báo cáo|đã được lưu/.test(message.text)) return true;
    const item = /<b>\d+\/\d+\. (.+?)<\/b>/.exec(message.text);
    const confirm = message.buttons["✅ Xác nhận nộp"];
    const resume = message.buttons["Tiếp tục bản nháp"];
    if (item?.[1] && FIGURES[item[1]]) api.say(userId, FIGURES[item[1]] as string);
    else if (item) api.say(userId, "không");
    else if (resume) api.press(userId, resume);
    else if (confirm) api.press(userId, confirm);
  }
  return false;
}

/** A message that asks the person something (or ends the submission). */
function isPrompt(message: Delivered): boolean {
  return (
    /<b>\d+\/\d+\. |Đã nhận báo cáo|đã được lưu/.test(message.text) ||
    Object.keys(message.buttons).some((label) => /Xác nhận nộp|Tiếp tục bản nháp/.test(label))
  );
}

async function nextMessage(api: HoldingBotApi, chatId: number, from: number, match: (message: Delivered) => boolean): Promise<Delivered> {
  return waitFor(`a message to ${chatId}`, () =>
    api.delivered.find((message, at) => at >= from && message.chatId === chatId && match(message)),
  );
}

/** Each organisation's stored report: its current values and how many versions it has. */
async function storedReports(location: { dataDir: string } | { databaseUrl: string }) {
  const database = await openDatabase(location, { migrate: false });
  try {
    const submissions = await database.prisma.submission.findMany({
      include: { organisation: true, versions: { include: { values: { include: { indicator: true } } } } },
    });
    return new Map(
      submissions.map((submission) => {
        const current = submission.versions.find((version) => version.version === submission.currentVersion);
        const values = Object.fromEntries((current?.values ?? []).map((row) => [row.indicator.code, row.value?.toFixed() ?? ""]));
        return [submission.organisation.code, { versions: submission.versions.length, values }];
      }),
    );
  } finally {
    await database.close();
  }
}

const code = (index: number) => `DV${String(index).padStart(2, "0")}`;
const alias = (index: number) => `donvi${String(index).padStart(2, "0")}`;
const organisation = (index: number) => `Chi đoàn số ${String(index).padStart(2, "0")}`;
const representative = (index: number) => 9100 + index;

/** A commune bloc of many small organisations reporting the same two figures, with a linked group. */
function catalog(): string {
  const indexes = Array.from({ length: ORGANISATIONS }, (_, at) => at + 1);
  return [
    "bloc:",
    "  code: kill-matrix",
    '  name: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã Thử Nghiệm"',
    '  area: "xã Thử Nghiệm"',
    "  level: commune",
    `  group_chat_id: ${GROUP}`,
    "organisations:",
    ...indexes.map((index) => `  - { code: ${code(index)}, name: "${organisation(index)}", aliases: ["${alias(index)}"] }`),
    "indicators:",
    `  - { code: DV_MOI, name: "Đoàn viên mới kết nạp", unit: "người", kind: flow, max: 100000, orgs: [${indexes.map(code).join(", ")}] }`,
    `  - { code: DANG_VIEN, name: "Đảng viên mới được kết nạp", unit: "người", kind: flow, max: 100000, orgs: [${indexes.map(code).join(", ")}] }`,
    "",
  ].join("\n");
}

function kinds(): ("pglite" | "postgres")[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** The method of the call held in the last run (read through a function: the run reset it). */
function heldMethod(api: HoldingBotApi): string {
  return api.held?.method ?? "none";
}
