import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, type Reply, TEST_BOT_INFO, textOf } from "../support/bot-harness.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const ADMIN = { id: 9001 };
const CHAIR = { id: 9002 };
const repOf = (org: string) => ({ id: scenario.people.find((person) => person.org === org)?.id ?? 0 });
const DECEMBER = new Date("2023-12-10T03:00:00Z");
const ND_PROPOSAL = "Đề nghị tỉnh hỗ trợ vốn vay cho nông dân trẻ.";
const ND_LIMITATION = "Số lượng hội viên giảm nhiều do chuyển đi làm ăn xa.";
const LDLD_LIMITATION = "Công đoàn giảm 1.327 đoàn viên do doanh nghiệp giải thể.";

/** The scenario's catalog with a stock: the membership of each association, asked last. */
function catalogWithMembership(): unknown {
  const document = scenarioDocument(scenario) as { catalog: { indicators: unknown[] } };
  document.catalog.indicators.push({
    code: "TONG_HV",
    name: "Tổng số đoàn viên, hội viên",
    unit: "người",
    orgs: ["DOAN", "PN", "ND", "CCB", "LDLD"],
    aggregate: "last",
  });
  return document;
}

/**
 * A representative's `/nop` answered in full: each figure as typed ("bỏ qua" skips it; a figure
 * the bot doubts is confirmed), the four texts, then "Xác nhận".
 */
async function submit(harness: BotHarness, user: { id: number }, figures: string[], texts = ["không", "không", "không", "không"]) {
  await harness.say(user, "private", "/nop");
  for (const figure of figures) {
    const replies = await harness.say(user, "private", figure);
    if (textOf(replies).includes("có chắc không")) await harness.press(user, "private", "Đúng, lưu");
  }
  for (const text of texts) await harness.say(user, "private", text);
  const receipt = textOf(await harness.press(user, "private", "Xác nhận"));
  expect(receipt).toContain("Đã nhận báo cáo");
}

/** The lines between an organisation's bold heading and the next blank line. */
function block(text: string, heading: string): string {
  const start = text.indexOf(`<b>${heading}</b>`);
  expect(start, `${heading} in\n${text}`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf("\n\n", start);
  return text.slice(start, end < 0 ? undefined : end);
}

describe("questions beyond the figures table, through the bot", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  let now = DECEMBER;
  const ask = async (text: string, user = CHAIR): Promise<string> => textOf(await harness.say(user, "private", text));

  beforeAll(async () => {
    database = await openTestDatabase();
    harness = new BotHarness(database, { now: () => now });
    await setUpBloc(harness, catalogWithMembership(), [ADMIN.id]);
    await harness.say(ADMIN, "group", "/nhom");
    await joinScenarioPeople(harness, scenario);
    await submit(harness, repOf("MTTQ"), ["12.750", "14"], ["Vận động Quỹ Vì người nghèo vượt kế hoạch.", "không", "không", "không"]);
    // The Tỉnh đoàn leaves the Party admissions empty.
    await submit(harness, repOf("DOAN"), ["18.406", "2.115", "2.410", "bỏ qua", "95.000"]);
    await submit(harness, repOf("PN"), ["10212", "0", "1290", "511", "120.000"]);
    await submit(
      harness,
      repOf("ND"),
      ["khoảng 6.541", "7.289", "1.105", "448", "140.000"],
      ["không", ND_LIMITATION, ND_PROPOSAL, "không"],
    );
    await submit(harness, repOf("CCB"), ["1.102", "96", "318", "121", "30.000"]);
    await submit(harness, repOf("LDLD"), ["6.228", "1.327", "1.215", "472", "60.000"], ["không", LDLD_LIMITATION, "không", "không"]);
  });
  afterAll(() => database.close());

  it("answers what one organisation proposed from its report, not with its figures", async () => {
    const text = await ask("Hội Nông dân có kiến nghị gì?");
    expect(text).toContain("Kiến nghị, đề xuất");
    expect(text).toContain(ND_PROPOSAL);
    expect(text).toContain("Hội Nông dân");
    expect(text).not.toContain("Đoàn viên, hội viên mới");
  });

  it("answers the difficulties of every organisation, each attributed", async () => {
    const text = await ask("các đơn vị có khó khăn gì");
    expect(text).not.toContain("Tôi chưa hiểu");
    expect(text).toContain(`<i>Hội Nông dân tỉnh Đắk Lắk</i>: ${ND_LIMITATION}`);
    expect(text).toContain(`<i>Liên đoàn Lao động tỉnh Đắk Lắk</i>: ${LDLD_LIMITATION}`);
    expect(text).toContain("Không nêu: Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk, Tỉnh đoàn");
  });

  it("offers /nop to a representative who wants to submit or correct, and tells others who can", async () => {
    for (const wish of ["nop bao cao", "toi muon sua so lieu"]) {
      const text = await ask(wish, repOf("ND"));
      expect(text).toContain("/nop");
      expect(text).toContain("Hội Nông dân tỉnh Đắk Lắk");
      expect(text).not.toContain("Kết quả");
    }
    const chair = await ask("toi muon sua so lieu");
    expect(chair).toContain("đại diện của đơn vị đó");
    expect(chair).not.toContain("Kết quả");
  });

  it("answers the last three quarters of a year as quarters II–IV, not as nine months", async () => {
    const text = await ask("kết nạp đảng viên 3 quý cuối năm 2023");
    expect(text).toContain("quý II–IV/2023");
    expect(text).not.toContain("9 tháng");
  });

  it("says there is no quarter 5 instead of answering with quarter IV", async () => {
    const text = await ask("ket qua quy 5");
    expect(text).toContain("Không có quý 5");
    expect(text).not.toContain("quý IV/2023");
  });

  it("answers an unknown command with the help line, in the group only when addressed to the bot", async () => {
    for (const command of ["/xuat", "/xyz", "/xuat quý 4"]) {
      const text = await ask(command);
      expect(text).toContain(`Không có lệnh ${command.split(" ")[0]}`);
      expect(text).toContain("/trogiup");
    }
    const addressed = await harness.say(CHAIR, "group", `/xyz@${TEST_BOT_INFO.username}`);
    expect(addressed[0]?.chatId).toBe(GROUP_CHAT_ID);
    expect(textOf(addressed)).toContain("/trogiup");
    expect(await harness.say(CHAIR, "group", "/xyz@another_bot")).toEqual([]);
    expect(await harness.say(CHAIR, "group", "/xyz")).toEqual([]);
  });

  it("tells a stranger who says hello how to join", async () => {
    const text = await ask("xin chào", { id: 4242 });
    expect(text).toContain("Xin chào");
    expect(text).toContain("thư ký khối");
    expect(text).toContain("/start");
    expect(text).not.toContain("chưa xem được số liệu");
    expect(await ask("kết quả quý 4", { id: 4242 })).toContain("/start");
  });

  it("lists only the sources of the organisation an answer shows", async () => {
    const replies: Reply[] = await harness.say(CHAIR, "private", "Hội Nông dân quý 4");
    expect(replies.at(-1)?.buttons).toContain("🔎 Nguồn số liệu");
    const trace = textOf(await harness.press(CHAIR, "private", "Nguồn số liệu"));
    expect(trace).toContain("Hội Nông dân tỉnh Đắk Lắk, quý IV/2023</b>\nLần nộp 1");
    expect(trace).not.toContain("Tỉnh đoàn");
    expect(trace).not.toContain("Hội Cựu chiến binh");
  });

  it("over a year, does not say an organisation that left a figure empty has not submitted", async () => {
    const text = await ask("kết nạp đảng viên năm 2023");
    expect(block(text, "Tỉnh đoàn Đắk Lắk")).toContain("Đảng viên mới được kết nạp: <i>chưa có số liệu</i>");
    expect(block(text, "Tỉnh đoàn Đắk Lắk")).not.toContain("chưa nộp báo cáo");
  });

  it("counts as complete everyone who submitted the only quarter of the period on record", async () => {
    const text = await ask("6 tháng cuối năm 2023");
    expect(text).toContain("(6/6 đơn vị đã nộp đủ)");
    expect(text).toContain("Chưa có đơn vị nào nộp báo cáo quý III/2023");
  });

  it("keeps the hedge of a figure confirmed as an estimate", async () => {
    expect(await ask("Hội Nông dân quý 4")).toContain("Đoàn viên, hội viên mới: khoảng 6.541 người");
    expect(block(await ask("kết quả quý 4"), "Tổng các đơn vị")).toContain("Đoàn viên, hội viên mới: <b>khoảng 42.489 người</b>");
  });

  it("ranks the organisations, naming the top and the bottom", async () => {
    const most = await ask("đơn vị nào kết nạp hội viên mới nhiều nhất");
    expect(most).toContain("Nhiều nhất: Tỉnh đoàn Đắk Lắk (18.406 người)");
    expect(most).toContain("1. Tỉnh đoàn Đắk Lắk: 18.406 người\n2. Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk: 10.212 người");
    const order = await ask("xếp hạng các đơn vị theo đảng viên mới được kết nạp");
    expect(order).toContain("Nhiều nhất: Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk (511 người)");
    expect(order).toContain("Ít nhất: Hội Cựu chiến binh tỉnh Đắk Lắk (121 người)");
    expect(order).toContain("Chưa có số liệu: Tỉnh đoàn");
  });

  it("answers when a report came with its submission time", async () => {
    const text = await ask("Hội Nông dân nộp lúc nào");
    expect(text).toContain("✅ Hội Nông dân tỉnh Đắk Lắk: 10/12/2023 10:00");
    expect(text).not.toContain("Tỉnh đoàn");
    expect(text).not.toContain("Đoàn viên, hội viên mới");
  });

  it("never takes new members for the membership, nor the membership for new members", async () => {
    const newMembers = await ask("tổng số hội viên mới quý 4");
    expect(newMembers).toContain("Đoàn viên, hội viên mới: <b>khoảng 42.489 người</b>");
    expect(newMembers).not.toContain("Tổng số đoàn viên, hội viên");
    const membership = await ask("tổng số hội viên quý 4");
    expect(membership).toContain("Tổng số đoàn viên, hội viên: <b>445.000 người</b>");
    expect(membership).not.toContain("hội viên mới");
  });

  it("reads three quarters from the start of the year as nine months, and the Hội LHPN as the women's union", async () => {
    expect(await ask("kết nạp đảng viên 3 quý đầu năm")).toContain("Kết quả 9 tháng năm 2023");
    const women = await ask("Hội LHPN quý 4");
    expect(women).toContain("<b>Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk</b>");
    expect(women).not.toContain("Tỉnh đoàn");
  });

  it("says what cannot be answered instead of answering something else", async () => {
    expect(await ask("dự báo quý 1 năm 2024 kết nạp bao nhiêu hội viên")).toContain("không dự báo");
    const elderly = await ask("Hội Người cao tuổi quý 4");
    expect(elderly).toContain("“Hội Người cao tuổi” không thuộc khối");
    expect(elderly).not.toContain("Kết quả");
    const poor = await ask("bao nhiêu hộ thoát nghèo");
    expect(poor).toContain("không có “hộ thoát nghèo”");
    expect(poor).not.toContain("Kết quả");
    expect(await ask("kết quả năm 3000")).toContain("Chưa có số liệu cho năm 3000: kỳ này chưa đến");
  });

  it("greets and thanks with what the bot can do for the person's role", async () => {
    const representative = await ask("xin chào", repOf("ND"));
    expect(representative).toContain("Xin chào");
    expect(representative).toContain("/nop");
    const chair = await ask("cảm ơn");
    expect(chair).toContain("/baocao");
    expect(chair).not.toContain("Tôi chưa hiểu");
  });

  it("/thanhvien dates memberships by the bot's clock, and names an admin after /start", async () => {
    await harness.say({ id: ADMIN.id, first_name: "Lan" }, "private", "/start");
    const members = await ask("/thanhvien", ADMIN);
    expect(members).toContain("Lan (9001) — thư ký, từ 10/12/2023");
    expect(members).toContain("(9104) — đại diện đơn vị, từ 10/12/2023");
    expect(members).not.toContain("9001 (9001)");
  });

  it("over a half-year, a stock needs only its last quarter while a flow lacks the quarter not submitted", async () => {
    now = new Date("2023-09-10T03:00:00Z");
    await submit(harness, repOf("ND"), ["6.000", "7.000", "1.000", "400", "139.000"]);
    now = DECEMBER;
    const text = await ask("6 tháng cuối năm 2023");
    expect(text).toContain("(1/6 đơn vị đã nộp đủ)");
    const doan = block(text, "Tỉnh đoàn Đắk Lắk");
    expect(doan).toMatch(/Tổng số đoàn viên, hội viên: 95\.000 người$/m);
    expect(doan).toContain("Đoàn viên, hội viên mới: 18.406 người <i>(thiếu số liệu 1 quý)</i>");
  });

  it("compares a total with the same organisations' total", async () => {
    now = new Date("2024-03-20T03:00:00Z");
    await submit(harness, repOf("CCB"), ["90", "20", "30", "10", "30.050"]);
    const text = await ask("quý 1 năm 2024 so với quý 4 năm 2023");
    const totals = block(text, "Tổng các đơn vị");
    expect(totals).toMatch(
      /Đoàn viên, hội viên mới: theo báo cáo của 1\/5 đơn vị, <b>90 người<\/b> <i>\(chưa có số liệu: [^)]+\)<\/i>; quý IV\/2023: 1\.102 người; giảm 1\.012 người \(91,8%\)/,
    );
    expect(totals).not.toContain("42.489");
    now = DECEMBER;
  });
});
