import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { join, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, seenOf } from "../support/bot-harness.js";
import { submitReport } from "../support/submit-flow.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };
const CHAIR = { id: 9002 };
/** A display name that is also HTML, with every character HTML gives a meaning to. */
const HOSTILE_NAME = '<b>Lan & "Hoa"</b>';
const HOSTILE_BLOC = 'Khối <MTTQ> & "đoàn thể" tỉnh Đắk Lắk';
const HOSTILE_ORG = "Hội Cựu chiến binh <tỉnh> & Hưu trí";

/** The project's Đắk Lắk catalog with a bloc and an organisation whose names are HTML-like. */
function hostileCatalog(): unknown {
  const document = scenarioDocument(projectScenario("dak-lak-q4-2023.yaml")) as {
    bloc: string;
    catalog: { organisations: { code: string; name: string }[] };
  };
  return {
    ...document,
    bloc: HOSTILE_BLOC,
    catalog: {
      ...document.catalog,
      organisations: document.catalog.organisations.map((org) => (org.code === "CCB" ? { ...org, name: HOSTILE_ORG } : org)),
    },
  };
}

/**
 * Every text sent with HTML formatting escapes what comes from people and the catalog: the
 * strict fake Bot API refuses the call otherwise (and the harness then fails the delivery), and
 * the person reads the name exactly as it was typed.
 */
describe("names that look like HTML, outside the submission", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    harness = new BotHarness(database, { now: () => NOW });
    await setUpBloc(harness, hostileCatalog(), [ADMIN.id]);
  });

  it("/start greets the person by their name as they wrote it", async () => {
    const replies = await harness.say({ id: 4242, first_name: HOSTILE_NAME }, "private", "/start");
    expect(seenOf(replies)).toContain(`Xin chào ${HOSTILE_NAME}!`);
    expect(harness.refusals).toEqual([]);
  });

  it("an invite welcome names the person, the organisation and the bloc as written", async () => {
    const welcome = await join(harness, ADMIN.id, { id: 9105, name: HOSTILE_NAME, role: "representative", org: "CCB" });
    expect(welcome).toContain(`Chào mừng ${HOSTILE_NAME}!`);
    expect(welcome).toContain(HOSTILE_ORG);
    expect(welcome).toContain(HOSTILE_BLOC);
  });

  it("/thanhvien lists members, organisations and the bloc by their names as written", async () => {
    await join(harness, ADMIN.id, { id: 9105, name: HOSTILE_NAME, role: "representative", org: "CCB" });
    await join(harness, ADMIN.id, { id: 9002, name: "Chủ trì & <Phó> Bí thư", role: "chair" });
    const seen = seenOf(await harness.say(ADMIN, "private", "/thanhvien"));
    expect(seen).toContain(`Thành viên của ${HOSTILE_BLOC}`);
    expect(seen).toContain(`${HOSTILE_ORG}\n• ${HOSTILE_NAME} (9105) — đại diện đơn vị`);
    expect(seen).toContain("• Chủ trì & <Phó> Bí thư (9002) — chủ trì");
  });

  it("/danhmuc lists the organisations and the bloc by their names as written", async () => {
    await join(harness, ADMIN.id, { id: 9002, role: "chair" });
    const seen = seenOf(await harness.say(CHAIR, "private", "/danhmuc"));
    expect(seen).toContain(HOSTILE_BLOC);
    expect(seen).toContain(`${HOSTILE_ORG} (CCB)`);
  });

  it("/moi lists pending invites and its own help line, with the <đơn vị> placeholder shown as such", async () => {
    await harness.say(ADMIN, "private", "/moi CCB");
    const seen = seenOf(await harness.say(ADMIN, "private", "/moi"));
    expect(seen).toContain(`— ${HOSTILE_ORG}`);
    expect(seen).toContain("Cách mời: /moi <đơn vị> [vai trò]");
    expect(seenOf(await harness.say(ADMIN, "private", "/moi đại diện"))).toContain("Cách mời: /moi <đơn vị> [vai trò]");
  });

  it("progress, results and the briefing name the organisation as written", async () => {
    await join(harness, ADMIN.id, { id: 9002, role: "chair" });
    await join(harness, ADMIN.id, { id: 9104, role: "representative", org: "ND" });
    await submitReport(harness, 9104, ["6.541", "7.289", "1.105", "448"]);
    expect(seenOf(await harness.say(CHAIR, "private", "ai chưa nộp"))).toContain(`⏳ ${HOSTILE_ORG}`);
    expect(seenOf(await harness.say(CHAIR, "private", "kết quả quý IV"))).toContain(`${HOSTILE_ORG}\nchưa nộp báo cáo`);
    const briefing = seenOf(await harness.say(CHAIR, "private", "/baocao"));
    expect(briefing).toContain(HOSTILE_ORG);
    expect(harness.refusals).toEqual([]);
  });
});

describe("a big bloc's lists", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it("/danhmuc and /thanhvien come in as many messages as Telegram's limit needs", async () => {
    const organisations = Array.from({ length: 120 }, (_, index) => ({
      code: `O${index}`,
      name: `Hội đoàn thể số ${index} của tỉnh`,
      aliases: [],
    }));
    const orgs = organisations.map((org) => org.code);
    const harness = new BotHarness(database, { now: () => NOW });
    await setUpBloc(
      harness,
      {
        bloc: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Thử",
        catalog: {
          organisations,
          indicators: [
            { code: "HV_MOI", name: "Đoàn viên, hội viên mới", unit: "người", orgs },
            { code: "KN_DANG", name: "Đảng viên mới được kết nạp", unit: "người", orgs },
          ],
        },
      },
      [ADMIN.id],
    );
    const catalog = await harness.say(ADMIN, "private", "/danhmuc");
    expect(catalog.length).toBeGreaterThan(1);
    expect(seenOf(catalog)).toContain("Hội đoàn thể số 119 của tỉnh (O119)");
    const members = await harness.say(ADMIN, "private", "/thanhvien");
    expect(members.length).toBeGreaterThan(1);
    expect(seenOf(members)).toContain("Hội đoàn thể số 119 của tỉnh");
  });
});
