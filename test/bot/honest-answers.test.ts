import { TZDate } from "@date-fns/tz";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, seenOf } from "../support/bot-harness.js";
import { submitReport } from "../support/submit-flow.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const ADMIN = { id: 9001 };
const CHAIR = { id: 9002 };
const repOf = (org: string) => scenario.people.find((person) => person.org === org)?.id ?? 0;
/** A moment in Vietnam's time. */
const local = (year: number, month: number, day: number, hour = 9) =>
  new Date(new TZDate(year, month - 1, day, hour, 0, 0, "Asia/Ho_Chi_Minh").getTime());

/**
 * What the chair reads when the reports are incomplete: quarter III/2023 came from three
 * organisations, quarter IV/2023 from five of six (the Hội Cựu chiến binh is missing), the
 * Hội Nông dân late and with an estimate ("khoảng 5.318").
 */
describe("answers honest about who is counted, through the bot", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  let clock: Date;
  beforeAll(async () => {
    database = await openTestDatabase();
    clock = local(2023, 9, 25);
    harness = new BotHarness(database, { now: () => clock });
    await setUpBloc(harness, scenarioDocument(scenario), [ADMIN.id]);
    await joinScenarioPeople(harness, scenario);
    for (const [org, figures] of [
      ["DOAN", ["15.000", "2.000", "2.000", "800"]],
      ["PN", ["8.000", "0", "1.000", "300"]],
      ["ND", ["5.000", "6.000", "900", "300"]],
    ] as const) {
      await submitReport(harness, repOf(org), figures);
    }
    clock = local(2023, 12, 1);
    // The meeting on 12/12 puts quarter IV's deadline on 07/12: the Hội Nông dân's report of 10/12 is late.
    await harness.say(ADMIN, "private", "/lichhop 12/12");
    for (const org of ["MTTQ", "DOAN", "PN", "LDLD"]) {
      const figures = Object.values(scenario.submissions[org] ?? {});
      await submitReport(harness, repOf(org), figures);
    }
    clock = local(2023, 12, 10);
    await submitReport(harness, repOf("ND"), ["khoảng 5.318", "6.027", "963", "357"]);
  });
  afterAll(() => database.close());

  it("compares a total like with like, over the organisations that reported in both quarters, and says how many", async () => {
    const text = seenOf(await harness.say(CHAIR, "private", "kết quả quý 4 so với quý trước"));
    expect(text).toContain("So sánh với quý III/2023.");
    expect(text).toContain(
      "- Đoàn viên, hội viên mới: theo báo cáo của 4/5 đơn vị, khoảng 36.244 người (chưa có số liệu: Hội Cựu chiến binh tỉnh Đắk Lắk); so với quý III/2023 của 3 đơn vị cùng báo cáo: nay khoảng 29.195 người, quý III/2023: 28.000 người; tăng 1.195 người (4,3%)",
    );
    expect(text).not.toMatch(/36\.244 người[^;]*; quý III\/2023: 28\.000/);
  });

  it("says a total over an incomplete set is one, with the x/y of who reported and who is missing", async () => {
    const text = seenOf(await harness.say(CHAIR, "private", "kết quả quý 4"));
    expect(text).toContain("Kết quả quý IV/2023 (5/6 đơn vị đã nộp đủ)");
    expect(text).toContain(
      "- Đảng viên mới được kết nạp: theo báo cáo của 4/5 đơn vị, 2.026 người (chưa có số liệu: Hội Cựu chiến binh tỉnh Đắk Lắk)",
    );
    expect(text).toContain("Hội Cựu chiến binh tỉnh Đắk Lắk\nchưa nộp báo cáo");
  });

  it("keeps an estimate an estimate, for the organisation and in a ranking", async () => {
    const own = seenOf(await harness.say(CHAIR, "private", "Hội Nông dân quý 4 so với quý trước"));
    expect(own).toContain("- Đoàn viên, hội viên mới: khoảng 5.318 người; quý III/2023: 5.000 người; tăng 318 người (6,4%)");
    const ranking = seenOf(await harness.say(CHAIR, "private", "đơn vị nào có nhiều đoàn viên, hội viên mới nhất quý 4"));
    expect(ranking).toContain("Hội Nông dân tỉnh Đắk Lắk: khoảng 5.318 người");
  });

  it("marks the late report where an answer lists it: results, progress, the source of the figures", async () => {
    const own = await harness.say(CHAIR, "private", "Hội Nông dân quý 4");
    expect(seenOf(own)).toContain("Hội Nông dân tỉnh Đắk Lắk (nộp muộn)\n- Đoàn viên, hội viên mới: khoảng 5.318 người");
    expect(own.at(-1)?.text).toContain("<b>Hội Nông dân tỉnh Đắk Lắk <i>(nộp muộn)</i></b>");
    const progress = seenOf(await harness.say(CHAIR, "private", "tiến độ nộp báo cáo"));
    expect(progress).toMatch(/✅ Hội Nông dân tỉnh Đắk Lắk: 10\/12\/2023 09:\d\d \(nộp muộn\)/);
    expect(progress).toMatch(/✅ Tỉnh đoàn Đắk Lắk: 01\/12\/2023 09:\d\d\n/);
    const trace = seenOf(await harness.press(CHAIR, "private", "Nguồn số liệu"));
    expect(trace).toMatch(/Hội Nông dân tỉnh Đắk Lắk, quý IV\/2023\nLần nộp 1, do .+ xác nhận lúc 10\/12\/2023 09:\d\d\. \(nộp muộn\)/);
  });
});
