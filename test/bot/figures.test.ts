import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_CATALOG } from "../../src/domain/catalog/builtin-catalog.js";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, textOf } from "../support/bot-harness.js";
import { submitReport } from "../support/submit-flow.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const IN_Q3_WINDOW = new Date("2023-10-05T03:00:00Z");
const IN_Q4_WINDOW = new Date("2023-12-10T03:00:00Z");
const CHAIR = { id: 9002 };
const ENGLISH_CHAIR = { id: 9002, language_code: "en" };
const repOf = (org: string) => scenario.people.find((person) => person.org === org)?.id ?? 0;
/** A parenthesis opened inside another. */
const NESTED = /\([^()]*\(/;

describe("figures as answers and the briefing word them, through the bot", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  let now = IN_Q3_WINDOW;
  beforeAll(async () => {
    database = await openTestDatabase();
    await database.reset();
    harness = new BotHarness(database, { now: () => now });
    await setUpBloc(harness, scenarioDocument(scenario), [9001]);
    await harness.say({ id: 9001 }, "group", "/nhom");
    await joinScenarioPeople(harness, scenario);
    // The Hội Nông dân reports quarter III in its window, then quarter IV in the next one.
    await submitReport(harness, repOf("ND"), ["6.000", "7.289", "500", "500"]);
    now = IN_Q4_WINDOW;
    await submitReport(harness, repOf("ND"), ["6.541", "7.289", "1.105", "448"]);
  });
  afterAll(() => database.close());

  it("words each change with its unit: up, down, the same, and 'gấp' for a rise of twice or more", async () => {
    const text = textOf(await harness.say(CHAIR, "private", "HND quý 4 so với quý trước"));
    expect(text).toContain("Đoàn viên, hội viên mới: 6.541 người; quý III/2023: 6.000 người; tăng 541 người (9%)");
    expect(text).toContain("Đoàn viên, hội viên giảm: 7.289 người; quý III/2023: 7.289 người; bằng quý trước");
    expect(text).toContain("Quần chúng ưu tú giới thiệu cho Đảng: 1.105 người; quý III/2023: 500 người; tăng 605 người (gấp 2,2 lần)");
    expect(text).toContain("Đảng viên mới được kết nạp: 448 người; quý III/2023: 500 người; giảm 52 người (10,4%)");
    expect(text).not.toMatch(NESTED);
  });

  it("answers an English speaker with English separators and units, the Vietnamese names marked", async () => {
    const text = textOf(await harness.say(ENGLISH_CHAIR, "private", "HND quý 4 so với quý trước"));
    expect(text).toContain("Đoàn viên, hội viên mới (Vietnamese name): 6,541 people; Q3/2023: 6,000 people; up 541 people (9%)");
    expect(text).toContain("unchanged from last quarter");
  });

  it("goes on the briefing's sentence with the change, not in parentheses inside parentheses", async () => {
    const text = textOf(await harness.say(CHAIR, "private", "/baocao"));
    // One report in of the five that report the members' figures: no province-wide claim.
    expect(text).toContain("Theo báo cáo của 1/5 đơn vị (chưa gồm ");
    expect(text).toContain("đã phát triển 6.541 đoàn viên, hội viên mới, tăng 541 người (9%) so với quý III/2023");
    expect(text).not.toMatch(/toàn tỉnh/i);
    expect(text).not.toMatch(NESTED);
  });
});

describe("figures typed at /nop, through the bot", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase();
    await database.reset();
    harness = new BotHarness(database, { now: () => IN_Q4_WINDOW });
    await setUpBloc(harness, scenarioDocument(scenario), [9001]);
    await joinScenarioPeople(harness, scenario);
  });
  afterAll(() => database.close());

  it("refuses a month and a phone number, asks about a fractional count, and reads what a person reads at once", async () => {
    const rep = { id: repOf("PN") };
    await harness.say(rep, "private", "/nop");
    const month = textOf(await harness.say(rep, "private", "tháng 9"));
    expect(month).toContain("không phải số liệu");
    expect(month).not.toContain("Đã lưu");
    expect(textOf(await harness.say(rep, "private", "0905 123 456"))).toContain("số điện thoại");
    const fraction = await harness.say(rep, "private", "2.5");
    expect(fraction.at(-1)?.buttons).toEqual(["25 người", "2.500 người", "Nhập lại"]);
    expect(textOf(await harness.say(rep, "private", "140 à nhầm 410"))).toMatch(
      /✔ Đã lưu 1\/8 [^:\n]+: 410 người\. \(đã lấy số sửa lại trong tin nhắn\)/,
    );
    expect(textOf(await harness.say(rep, "private", "sáu ngin"))).toMatch(/✔ Đã lưu \d+\/8 [^:\n]+: 6.000 người/);
    expect(textOf(await harness.say(rep, "private", "2.040 người (tăng 140)"))).toMatch(
      /✔ Đã lưu 3\/8 [^:\n]+: 2.040 người\. Ghi chú kèm theo: “tăng 140”/,
    );
    expect(textOf(await harness.say(rep, "private", "ba mu7o7i"))).toMatch(/✔ Đã lưu \d+\/8 [^:\n]+: 30 người/);
    const draft = await database.prisma.submissionDraft.findFirstOrThrow();
    const values = (draft.answers as { values: Record<string, { value: string }> }).values;
    expect(Object.fromEntries(Object.entries(values).map(([code, answer]) => [code, answer.value]))).toEqual({
      HV_MOI: "410",
      HV_GIAM: "6000",
      GT_DANG: "2040",
      KN_DANG: "30",
    });
  });

  it("gives an English speaker the controls in English, and takes them typed", async () => {
    const rep = { id: repOf("DOAN"), language_code: "en" };
    const opening = await harness.say(rep, "private", "/nop");
    expect(opening.flatMap((reply) => reply.buttons)).toEqual(expect.arrayContaining(["Skip", "Back", "Cancel"]));
    expect(textOf(await harness.say(rep, "private", "Skip"))).toContain('Skipped "Đoàn viên, hội viên mới (Vietnamese name)"');
  });
});

describe("the catalog in English, through the bot", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase();
    await database.reset();
    harness = new BotHarness(database, { now: () => IN_Q4_WINDOW });
    await setUpBloc(harness, BUILTIN_CATALOG, [9001]);
  });
  afterAll(() => database.close());

  it("lists indicators by their English names and units for an English speaker, in Vietnamese otherwise", async () => {
    const english = textOf(await harness.say({ id: 9001, language_code: "en" }, "private", "/danhmuc"));
    expect(english).toContain("• New members (people)");
    expect(english).toContain("• Raised for the Fund for the Poor (million VND)");
    const vietnamese = textOf(await harness.say({ id: 9001 }, "private", "/danhmuc"));
    expect(vietnamese).toContain("• Đoàn viên, hội viên mới (người)");
  });
});
