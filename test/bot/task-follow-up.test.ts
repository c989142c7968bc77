import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { joinScenarioPeople, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, textOf } from "../support/bot-harness.js";
import { submitReport } from "../support/submit-flow.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const ADMIN = 9001;
const CHAIR = { id: 9002 };
const ND = { id: 9104 };
const PN = { id: 9103 };
const QUARTER_III = new Date("2023-09-10T03:00:00Z");
const QUARTER_IV = new Date("2023-12-10T03:00:00Z");
const ND_FIGURES = ["5.318", "6.027", "963", "357"];
const PN_FIGURES = ["8640", "0", "1045", "392"];
/** Hội Nông dân's "nhiệm vụ quý tới" in its quarter III report, as such texts are written. */
const ND_TASKS =
  "Quý IV tập trung thực hiện các nhiệm vụ sau:\n- Tổ chức 12 lớp tập huấn khuyến nông;\n+ Kết nạp 500 hội viên mới.\n- Sơ kết mô hình chi hội nghề nghiệp";

describe.each(DATABASE_KINDS)("last quarter's tasks followed up [%s]", (kind) => {
  let database: TestDatabase;
  let harness: BotHarness;
  let now: Date;
  const say = (text: string) => harness.say(ND, "private", text);
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    now = QUARTER_III;
    harness = new BotHarness(database, { now: () => now });
    await setUpBloc(harness, scenarioDocument(scenario), [ADMIN]);
    await harness.say({ id: ADMIN }, "group", "/nhom");
    await joinScenarioPeople(harness, scenario);
    expect(textOf(await submitReport(harness, ND.id, ND_FIGURES, ["không", "không", "không", ND_TASKS]))).toContain(
      "Đã nhận báo cáo quý III/2023",
    );
    // Hội Phụ nữ wrote no tasks for quarter IV: it is asked none.
    await submitReport(harness, PN.id, PN_FIGURES);
    now = QUARTER_IV;
  });

  it("asks each task after the figures, takes buttons and typed words, keeps the marks across /huy, shows and stores them", async () => {
    await say("/nop");
    for (const figure of ND_FIGURES.slice(0, 3)) await say(figure);
    const first = textOf(await say(ND_FIGURES[3] ?? ""));
    expect(first).toContain("Nhiệm vụ 1/3 của quý III/2023:</b> Tổ chức 12 lớp tập huấn khuyến nông");
    // "quay lại" goes back to the last figure, and forward again.
    expect(textOf(await say("quay lại"))).toContain("Đảng viên mới được kết nạp");
    expect(textOf(await say("357"))).toContain("Nhiệm vụ 1/3");

    expect(textOf(await harness.press(ND, "private", "Hoàn thành"))).toContain("Có ghi chú gì thêm không");
    const saved = textOf(await say("đã tổ chức 12 lớp, 640 lượt hội viên"));
    expect(saved).toContain("✔ Đã lưu nhiệm vụ 1/3: Hoàn thành — đã tổ chức 12 lớp, 640 lượt hội viên.");
    expect(saved).toContain("Nhiệm vụ 2/3 của quý III/2023:</b> Kết nạp 500 hội viên mới");
    expect(textOf(await say("chưa hoàn thành"))).toContain("Chưa rõ đơn vị đã thực hiện đến đâu");
    const typed = textOf(await say("đang làm, đã kết nạp 320"));
    expect(typed).toContain("✔ Đã lưu nhiệm vụ 2/3: Đang thực hiện — đã kết nạp 320.");
    expect(typed).toContain("Nhiệm vụ 3/3");

    // Interrupted: the marks stay in the draft, and /nop continues at the first task not marked.
    await say("/huy");
    const draft = await database.prisma.submissionDraft.findFirstOrThrow({ where: { organisation: { code: "ND" } } });
    expect(Object.keys((draft.answers as { tasks: object }).tasks)).toEqual(["0", "1"]);
    expect(textOf(await say("/nop"))).toContain("bản nháp báo cáo quý IV/2023 (6 mục đã nhập");
    expect(textOf(await harness.press(ND, "private", "Tiếp tục"))).toContain(
      "Nhiệm vụ 3/3 của quý III/2023:</b> Sơ kết mô hình chi hội nghề nghiệp",
    );
    expect(textOf(await say("chưa"))).toContain("Chưa thực hiện. Có ghi chú gì thêm không");
    const texts = textOf(await harness.press(ND, "private", "Không ghi chú"));
    expect(texts).toContain("✔ Đã lưu nhiệm vụ 3/3: Chưa thực hiện.");
    expect(texts).toContain("5/8. Kết quả nổi bật");
    await say("không");
    await say("không");
    await say("không");
    const card = textOf(await say("Quý I/2024: tổng kết năm"));
    expect(card).toContain("<b>Thực hiện nhiệm vụ quý III/2023</b>: 1/3 hoàn thành, 1 đang thực hiện, 1 chưa thực hiện");
    expect(card).toContain("✅ NV1. Tổ chức 12 lớp tập huấn khuyến nông: Hoàn thành — đã tổ chức 12 lớp, 640 lượt hội viên");
    expect(card).toContain("❌ NV3. Sơ kết mô hình chi hội nghề nghiệp: Chưa thực hiện");

    // The edit menu reaches a task; a new mark returns to the card.
    await harness.press(ND, "private", "Sửa");
    expect(textOf(await harness.press(ND, "private", "NV3."))).toContain("Đang lưu: Chưa thực hiện");
    const edited = textOf(await say("đang thực hiện - đã chọn 2 mô hình"));
    expect(edited).toContain("1/3 hoàn thành, 2 đang thực hiện");
    expect(textOf(await harness.press(ND, "private", "Xác nhận"))).toContain("Đã nhận báo cáo quý IV/2023");

    const rows = await database.prisma.taskFollowUp.findMany({ orderBy: { index: "asc" } });
    expect(rows.map(({ fromPeriodKey, index, text, status, note }) => ({ fromPeriodKey, index, text, status, note }))).toEqual([
      {
        fromPeriodKey: "2023-Q3",
        index: 0,
        text: "Tổ chức 12 lớp tập huấn khuyến nông",
        status: "done",
        note: "đã tổ chức 12 lớp, 640 lượt hội viên",
      },
      { fromPeriodKey: "2023-Q3", index: 1, text: "Kết nạp 500 hội viên mới", status: "in_progress", note: "đã kết nạp 320" },
      { fromPeriodKey: "2023-Q3", index: 2, text: "Sơ kết mô hình chi hội nghề nghiệp", status: "in_progress", note: "đã chọn 2 mô hình" },
    ]);

    // A correction starts from the stored marks: nothing is asked again, the card shows them.
    const correcting = textOf(await say("/nop"));
    expect(correcting).toContain("1/3 hoàn thành, 2 đang thực hiện");

    // Hội Phụ nữ set no tasks: its submission has no task step.
    const pn = await submitReport(harness, PN.id, PN_FIGURES);
    expect(textOf(pn)).not.toContain("Nhiệm vụ 1/");
    expect(textOf(pn)).toContain("Đã nhận báo cáo quý IV/2023");
  });

  it("answers questions about the follow-up and puts it in the briefing", async () => {
    await submitReport(harness, ND.id, ND_FIGURES, undefined, ["xong, đã tổ chức 12 lớp", "đang làm, đã kết nạp 320"]);
    for (const question of [
      "Hội Nông dân đã làm được gì trong số nhiệm vụ quý trước?",
      "tiến độ thực hiện nhiệm vụ quý III",
      "các đơn vị thực hiện nhiệm vụ thế nào",
    ]) {
      const answer = textOf(await harness.say(CHAIR, "private", question));
      expect(answer, question).toContain("Thực hiện nhiệm vụ quý III/2023 (báo cáo quý IV/2023)");
      expect(answer, question).toContain("1/3 hoàn thành, 1 đang thực hiện, 1 chưa báo cáo");
      expect(answer, question).toContain("✅ Tổ chức 12 lớp tập huấn khuyến nông: Hoàn thành (đã tổ chức 12 lớp)");
    }
    expect(textOf(await harness.say(CHAIR, "private", "các đơn vị thực hiện nhiệm vụ thế nào"))).toContain("Chưa báo cáo:");
    // The texts question about next quarter's tasks is still that.
    expect(textOf(await harness.say(CHAIR, "private", "nhiệm vụ quý tới của Hội Nông dân"))).not.toContain("Thực hiện nhiệm vụ");

    const briefing = textOf(await harness.say(CHAIR, "private", "/baocao"));
    expect(briefing).toContain("Thực hiện nhiệm vụ quý III/2023: 1/3 hoàn thành, 1 đang thực hiện, 1 chưa báo cáo.");
    expect(briefing).toContain(
      "Thực hiện nhiệm vụ quý III/2023 toàn khối: 1/3 hoàn thành, 1 đang thực hiện, 1 chưa báo cáo (1 đơn vị báo cáo).",
    );
    expect(harness.errors).toEqual([]);
    expect(GROUP_CHAT_ID).toBeLessThan(0);
  });
});
