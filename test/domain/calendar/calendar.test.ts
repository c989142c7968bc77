import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { parseExtensionArguments } from "../../../src/domain/calendar/extension-arguments.js";
import { meetingQuarter, parseMeetingArguments } from "../../../src/domain/calendar/meeting-arguments.js";
import { calendarWindows, isOffered, quarterStatus, reportingWindow } from "../../../src/domain/calendar/quarter-status.js";
import { type Meeting, type SubmissionWindow, submissionWindow } from "../../../src/domain/calendar/submission-window.js";
import { periodKey, quarterOf } from "../../../src/domain/periods/period.js";

const ZONE = "Asia/Ho_Chi_Minh";
const schedule = {
  opensOnDayOfLastMonth: 1,
  deadlineDayOfNextMonth: 15,
  opensDaysBeforeMeeting: 20,
  deadlineDaysBeforeMeeting: 5,
  reminderOffsetsDays: [5, 2, 0],
  reminderHour: 8,
};
const local = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) =>
  new Date(new TZDate(year, month - 1, day, hour, minute, second, ZONE).getTime());
const q4 = quarterOf(2023, 4);
const q3 = quarterOf(2023, 3);
const meeting = (at: Date, quarterKey = "2023-Q4"): Meeting => ({
  quarterKey,
  reviewsKey: quarterKey,
  at,
  hasTime: false,
  place: null,
  chair: null,
});

describe("the submission window", () => {
  it.each([
    ["no meeting: the quarter-relative rule", undefined, local(2023, 12, 1), local(2024, 1, 15, 23, 59, 59)],
    ["Gia Lai's meeting on 28/11", meeting(local(2023, 11, 28)), local(2023, 11, 8), local(2023, 11, 23, 23, 59, 59)],
    ["a meeting with a time keeps local days", meeting(local(2023, 11, 28, 8, 30)), local(2023, 11, 8), local(2023, 11, 23, 23, 59, 59)],
    ["a meeting in January", meeting(local(2024, 1, 10)), local(2023, 12, 21), local(2024, 1, 5, 23, 59, 59)],
  ])("%s", (_name, set, opensAt, deadline) => {
    const window = submissionWindow(q4, schedule, ZONE, set);
    expect(window.opensAt.getTime()).toBe(opensAt.getTime());
    expect(window.deadline.getTime()).toBe(deadline.getTime());
  });

  it("follows the bloc's days before the meeting", () => {
    const window = submissionWindow(
      q4,
      { ...schedule, opensDaysBeforeMeeting: 10, deadlineDaysBeforeMeeting: 2 },
      ZONE,
      meeting(local(2023, 11, 28)),
    );
    expect(window.opensAt).toEqual(local(2023, 11, 18));
    expect(window.deadline).toEqual(local(2023, 11, 26, 23, 59, 59));
  });
});

describe("a quarter's status", () => {
  const window = submissionWindow(q4, schedule, ZONE, meeting(local(2023, 11, 28)));
  const nextOpensAt = local(2024, 3, 1);
  it.each([
    ["before the window", local(2023, 11, 7), {}, "upcoming"],
    ["the day it opens", local(2023, 11, 8), {}, "open"],
    ["on 20/11", local(2023, 11, 20), {}, "open"],
    ["after the deadline", local(2023, 11, 24), {}, "late"],
    ["after the deadline, extended", local(2023, 11, 24), { deadline: local(2023, 11, 25, 23, 59) }, "open"],
    ["locked", local(2023, 11, 20), { locked: true }, "locked"],
    ["once the next window opened", local(2024, 3, 2), {}, "closed"],
    ["reopened after its deadline", local(2024, 3, 2), { reopenedAt: local(2024, 2, 1) }, "late"],
    ["reopened before its deadline", local(2024, 3, 2), { reopenedAt: local(2023, 11, 20) }, "closed"],
  ] as const)("%s", (_name, now, overrides, status) => {
    const inputs = { now, deadline: window.deadline, locked: false, reopenedAt: null, nextOpensAt, ...overrides };
    expect(quarterStatus(window, inputs)).toBe(status);
  });

  it("offers open and late quarters only", () => {
    expect((["upcoming", "open", "late", "closed", "locked"] as const).filter(isOffered)).toEqual(["open", "late"]);
  });
});

describe("the reporting quarter", () => {
  const third = submissionWindow(q3, schedule, ZONE);
  it.each([
    ["20/11 with Gia Lai's meeting", local(2023, 11, 20), meeting(local(2023, 11, 28)), "2023-Q4"],
    ["20/11 without a meeting", local(2023, 11, 20), undefined, "2023-Q3"],
    ["10/12 without a meeting", local(2023, 12, 10), undefined, "2023-Q4"],
  ])("%s", (_name, now, set, expected) => {
    const window = reportingWindow([third, submissionWindow(q4, schedule, ZONE, set)], now);
    expect(window && periodKey(window.quarter)).toBe(expected);
  });
});

describe("the quarter of a bare meeting date", () => {
  it.each([
    [local(2023, 11, 28), "2023-Q4"],
    [local(2023, 12, 20), "2023-Q4"],
    [local(2024, 1, 10), "2023-Q4"],
    [local(2024, 6, 25), "2024-Q2"],
    [local(2024, 4, 5), "2024-Q1"],
  ])("%s", (at, expected) => {
    expect(periodKey(meetingQuarter(at, ZONE))).toBe(expected);
  });
});

describe("the /lichhop arguments", () => {
  const now = local(2023, 11, 10);
  it.each([
    ["28/11", { quarter: "2023-Q4", reviewsKey: "2023-Q4", at: local(2023, 11, 28), hasTime: false, place: null, chair: null }],
    [
      "28/11/2023 8h30",
      { quarter: "2023-Q4", reviewsKey: "2023-Q4", at: local(2023, 11, 28, 8, 30), hasTime: true, place: null, chair: null },
    ],
    ["quý 4 28/11", { quarter: "2023-Q4", reviewsKey: "2023-Q4", at: local(2023, 11, 28), hasTime: false, place: null, chair: null }],
    ["quy IV 10/1", { quarter: "2023-Q4", reviewsKey: "2023-Q4", at: local(2024, 1, 10), hasTime: false, place: null, chair: null }],
    ["6 tháng 25/6/2024", { quarter: "2024-Q2", reviewsKey: "2024-H1", at: local(2024, 6, 25), hasTime: false, place: null, chair: null }],
    [
      "tong ket nam 20/12 14:00",
      { quarter: "2023-Q4", reviewsKey: "2023", at: local(2023, 12, 20, 14), hasTime: true, place: null, chair: null },
    ],
    [
      "28/11 8h tại Hội trường A, chủ trì: đồng chí Nguyễn Văn A",
      {
        quarter: "2023-Q4",
        reviewsKey: "2023-Q4",
        at: local(2023, 11, 28, 8),
        hasTime: true,
        place: "Hội trường A",
        chair: "đồng chí Nguyễn Văn A",
      },
    ],
    [
      "28/11 chu tri dong chi B tai phong 2",
      { quarter: "2023-Q4", reviewsKey: "2023-Q4", at: local(2023, 11, 28), hasTime: false, place: "phong 2", chair: "dong chi B" },
    ],
  ])("%s", (text, expected) => {
    const parsed = parseMeetingArguments(text, now, ZONE);
    expect(typeof parsed === "string" ? parsed : { ...parsed, quarter: periodKey(parsed.quarter) }).toEqual(expected);
  });

  it.each([
    ["", "no-date"],
    ["tại Hội trường A", "no-date"],
    ["31/11", "bad-date"],
    ["28/11/2099", "bad-date"],
    ["28/11 25h", "bad-time"],
  ])("refuses %j", (text, error) => {
    expect(parseMeetingArguments(text, now, ZONE)).toBe(error);
  });
});

describe("the /giahan arguments", () => {
  const now = local(2023, 11, 24);
  it.each([
    ["Hội Nông dân 25/11", { organisation: "Hội Nông dân", until: local(2023, 11, 25, 23, 59, 59), quarter: undefined }],
    ["hoi nong dan den 25/11/2023", { organisation: "hoi nong dan", until: local(2023, 11, 25, 23, 59, 59), quarter: undefined }],
    ["tất cả 30/11", { organisation: null, until: local(2023, 11, 30, 23, 59, 59), quarter: undefined }],
    ["tat ca 5/1", { organisation: null, until: local(2024, 1, 5, 23, 59, 59), quarter: undefined }],
  ])("%s", (text, expected) => {
    expect(parseExtensionArguments(text, now, ZONE)).toEqual(expected);
  });

  it("reads a named quarter", () => {
    const parsed = parseExtensionArguments("quý IV/2023 Mặt trận 30/11", now, ZONE);
    expect(typeof parsed === "string" ? parsed : [parsed.organisation, parsed.quarter && periodKey(parsed.quarter)]).toEqual([
      "Mặt trận",
      "2023-Q4",
    ]);
  });

  it.each([
    ["Hội Nông dân", "no-date"],
    ["25/11", "no-organisation"],
    ["Hội Nông dân 31/11", "bad-date"],
    ["Hội Nông dân 25/11/0001", "bad-date"],
  ])("refuses %j", (text, error) => {
    expect(parseExtensionArguments(text, now, ZONE)).toBe(error);
  });
});

describe("the quarters the calendar shows", () => {
  const windows = (set?: Meeting) => [
    submissionWindow(q4, schedule, ZONE, set),
    submissionWindow(quarterOf(2024, 1), schedule, ZONE),
    submissionWindow(quarterOf(2024, 2), schedule, ZONE),
  ];
  const keys = (shown: SubmissionWindow[]) => shown.map((window) => periodKey(window.quarter));
  it.each([
    ["the previous one while its deadline is ahead", local(2024, 1, 10), undefined, ["2023-Q4", "2024-Q1", "2024-Q2"]],
    ["not once its deadline passed", local(2024, 1, 20), undefined, ["2024-Q1", "2024-Q2"]],
    ["the previous one on its meeting's day", local(2024, 1, 10, 14), meeting(local(2024, 1, 10, 8)), ["2023-Q4", "2024-Q1", "2024-Q2"]],
  ])("%s", (_name, now, set, expected) => {
    expect(keys(calendarWindows(windows(set), now))).toEqual(expected);
  });
});
