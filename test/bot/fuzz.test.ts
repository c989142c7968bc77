import fc from "fast-check";
import { BotError } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readChoiceWord } from "../../src/domain/submission/controls.js";
import { withoutControlCharacters } from "../../src/domain/text/control-characters.js";
import { projectScenario } from "../support/acceptance.js";
import { freshScenarioBot } from "../support/bloc-setup.js";
import { type BotHarness, GROUP_CHAT_ID, TEST_BOT_INFO } from "../support/bot-harness.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");

/**
 * Sequences of updates, each from a fresh start of the representatives' submissions. CI runs
 * 1.200 on the embedded database and 500 on PostgreSQL, enough to cover both databases'
 * transaction and locking paths within CI's 10 minutes on 2 cores; `FUZZ_RUNS=100 npx vitest
 * run test/bot/fuzz.test.ts` runs the full 10.000 on each (about 80 s of CPU on PGlite).
 */
const RUNS_BY_KIND = process.env.FUZZ_RUNS
  ? { pglite: Number(process.env.FUZZ_RUNS), postgres: Number(process.env.FUZZ_RUNS) }
  : ({ pglite: 12, postgres: 5 } as const);
const UPDATES_PER_RUN = 100;

/** Who sends the updates: the bloc's admin, two representatives, someone unknown, and a channel. */
const ADMIN = 9001;
const REPRESENTATIVES = [9102, 9104];
const STRANGER = 4_000_123;
const CHANNEL_ID = -1002000000002;
const PEOPLE = [ADMIN, ...REPRESENTATIVES, STRANGER];

/** Update ids of their own, far from the harness's. */
let nextUpdateId = 50_000_000;
let nextMessageId = 1_000_000;

// ---- what people type -------------------------------------------------------------------

const RTL_AND_INVISIBLE = ["\u200f", "\u200e", "\u202e", "\u2066", "\u2069", "\u200b", "\ufeff", "\u00a0", "\u0000", "\r", "\t"];
const EMOJI = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🇻🇳", "❤️", "🧑🏻‍💻", "☝"];
const HTML_LIKE = [
  "<b>",
  "</b>",
  "<i>x</i>",
  "<script>alert(1)</script>",
  '<a href="tg://user?id=1">x</a>',
  "&amp;",
  "&lt;",
  "&#0;",
  "&#55357;",
  "&nbsp;",
  "<",
  ">",
  "&",
  "<đơn vị>",
  '"',
  "'",
  "<tg-spoiler>",
  "<br/>",
];
const ANSWERS = ["1.250", "10212", "mười nghìn", "2,5 tỷ", "khoảng 500", "hơn 1.000", "0", "-5", "1e5", "vài chục", "96", "1 290"];
const CONTROLS = ["bỏ qua", "quay lại", "hủy", "không", "/huy", "/nop", "1", "2", "Xác nhận"];
const QUESTIONS = ["kết quả quý IV", "ai chưa nộp", "Hội Nông dân quý 3", "so sánh quý IV với quý III", "năm 2023", "kq"];
const COMMANDS = [
  "/start",
  "/trogiup",
  "/help",
  "/nop",
  "/huy",
  "/khoa",
  "/mo",
  "/ketqua",
  "/tiendo",
  "/baocao",
  "/moi",
  "/nhom",
  "/thanhvien",
  "/danhmuc",
  "/xyz",
];

const piece = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.constantFrom(...RTL_AND_INVISIBLE, ...EMOJI, ...HTML_LIKE),
  fc.constantFrom(...ANSWERS, ...QUESTIONS),
);

/** A text as people (and broken clients) send it; never empty, as Telegram never sends an empty text. */
const text = fc
  .oneof(
    {
      weight: 4,
      arbitrary: fc
        .array(fc.tuple(piece, fc.constantFrom(" ", "", "\n")), { minLength: 1, maxLength: 6 })
        .map((parts) => parts.map(([part, gap]) => part + gap).join("")),
    },
    { weight: 3, arbitrary: fc.constantFrom(...ANSWERS, ...CONTROLS, ...QUESTIONS) },
    { weight: 1, arbitrary: piece.map((part) => (part || "x").repeat(Math.ceil(5000 / Math.max(1, (part || "x").length))).slice(0, 5000)) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...COMMANDS),
          fc.constantFrom("", `@${TEST_BOT_INFO.username}`, "@other_bot"),
          fc.option(piece, { nil: undefined }),
        )
        .map(([command, mention, args]) => `${command}${mention}${args === undefined ? "" : ` ${args}`}`),
    },
  )
  .filter((value) => value.length > 0);

const callbackData = fc.oneof(
  fc.constantFrom(
    "nop:review:confirm",
    "nop:review:edit",
    "nop:review:cancel",
    "nop:pick:0",
    "nop:pick:9",
    "nop:sure",
    "nop:retype",
    "nop:edit:0",
    "nop:edit:99",
    "nop:quarter:0",
    "nop:quarter:7",
    "nop:draft:continue",
    "nop:draft:restart",
    "trace:2023-Q4",
    "trace:garbage",
    "brief:2023-Q4",
    "brief:2999-Q9",
  ),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: "grapheme-ascii", maxLength: 64 }),
);

const firstName = fc.oneof(
  fc.constantFrom("Lan", '<b>Lan & "Hoa"</b>', "\u202eRTL", "😀"),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
);

// ---- the updates ------------------------------------------------------------------------

type Place = "private" | "group";

/**
 * One thing that happens: a raw update (made when it is sent, so its ids are fresh), or a press
 * on a button the bot really showed.
 */
type Action = { kind: "update"; make: () => Update; confirms: boolean } | { kind: "press"; person: number; place: Place; label: string };

function chatOf(person: number, place: Place, name: string) {
  return place === "private"
    ? { id: person, type: "private" as const, first_name: name }
    : { id: GROUP_CHAT_ID, type: "supergroup" as const, title: "Khối MTTQ tỉnh Gia Lai" };
}

function message(person: number, place: Place, name: string, body: string) {
  const command = /^\/\S+/.exec(body);
  return {
    message_id: nextMessageId++,
    date: Math.floor(NOW.getTime() / 1000),
    chat: chatOf(person, place, name),
    from: { id: person, is_bot: false, first_name: name, language_code: "vi" },
    text: body,
    ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command[0].length }] } : {}),
  };
}

/** A message from someone in a private chat or the group. */
const messageFrom = (who: fc.Arbitrary<number>, where: fc.Arbitrary<Place>, body: fc.Arbitrary<string>) =>
  fc.tuple(who, where, firstName, body).map(([id, chat, name, said]) =>
    update(
      `message ${id} ${chat} ${short(name)}: ${short(said)}`,
      () => ({ message: message(id, chat, name, said) }),
      // The review card's confirm can be typed too ("xác nhận", "ok").
      readChoiceWord(withoutControlCharacters(said)) === "confirm",
    ),
  );

const editedFrom = (who: fc.Arbitrary<number>, where: fc.Arbitrary<Place>) =>
  fc.tuple(who, where, firstName, text).map(([id, chat, name, said]) =>
    update(`edited ${id} ${chat}: ${short(said)}`, () => ({
      edited_message: { ...message(id, chat, name, said), edit_date: Math.floor(NOW.getTime() / 1000) + 60 },
    })),
  );

/** A press with made-up data, under a message of the chat or (with no chat) an inline one. */
const callbackFrom = (who: fc.Arbitrary<number>, where: fc.Arbitrary<Place>) =>
  fc.tuple(who, where, firstName, callbackData, fc.boolean()).map(([id, chat, name, data, withMessage]) =>
    update(
      `press ${id} ${chat} ${withMessage ? "" : "inline "}${short(data)}`,
      () => ({
        callback_query: {
          id: `fuzz-${nextUpdateId}`,
          from: { id, is_bot: false, first_name: name, language_code: "vi" },
          chat_instance: String(id),
          data,
          ...(withMessage
            ? { message: { message_id: 1, date: 0, chat: chatOf(id, chat, name), from: TEST_BOT_INFO, text: "…" } }
            : { inline_message_id: "inline-1" }),
        },
      }),
      data === "nop:review:confirm",
    ),
  );

const BUTTON_LABELS = ["Xác nhận", "Sửa", "Hủy", "Tiếp tục", "Làm lại", "Đúng", "Nhập lại", "Đăng lên nhóm", "Nguồn", "1.", "3.", "quý"];
const pressBy = (who: fc.Arbitrary<number>, where: fc.Arbitrary<Place>) =>
  fc
    .tuple(who, where, fc.constantFrom(...BUTTON_LABELS))
    .map(([id, chat, label]): Action => ({ kind: "press", person: id, place: chat, label }));

const anywhere = fc.constantFrom<Place>("private", "group");
const inPrivate = fc.constant<Place>("private");

/** A representative, mostly inside a submission: answers and controls, buttons, and anything else. */
const representative = fc.constantFrom(...REPRESENTATIVES);
const representativeActs = fc.oneof(
  { weight: 1, arbitrary: messageFrom(representative, inPrivate, fc.constant("/nop")) },
  { weight: 6, arbitrary: messageFrom(representative, inPrivate, fc.constantFrom(...ANSWERS, ...CONTROLS)) },
  { weight: 4, arbitrary: messageFrom(representative, inPrivate, text) },
  { weight: 4, arbitrary: pressBy(representative, inPrivate) },
  { weight: 1, arbitrary: editedFrom(representative, inPrivate) },
  { weight: 1, arbitrary: callbackFrom(representative, anywhere) },
  { weight: 1, arbitrary: messageFrom(representative, fc.constant<Place>("group"), text) },
);

/** The admin: commands with random arguments, questions, the briefing and its button. */
const admin = fc.constant(ADMIN);
const adminActs = fc.oneof(
  { weight: 4, arbitrary: messageFrom(admin, anywhere, text) },
  { weight: 2, arbitrary: pressBy(admin, anywhere) },
  { weight: 1, arbitrary: editedFrom(admin, anywhere) },
  { weight: 1, arbitrary: callbackFrom(admin, anywhere) },
);

/** Someone the bot does not know, in private and in the group. */
const stranger = fc.constant(STRANGER);
const strangerActs = fc.oneof(
  { weight: 4, arbitrary: messageFrom(stranger, anywhere, text) },
  { weight: 1, arbitrary: pressBy(stranger, anywhere) },
  { weight: 1, arbitrary: callbackFrom(stranger, anywhere) },
  { weight: 1, arbitrary: editedFrom(stranger, anywhere) },
);

/** What reaches the bot from no person: channel posts, a group message with no sender, a sticker. */
const otherActs = fc.oneof(
  fc.tuple(text, fc.boolean()).map(([body, edited]) =>
    update(`channel ${edited ? "edit" : "post"}: ${short(body)}`, () => {
      const post = { message_id: nextMessageId++, date: 0, chat: { id: CHANNEL_ID, type: "channel" as const, title: "Kênh" }, text: body };
      return edited ? { edited_channel_post: { ...post, edit_date: 1 } } : { channel_post: post };
    }),
  ),
  // A message in the group with no sender (an anonymous admin's, as some clients send it).
  fc.tuple(text, fc.constantFrom(...PEOPLE)).map(([body, who]) =>
    update(`no sender ${who}: ${short(body)}`, () => {
      const { from: _, ...anonymous } = message(who, "group", "x", body);
      return { message: { ...anonymous, sender_chat: { id: GROUP_CHAT_ID, type: "supergroup", title: "Khối" } } };
    }),
  ),
  fc.tuple(fc.constantFrom(...PEOPLE), anywhere).map(([who, where]) =>
    update(`sticker ${who} ${where}`, () => {
      const { text: _, ...sticker } = message(who, where, "Lan", "x");
      const file = { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false };
      return { message: { ...sticker, sticker: file } };
    }),
  ),
);

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 8, arbitrary: representativeActs },
  { weight: 4, arbitrary: adminActs },
  { weight: 3, arbitrary: strangerActs },
  { weight: 2, arbitrary: otherActs },
);

/** An update action; `label` is how a failing run prints it (short, where 5.000-character texts would not be). */
function update(label: string, body: () => Record<string, unknown>, confirms = false): Action {
  return {
    kind: "update",
    make: () => ({ update_id: nextUpdateId++, ...body() }) as unknown as Update,
    confirms,
    [fc.toStringMethod]: () => label,
  } as Action;
}

/** A text as a failing run prints it. */
function short(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…(${value.length})` : value);
}

// ---- the property -----------------------------------------------------------------------

describe.each(DATABASE_KINDS)("the bot under random and malformed updates, with the strict fake Bot API [%s]", (kind) => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    harness = await freshScenarioBot(database, scenario, NOW);
  });
  afterAll(() => database.close());

  const runs = RUNS_BY_KIND[kind];
  it(`survives ${runs * UPDATES_PER_RUN} updates: nothing thrown, nothing refused, nothing stored unconfirmed`, async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let delivered = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: UPDATES_PER_RUN, maxLength: UPDATES_PER_RUN }), async (actions) => {
        // Each run starts the representatives on a fresh submission that continues their draft, so
        // a run's conversation is its own (the stored state stays small) and goes on where the last
        // one left off.
        for (const rep of REPRESENTATIVES) {
          await harness.say({ id: rep }, "private", "/huy");
          await harness.say({ id: rep }, "private", "/nop");
          await press(harness, { kind: "press", person: rep, place: "private", label: "Tiếp tục" });
        }
        const versionsBefore = await database.prisma.submissionVersion.count();
        let confirmed = false;
        for (const [index, step] of actions.entries()) {
          confirmed ||= step.kind === "press" ? step.label === "Xác nhận" : step.confirms;
          try {
            if (step.kind === "press") await press(harness, step);
            else await harness.deliver(step.make());
          } catch (error) {
            const cause = error instanceof BotError ? error.error : error;
            throw new Error(`step ${index + 1}, ${fc.stringify(step)}: ${cause instanceof Error ? cause.stack : String(cause)}`);
          }
          delivered += 1;
        }
        expect(harness.errors).toEqual([]);
        if (!confirmed) expect(await database.prisma.submissionVersion.count()).toBe(versionsBefore);
      }),
      { numRuns: runs, endOnFailure: true },
    );
    expect(harness.refusals).toEqual([]);
    expect(delivered).toBeGreaterThanOrEqual(runs * UPDATES_PER_RUN);
    const { user, system } = process.cpuUsage(cpu);
    console.info(
      `fuzz: ${delivered} updates in ${Math.round(performance.now() - started)} ms (${Math.round((user + system) / 1000)} ms of CPU)`,
    );
  }, 300_000);
});

/**
 * Presses the newest button with that label in the chat; with no such button, the person types
 * the label instead, as people do where there is no button to tap.
 */
async function press(harness: BotHarness, step: Extract<Action, { kind: "press" }>): Promise<void> {
  const user = { id: step.person };
  try {
    await harness.press(user, step.place, step.label);
  } catch (error) {
    if (!(error instanceof Error && error.message.startsWith("No button containing"))) throw error;
    await harness.say(user, step.place, step.label);
  }
}
