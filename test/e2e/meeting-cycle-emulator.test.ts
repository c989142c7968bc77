import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { join } from "../support/bloc-setup.js";
import { type Reply, textOf } from "../support/bot-harness.js";
import { EmulatorDriver } from "../support/emulator-driver.js";
import { type SpawnedBot, spawnBot, waitFor } from "../support/spawn-bot.js";
import { type StrictEmulator, startStrictEmulator } from "../support/strict-emulator.js";
import { createPostgresDatabase } from "../support/test-database.js";

const TOKEN = "123456789:AAE2eMeetingCycleTokenForTheEmulator";
const ADMIN = { id: 9001 };
const GROUP = -1001000000001;
const REPS = [
  { id: 9101, name: "Lan", org: "mttq", fullName: "Ủy ban MTTQ Việt Nam tỉnh Gia Lai" },
  { id: 9102, name: "Hùng", org: "hnd", fullName: "Hội Nông dân tỉnh Gia Lai" },
  { id: 9103, name: "Mai", org: "phụ nữ", fullName: "Hội Liên hiệp Phụ nữ tỉnh Gia Lai" },
] as const;
const [MTTQ, ND, PN] = REPS;

/** Three organisations of one figure each, a linked group, and the meeting of IV/2023 on 28/11. */
const CATALOG = `bloc:
  code: gia-lai
  name: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai"
  level: province
  group_chat_id: ${GROUP}
organisations:
  - { code: MTTQ, name: "${MTTQ.fullName}", aliases: ["mttq"] }
  - { code: ND, name: "${ND.fullName}", aliases: ["hnd"] }
  - { code: PN, name: "${PN.fullName}", aliases: ["phụ nữ"] }
indicators:
  - { code: HV_MOI, name: "Đoàn viên, hội viên mới", unit: "người", kind: flow, max: 100000, orgs: [MTTQ, ND, PN] }
meetings:
  - { period: "2023-Q4", date: "2023-11-28", time: "08:30", place: "Hội trường A" }
`;

/** Before the first reminder (18/11 08:00, five days before the deadline 23/11), with time to join. */
const BEFORE_FIRST = "2023-11-18T07:50:00+07:00";
const AFTER_FIRST = "2023-11-18T08:00:30+07:00";
const LATER_THAT_DAY = "2023-11-18T15:00:00+07:00";
const AFTER_SECOND = "2023-11-21T08:00:30+07:00";

interface StoredMessage {
  message: { chat_id: number | string; text?: string };
}

/** The emulator, a temp dir with the catalog, and bots started and stopped on one database. */
function meetingRig() {
  const rig = {
    dir: "",
    emulator: undefined as unknown as StrictEmulator,
    running: [] as SpawnedBot[],
    /** Starts a bot polling the emulator at `clockStart`, and waits until its first reminder sweep is over. */
    async start(clockStart: string, database: Record<string, string>): Promise<SpawnedBot> {
      const bot = spawnBot({
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: rig.emulator.apiRoot,
        CATALOG_FILE: joinPath(rig.dir, "catalog.yaml"),
        ADMIN_IDS: String(ADMIN.id),
        CLOCK_START: clockStart,
        LOG_LEVEL: "debug",
        ...database,
      });
      rig.running.push(bot);
      await waitFor("the bot to poll and sweep the reminders", () => (swept(bot) && polling(bot) ? true : undefined), 90_000).catch(
        (error: Error) => {
          throw new Error(`${error.message}; its output: ${bot.stderr().slice(-2000)}`);
        },
      );
      return bot;
    },
    async stopAll(): Promise<void> {
      for (const bot of rig.running) if (bot.process.exitCode === null) bot.process.kill("SIGTERM");
      await Promise.all(rig.running.map((bot) => bot.exited));
      rig.running = [];
    },
    /** The texts the bot sent to `chatId`, as the emulator received them. */
    texts(chatId: number): string[] {
      return (rig.emulator.server.storage.botMessages as StoredMessage[])
        .filter((stored) => Number(stored.message.chat_id) === chatId)
        .map((stored) => stored.message.text ?? "");
    },
    /** How many of `chatId`'s messages contain `part`. */
    count(chatId: number, part: string): number {
      return rig.texts(chatId).filter((text) => text.includes(part)).length;
    },
    driver(): EmulatorDriver {
      return new EmulatorDriver(
        rig.emulator.server,
        TOKEN,
        GROUP,
        () => rig.running.map((bot) => bot.stderr()).join(""),
        rig.emulator.refusals,
      );
    },
  };
  beforeAll(async () => {
    rig.dir = await mkdtemp(joinPath(tmpdir(), "giaoban-meeting-"));
    await writeFile(joinPath(rig.dir, "catalog.yaml"), CATALOG);
    rig.emulator = await startStrictEmulator({ storeTimeout: 3600, groups: [GROUP] });
  });
  afterEach(() => rig.stopAll());
  afterAll(async () => {
    await rig.emulator.stop();
    await rm(rig.dir, { recursive: true, force: true });
  });
  return rig;
}

/** A reminder sweep ended in this process: something sent, or nothing due. */
function swept(bot: SpawnedBot): boolean {
  return /"msg":"(sent reminders|no reminders due)"/.test(bot.stderr());
}

function polling(bot: SpawnedBot): boolean {
  return bot.stderr().includes("polling Telegram");
}

/** The admin invites each representative and each opens the link. */
async function joinRepresentatives(driver: EmulatorDriver): Promise<void> {
  for (const rep of REPS) {
    const welcome = await join(driver, ADMIN.id, { id: rep.id, name: rep.name, role: "representative", org: rep.org });
    expect(welcome).toContain(rep.fullName);
  }
}

const REP_REMINDER = "chưa gửi báo cáo quý IV/2023";
const GROUP_REMINDER = "Nhắc hạn báo cáo quý IV/2023";

// The whole cycle over the emulator on PGlite; on PostgreSQL the two-process tests below run it
// against the server, and test/bot/meeting-cycle.test.ts runs the cycle itself on both.
describe("a meeting cycle against the running bot over the Bot API emulator [pglite]", () => {
  const rig = meetingRig();
  let database: Record<string, string>;
  beforeAll(() => {
    database = { DATA_DIR: joinPath(rig.dir, "data") };
  });

  it("shows the meeting, reminds the missing once across restarts, takes a report, shows progress and locks", async () => {
    await rig.start(BEFORE_FIRST, database);
    const driver = rig.driver();
    const calendar = textOf(await driver.say(ADMIN, "private", "/lichhop"));
    expect(calendar).toContain("28/11/2023 08:30");
    expect(calendar).toContain("hạn nộp: 23/11/2023 23:59");
    await joinRepresentatives(driver);
    expect(rig.count(GROUP, GROUP_REMINDER)).toBe(0);

    // Stopped before 08:00 and started after it: the start-up sweep sends the five-day reminder.
    await rig.stopAll();
    await rig.start(AFTER_FIRST, database);
    for (const rep of REPS) {
      await waitFor(`the reminder to ${rep.name}`, () => (rig.count(rep.id, REP_REMINDER) > 0 ? true : undefined));
      expect(rig.count(rep.id, "(còn 5 ngày)")).toBe(1);
    }
    await waitFor("the group's reminder", () => (rig.count(GROUP, GROUP_REMINDER) > 0 ? true : undefined));
    expect(rig.texts(GROUP).find((text) => text.includes(GROUP_REMINDER))).toContain("còn 3/3 đơn vị chưa gửi");

    // Hội Nông dân reports; /tiendo shows the meeting and the two missing.
    await submit(driver, ND);
    const progress = textOf(await driver.say(ADMIN, "private", "/tiendo"));
    expect(progress).toContain("1/3");
    expect(progress).toContain("Họp giao ban: 28/11/2023 08:30");
    expect(progress).toContain(MTTQ.fullName);
    expect(progress).toContain(PN.fullName);

    // Restarted later the same day: the five-day reminder is not sent again.
    await rig.stopAll();
    const sameDay = await rig.start(LATER_THAT_DAY, database);
    expect(sameDay.stderr()).toContain('"msg":"no reminders due"');
    for (const rep of REPS) expect(rig.count(rep.id, REP_REMINDER)).toBe(1);
    expect(rig.count(GROUP, GROUP_REMINDER)).toBe(1);

    // Restarted at the two-day reminder: only the missing hear it, the five-day one is not sent again.
    await rig.stopAll();
    await rig.start(AFTER_SECOND, database);
    for (const rep of [MTTQ, PN])
      await waitFor(`the second reminder to ${rep.name}`, () => (rig.count(rep.id, "(còn 2 ngày)") > 0 ? true : undefined));
    await waitFor("the group's second reminder", () => (rig.count(GROUP, GROUP_REMINDER) === 2 ? true : undefined));
    for (const rep of REPS) expect(rig.count(rep.id, "(còn 5 ngày)")).toBe(1);
    expect([MTTQ, ND, PN].map((rep) => rig.count(rep.id, REP_REMINDER))).toEqual([2, 1, 2]);

    // The secretariat locks after confirming; the group hears who never submitted.
    const asked = textOf(await driver.say(ADMIN, "private", "/khoa"));
    expect(asked).toContain("1/3 đơn vị đã nộp");
    const locked = await driver.press(ADMIN, "private", "Khóa quý IV/2023");
    expect(textOf(locked)).toContain("Đã khóa báo cáo quý IV/2023");
    expect(locked.find((reply) => reply.chatId === GROUP)?.text).toContain(MTTQ.fullName);
    expect(rig.emulator.refusals).toEqual([]);
  }, 300_000);
});

/**
 * Two instances on one PostgreSQL database start at the five-day reminder's time, each on an
 * emulator and a database of its own: the representatives joined on a bot stopped before it,
 * `startBoth` starts the two, and each representative and the group get the reminder once.
 */
function remindersOverTwoProcesses(title: string, startBoth: (start: () => Promise<SpawnedBot>) => Promise<void>) {
  describe.runIf(process.env.TEST_DATABASE_URL)(`reminders from two bot processes over one PostgreSQL [postgres]: ${title}`, () => {
    const rig = meetingRig();
    it(title, async () => {
      const created = await createPostgresDatabase();
      try {
        const database = { DATABASE_URL: created.url };
        await rig.start(BEFORE_FIRST, database);
        await joinRepresentatives(rig.driver());
        await rig.stopAll();
        await startBoth(() => rig.start(AFTER_FIRST, database));
        for (const rep of REPS) expect(rig.count(rep.id, REP_REMINDER)).toBe(1);
        expect(rig.count(GROUP, GROUP_REMINDER)).toBe(1);
        expect(rig.emulator.refusals).toEqual([]);
      } finally {
        await rig.stopAll();
        await created.drop();
      }
    }, 240_000);
  });
}

remindersOverTwoProcesses("the second starting once the first has swept", async (start) => {
  const first = await start();
  const second = await start();
  expect(first.stderr()).toContain('"count":4,"msg":"sent reminders"');
  expect(second.stderr()).toContain('"msg":"no reminders due"');
});

// The instance starting second must not send, in its start-up outbox recovery, the rows the
// first has just committed and is sending: they name a live instance (Database.leaseInstance).
remindersOverTwoProcesses("both starting at the same moment", async (start) => {
  await Promise.all([start(), start()]);
});

/** A representative's /nop answered to its review card, then confirmed. */
async function submit(driver: EmulatorDriver, rep: (typeof REPS)[number]): Promise<void> {
  const user = { id: rep.id, first_name: rep.name };
  await driver.say(user, "private", "/nop");
  let replies: Reply[] = await driver.say(user, "private", "120");
  for (let step = 0; step < 8 && !replies.some((reply) => reply.buttons.some((b) => b.includes("Xác nhận"))); step++)
    replies = await driver.say(user, "private", "không");
  expect(textOf(await driver.press(user, "private", "Xác nhận"))).toContain("Đã nhận báo cáo quý IV/2023");
}
