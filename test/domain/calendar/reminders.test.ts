import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { atNight, dueReminders, type ReminderInput, slotTime } from "../../../src/domain/calendar/reminders.js";

const ZONE = "Asia/Ho_Chi_Minh";
const local = (y: number, m: number, d: number, h = 0, min = 0) => new TZDate(y, m - 1, d, h, min, 0, ZONE);
const DEADLINE = local(2024, 1, 15, 23, 59);

function input(now: Date, overrides: Partial<ReminderInput> = {}): ReminderInput {
  return {
    blocCode: "tinh",
    quarterKey: "2023-Q4",
    timeZone: ZONE,
    opensAt: local(2023, 12, 1),
    deadline: DEADLINE,
    meetingAt: undefined,
    organisations: [
      { code: "ND", deadline: DEADLINE, submitted: false, representatives: ["p1"] },
      { code: "PN", deadline: DEADLINE, submitted: true, representatives: ["p2"] },
    ],
    hasGroup: true,
    escalationRecipients: ["p9"],
    offsetsDays: [5, 2, 0],
    hour: 8,
    now,
    ...overrides,
  };
}

const keys = (due: ReturnType<typeof dueReminders>) => due.map((reminder) => reminder.key);

describe("the reminder slots", () => {
  it("falls at the local hour of the day, offset days before", () => {
    expect(slotTime(DEADLINE, 5, 8, ZONE).toISOString()).toBe("2024-01-10T01:00:00.000Z");
    expect(slotTime(DEADLINE, 0, 8, ZONE).toISOString()).toBe("2024-01-15T01:00:00.000Z");
  });
  it.each([
    [local(2024, 1, 10, 7, 59), true],
    [local(2024, 1, 10, 8), false],
    [local(2024, 1, 10, 20, 59), false],
    [local(2024, 1, 10, 21), true],
    [local(2024, 1, 11, 2), true],
  ])("%s is night: %s", (now, night) => {
    expect(atNight(now, 8, ZONE)).toBe(night);
  });
});

describe("the reminders due", () => {
  it.each([
    ["before the first offset", local(2024, 1, 10, 7), []],
    ["at the first offset", local(2024, 1, 10, 8), ["tinh:2023-Q4:representative:5:p1", "tinh:2023-Q4:group:5:group"]],
    [
      "later that day, the same ones (their keys make them go once)",
      local(2024, 1, 10, 15),
      ["tinh:2023-Q4:representative:5:p1", "tinh:2023-Q4:group:5:group"],
    ],
    ["two days before", local(2024, 1, 13, 8), ["tinh:2023-Q4:representative:2:p1", "tinh:2023-Q4:group:2:group"]],
    [
      "the day before the deadline: the chair too",
      local(2024, 1, 14, 9),
      ["tinh:2023-Q4:representative:2:p1", "tinh:2023-Q4:group:2:group", "tinh:2023-Q4:escalation:1:p9"],
    ],
    [
      "the morning of the deadline (the chair's message, if missed, still goes)",
      local(2024, 1, 15, 8),
      ["tinh:2023-Q4:representative:0:p1", "tinh:2023-Q4:group:0:group", "tinh:2023-Q4:escalation:1:p9"],
    ],
    ["after the deadline: nothing", local(2024, 1, 16, 8), []],
    ["at night: nothing", local(2024, 1, 13, 22), []],
  ])("%s", (_, now, expected) => {
    expect(keys(dueReminders(input(now)))).toEqual(expected);
  });

  it("after a long stop, only the latest of the missed offsets (no burst)", () => {
    const due = dueReminders(input(local(2024, 1, 13, 10)));
    expect(keys(due).filter((key) => key.includes("representative"))).toEqual(["tinh:2023-Q4:representative:2:p1"]);
  });

  it("nothing to an organisation that submitted, nothing at all when all did", () => {
    const all = input(local(2024, 1, 14, 9), {
      organisations: [{ code: "PN", deadline: DEADLINE, submitted: true, representatives: ["p2"] }],
    });
    expect(dueReminders(all)).toEqual([]);
  });

  it("an extension moves that organisation's reminders, not the group's", () => {
    const extended = local(2024, 1, 20, 23, 59);
    const due = dueReminders(
      input(local(2024, 1, 15, 8), { organisations: [{ code: "ND", deadline: extended, submitted: false, representatives: ["p1"] }] }),
    );
    expect(keys(due)).toEqual(["tinh:2023-Q4:representative:5:p1", "tinh:2023-Q4:group:0:group", "tinh:2023-Q4:escalation:1:p9"]);
    expect(
      keys(
        dueReminders(
          input(local(2024, 1, 18, 8), { organisations: [{ code: "ND", deadline: extended, submitted: false, representatives: ["p1"] }] }),
        ),
      ),
    ).toEqual(["tinh:2023-Q4:representative:2:p1"]);
  });

  it("with a meeting, the chair is told the day before it, after the deadline", () => {
    const meeting = local(2023, 11, 28, 8);
    const deadline = local(2023, 11, 23, 23, 59);
    const base = {
      quarterKey: "2023-Q4",
      opensAt: local(2023, 11, 8),
      deadline,
      meetingAt: meeting,
      organisations: [{ code: "ND", deadline, submitted: false, representatives: ["p1"] }],
    };
    expect(keys(dueReminders(input(local(2023, 11, 21, 8), base)))).toEqual([
      "tinh:2023-Q4:representative:2:p1",
      "tinh:2023-Q4:group:2:group",
    ]);
    expect(keys(dueReminders(input(local(2023, 11, 22, 8), base)))).toEqual([
      "tinh:2023-Q4:representative:2:p1",
      "tinh:2023-Q4:group:2:group",
    ]);
    expect(keys(dueReminders(input(local(2023, 11, 27, 8), base)))).toEqual(["tinh:2023-Q4:escalation:1:p9"]);
    expect(keys(dueReminders(input(local(2023, 11, 28, 9), base)))).toEqual([]);
  });

  it("follows the bloc's own offsets and hour, and nothing before the window opens", () => {
    const own = input(local(2024, 1, 8, 7), { offsetsDays: [7], hour: 7, opensAt: local(2024, 1, 9) });
    expect(dueReminders(own)).toEqual([]);
    expect(keys(dueReminders(input(local(2024, 1, 8, 7), { offsetsDays: [7], hour: 7 })))).toEqual([
      "tinh:2023-Q4:representative:7:p1",
      "tinh:2023-Q4:group:7:group",
    ]);
  });
});

describe("the reminders of an extended deadline", () => {
  const EXTENDED = local(2024, 1, 20, 23, 59);
  const extended = (now: Date) =>
    input(now, {
      organisations: [{ code: "ND", deadline: EXTENDED, extendedAt: local(2024, 1, 14, 10), submitted: false, representatives: ["p1"] }],
    });
  const representative = (due: ReturnType<typeof dueReminders>) => due.filter((reminder) => reminder.kind === "representative");

  it("sends none of the slots that passed before the extension was given, the representative having just been told", () => {
    expect(representative(dueReminders(extended(local(2024, 1, 14, 11))))).toEqual([]);
  });

  it("sends the new deadline's reminders under keys of their own, so the old deadline's sent ones do not hold them back", () => {
    const before = representative(dueReminders(input(local(2024, 1, 13, 9))));
    const after = representative(dueReminders(extended(local(2024, 1, 18, 9))));
    expect(before.map((reminder) => reminder.offsetDays)).toEqual([2]);
    expect(after.map((reminder) => reminder.offsetDays)).toEqual([2]);
    expect(after[0]?.key).not.toBe(before[0]?.key);
  });
});
