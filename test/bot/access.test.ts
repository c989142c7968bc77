import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectScenario, scenarioDocument } from "../support/acceptance.js";
import { join, setUpBloc } from "../support/bloc-setup.js";
import { BotHarness, textOf } from "../support/bot-harness.js";
import { openTestDatabase, type TestDatabase } from "../support/test-database.js";

const PEOPLE = { admin: 9001, chair: 9002, representative: 9102, viewer: 9201, stranger: 9999 } as const;
type Who = keyof typeof PEOPLE;
const EVERYONE: Who[] = ["admin", "chair", "representative", "viewer", "stranger"];
const MEMBERS: Who[] = ["admin", "chair", "representative", "viewer"];

/** Who may use each command where: written out here, not read from the bot's own list. */
const EXPECTED: Record<string, { private: Who[]; group: Who[] }> = {
  "/start": { private: EVERYONE, group: EVERYONE },
  "/trogiup": { private: EVERYONE, group: EVERYONE },
  "/help": { private: EVERYONE, group: EVERYONE },
  "/nop": { private: ["admin", "representative"], group: [] },
  "/submit": { private: ["admin", "representative"], group: [] },
  "/huy": { private: EVERYONE, group: [] },
  "/ketqua": { private: MEMBERS, group: MEMBERS },
  "/tiendo": { private: MEMBERS, group: MEMBERS },
  "/baocao": { private: ["admin", "chair"], group: ["admin", "chair"] },
  "/ketluan": { private: ["admin", "chair"], group: [] },
  "/conclude": { private: ["admin", "chair"], group: [] },
  "/khoa": { private: ["admin"], group: ["admin"] },
  "/mo": { private: ["admin"], group: ["admin"] },
  "/unlock": { private: ["admin"], group: ["admin"] },
  "/moi": { private: ["admin"], group: [] },
  "/invite": { private: ["admin"], group: [] },
  "/nhom": { private: [], group: ["admin"] },
  "/thanhvien": { private: ["admin", "chair"], group: [] },
  "/danhmuc": { private: MEMBERS, group: [] },
  "/lichhop": { private: MEMBERS, group: MEMBERS },
  "/calendar": { private: MEMBERS, group: MEMBERS },
  "/giahan": { private: ["admin"], group: ["admin"] },
  "/extend": { private: ["admin"], group: ["admin"] },
};

const cases = Object.entries(EXPECTED).flatMap(([command, allowed]) =>
  (["private", "group"] as const).flatMap((chat) => EVERYONE.map((who) => ({ command, chat, who, allowed: allowed[chat].includes(who) }))),
);

describe("who may use which command, where", () => {
  let database: TestDatabase;
  let harness: BotHarness;
  beforeAll(async () => {
    database = await openTestDatabase();
    harness = new BotHarness(database);
    await setUpBloc(harness, scenarioDocument(projectScenario("dak-lak-q4-2023.yaml")), [PEOPLE.admin]);
    await join(harness, PEOPLE.admin, { id: PEOPLE.chair, role: "chair" });
    await join(harness, PEOPLE.admin, { id: PEOPLE.representative, role: "representative", org: "DOAN" });
    await join(harness, PEOPLE.admin, { id: PEOPLE.viewer, role: "viewer" });
  });
  afterAll(() => database.close());

  it.each(cases)("$command by $who in $chat: allowed=$allowed", async ({ command, chat, who, allowed }) => {
    const text = textOf(await harness.say({ id: PEOPLE[who] }, chat, command));
    const refusal = /chỉ dùng trong|mới dùng được lệnh|chưa được đăng ký/;
    if (allowed) {
      expect(text).not.toMatch(refusal);
      expect(text.length).toBeGreaterThan(0);
      return;
    }
    if (EXPECTED[command]?.[chat].length === 0) {
      expect(text).toMatch(chat === "group" ? /chỉ dùng trong trò chuyện riêng/ : /chỉ dùng trong nhóm/);
    } else if (who === "stranger") {
      expect(text).toContain("chưa được đăng ký");
      expect(text).toContain("đường dẫn mời");
    } else {
      expect(text).toMatch(/^Chỉ .+ mới dùng được lệnh/);
      expect(text).toContain("liên hệ thư ký");
    }
  });
});
