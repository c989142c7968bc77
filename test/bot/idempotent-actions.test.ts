import { afterEach, describe, expect, it, vi } from "vitest";
import { OutboxRepository } from "../../src/db/repositories/outbox-repository.js";
import { projectScenario } from "../support/acceptance.js";
import { join } from "../support/bloc-setup.js";
import { BotHarness, GROUP_CHAT_ID, type Reply, textOf } from "../support/bot-harness.js";
import { scenarioBot } from "../support/scenario-bot.js";
import { DATABASE_KINDS } from "../support/test-database.js";

const scenario = projectScenario("dak-lak-q4-2023.yaml");
const NOW = new Date("2023-12-10T03:00:00Z");
const ADMIN = { id: 9001 };
const ORGANISATIONS = Object.keys(scenario.submissions);
const repOf = (org: string) => ({ id: scenario.people.find((person) => person.org === org)?.id ?? 0 });
const figuresOf = (org: string) =>
  (scenario.catalog as { indicators: { code: string; orgs: string[] }[] }).indicators
    .filter((indicator) => indicator.orgs.includes(org))
    .map((indicator) => scenario.submissions[org]?.[indicator.code] ?? "");

/** What the conflict reply says ("<name> đã nộp báo cáo của đơn vị"): never about the person themself. */
const SOMEONE_ELSE_SUBMITTED = "đã nộp báo cáo của đơn vị";
const RECEIPT = "Đã nhận báo cáo quý IV/2023";
const ALREADY_STORED = "Báo cáo quý IV/2023 của anh/chị đã được lưu (lần 1";
const BUTTON_EXPIRED = "Nút này đã hết hạn";
const GENERIC_ERROR = "Xin lỗi, đã có lỗi";

/** Answers every question of the organisation's `/nop` and leaves the review card on screen. */
async function openCard(harness: BotHarness, org: string, user = repOf(org)): Promise<void> {
  await harness.say(user, "private", "/nop");
  for (const answer of [...figuresOf(org), "không", "không", "không", "không"]) await harness.say(user, "private", answer);
}

const toGroup = (replies: Reply[]) => replies.filter((reply) => reply.chatId === GROUP_CHAT_ID);

describe.each(DATABASE_KINDS)("an action taken twice [%s]", (kind) => {
  const bot = scenarioBot(kind, scenario, NOW, ADMIN.id);
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("confirm pressed twice from one device stores one version; the second press is told the button expired", async () => {
    const rep = repOf("ND");
    await openCard(bot.harness, "ND");
    const first = bot.harness.buttonPress(rep, "private", "Xác nhận");
    const second = bot.harness.buttonPress(rep, "private", "Xác nhận");
    const stored = await bot.harness.deliver(first);
    const again = await bot.harness.deliver(second);
    expect(textOf(stored)).toContain(RECEIPT);
    expect(textOf(again)).toContain(BUTTON_EXPIRED);
    expect(textOf(again)).not.toContain(SOMEONE_ELSE_SUBMITTED);
    expect(bot.harness.answered(first.callback_query.id) && bot.harness.answered(second.callback_query.id)).toBe(true);
    expect(toGroup([...stored, ...again])).toHaveLength(1);
    expect(await bot.database.prisma.submissionVersion.count()).toBe(1);
  });

  it("confirm pressed at the same moment on two bot instances stores one version and answers both", async () => {
    const other = new BotHarness(bot.database, { now: () => NOW });
    const rep = repOf("ND");
    await openCard(bot.harness, "ND");
    const here = bot.harness.buttonPress(rep, "private", "Xác nhận");
    const there = bot.harness.buttonPress(rep, "private", "Xác nhận");
    const [repliesHere, repliesThere] = await Promise.all([bot.harness.deliver(here), other.deliver(there)]);
    const texts = [textOf(repliesHere), textOf(repliesThere)];
    // One of them stored the report; the other is told it is stored, by the person themself.
    expect(texts.filter((text) => text.includes(RECEIPT))).toHaveLength(1);
    expect(texts.filter((text) => text.includes(ALREADY_STORED) || text.includes(BUTTON_EXPIRED))).toHaveLength(1);
    for (const text of texts) {
      expect(text).not.toContain(SOMEONE_ELSE_SUBMITTED);
      expect(text).not.toContain(GENERIC_ERROR);
    }
    expect(bot.harness.answered(here.callback_query.id)).toBe(true);
    expect(other.answered(there.callback_query.id)).toBe(true);
    expect(toGroup([...repliesHere, ...repliesThere])).toHaveLength(1);
    expect(await bot.database.prisma.submissionVersion.count()).toBe(1);
    expect(await bot.database.prisma.conversationState.count()).toBe(0);
  });

  it("two first confirms for one organisation at once: the one who is no longer representative is told so, never the generic error", async () => {
    // One representative per organisation at a time: the first is replaced by a stand-in, who
    // opens the card too, and then appointed again while both cards are open.
    const first = repOf("ND");
    const standIn = { id: 9124 };
    await openCard(bot.harness, "ND");
    await join(bot.harness, ADMIN.id, { id: standIn.id, name: "Người thay", role: "representative", org: "ND" });
    await openCard(bot.harness, "ND", standIn);
    await join(bot.harness, ADMIN.id, { ...first, role: "representative", org: "ND" });
    const other = new BotHarness(bot.database, { now: () => NOW });
    const [mine, theirs] = await Promise.all([
      bot.harness.deliver(bot.harness.buttonPress(first, "private", "Xác nhận")),
      other.deliver(bot.harness.buttonPress(standIn, "private", "Xác nhận")),
    ]);
    expect(textOf(mine)).toContain(RECEIPT);
    expect(textOf(theirs)).toContain("không còn là đại diện của đơn vị");
    expect(textOf(theirs)).not.toContain(GENERIC_ERROR);
    expect(await bot.database.prisma.submissionVersion.count()).toBe(1);
  });

  it("the second to confirm a first report is told who submitted and shown the current values, also on another instance", async () => {
    const first = repOf("ND");
    await openCard(bot.harness, "ND");
    // A stand-in submits on another instance while the first representative is away; then the
    // first is appointed again and confirms the card still on screen.
    const other = new BotHarness(bot.database, { now: () => NOW });
    await join(other, ADMIN.id, { id: 9124, name: "Người thay", role: "representative", org: "ND" });
    await openCard(other, "ND", { id: 9124 });
    await other.press({ id: 9124 }, "private", "Xác nhận");
    await join(bot.harness, ADMIN.id, { ...first, role: "representative", org: "ND" });
    const replies = textOf(await bot.harness.press(first, "private", "Xác nhận"));
    expect(replies).toContain(`Người thay ${SOMEONE_ELSE_SUBMITTED}`);
    expect(replies).toContain("Số liệu đang lưu (lần 1)");
    expect(replies).toContain("5.318 người");
    expect(replies).not.toContain(GENERIC_ERROR);
    expect(await bot.database.prisma.submissionVersion.count()).toBe(1);
  });

  it("counts the group's progress notes without a repeat when every organisation confirms at once", async () => {
    const other = new BotHarness(bot.database, { now: () => NOW });
    for (const org of ORGANISATIONS) await openCard(bot.harness, org);
    const notes = [bot.harness.follow(GROUP_CHAT_ID), other.follow(GROUP_CHAT_ID)];
    const presses = ORGANISATIONS.map((org) => bot.harness.buttonPress(repOf(org), "private", "Xác nhận"));
    await Promise.all(presses.map((press, index) => (index % 2 ? other : bot.harness).deliver(press)));
    const counts = notes.flat().map((note) => /\((\d+)\/(\d+) đơn vị\)/.exec(note.text)?.slice(1).join("/"));
    expect(counts.sort()).toEqual(ORGANISATIONS.map((_, index) => `${index + 1}/${ORGANISATIONS.length}`));
    expect(await bot.database.prisma.submissionVersion.count()).toBe(ORGANISATIONS.length);
  });

  it("posts the briefing once when its button is tapped twice, one tap after the other or at once on two instances", async () => {
    await bot.harness.say(ADMIN, "private", "/baocao");
    const posted = await bot.harness.press(ADMIN, "private", "Đăng lên nhóm");
    const parts = toGroup(posted).length;
    expect(parts).toBeGreaterThan(0);
    const again = await bot.harness.press(ADMIN, "private", "Đăng lên nhóm");
    expect(textOf(again)).toContain("Báo cáo quý IV/2023 đã được gửi vào nhóm (lần 1)");
    expect(toGroup(again)).toEqual([]);

    // A new preview (version 2), its button tapped at once on two instances.
    await bot.harness.say(ADMIN, "private", "/baocao");
    const other = new BotHarness(bot.database, { now: () => NOW });
    const tapHere = bot.harness.buttonPress(ADMIN, "private", "Đăng lên nhóm");
    const tapThere = bot.harness.buttonPress(ADMIN, "private", "Đăng lên nhóm");
    const [here, there] = await Promise.all([bot.harness.deliver(tapHere), other.deliver(tapThere)]);
    expect(toGroup([...here, ...there])).toHaveLength(parts);
    expect(textOf([...here, ...there])).toContain("Đã gửi báo cáo quý IV/2023 vào nhóm (lần 2)");
    expect(textOf([...here, ...there])).toContain("đã được gửi vào nhóm (lần 2)");
    expect((await bot.database.prisma.reportingPeriod.findFirstOrThrow()).briefingVersion).toBe(2);
  });

  it("posts the briefing once when the tap is retried after the database failed", async () => {
    await bot.harness.say(ADMIN, "private", "/baocao");
    // The first tap's transaction fails as it stores the post's messages: nothing of it is kept.
    vi.spyOn(OutboxRepository.prototype, "add").mockRejectedValueOnce(new Error("database unavailable"));
    const failed = await bot.harness.press(ADMIN, "private", "Đăng lên nhóm");
    expect(textOf(failed)).toContain(GENERIC_ERROR);
    expect(bot.harness.lastPressAnswered()).toBe(true);
    expect(toGroup(failed)).toEqual([]);
    const retried = await bot.harness.press(ADMIN, "private", "Đăng lên nhóm");
    expect(textOf(retried)).toContain("Đã gửi báo cáo quý IV/2023 vào nhóm (lần 1)");
    const posts = toGroup(retried);
    expect(posts.length).toBeGreaterThan(0);
    expect(posts[0]?.text).toContain("Kết quả hoạt động của Mặt trận Tổ quốc");
    expect(posts.map((post) => post.text)).toEqual([...new Set(posts.map((post) => post.text))]);
    expect((await bot.database.prisma.reportingPeriod.findFirstOrThrow()).briefingVersion).toBe(1);
  });
});
