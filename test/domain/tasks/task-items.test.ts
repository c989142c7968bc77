import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitTaskItems } from "../../../src/domain/tasks/task-items.js";
import { readTaskAnswer, summariseMarks } from "../../../src/domain/tasks/task-marks.js";
import { taskSummaryText } from "../../../src/domain/tasks/task-wording.js";

describe("splitTaskItems", () => {
  it.each([
    ["one task, no marker", "Tổ chức Hội nghị tổng kết năm 2023.", ["Tổ chức Hội nghị tổng kết năm 2023"]],
    [
      "lines opened by dashes and pluses",
      '- Tổ chức Hội nghị tổng kết công tác Hội năm 2023;\n+ Triển khai Cuộc vận động "Ngày vì người nghèo".\n- Kết nạp 500 hội viên mới',
      ["Tổ chức Hội nghị tổng kết công tác Hội năm 2023", 'Triển khai Cuộc vận động "Ngày vì người nghèo"', "Kết nạp 500 hội viên mới"],
    ],
    [
      "a heading line, then numbered tasks",
      "Quý I/2024 tập trung thực hiện các nhiệm vụ sau:\n1. Xây dựng chương trình công tác năm 2024.\n2) Tổ chức Tết vì người nghèo;\n3. Phát động thi đua",
      ["Xây dựng chương trình công tác năm 2024", "Tổ chức Tết vì người nghèo", "Phát động thi đua"],
    ],
    [
      "clauses separated by semicolons on one line",
      "Tổ chức đại hội chi hội; ra quân hiến máu tình nguyện; tổng kết phong trào thanh niên tình nguyện hè.",
      ["Tổ chức đại hội chi hội", "ra quân hiến máu tình nguyện", "tổng kết phong trào thanh niên tình nguyện hè"],
    ],
    [
      "a heading before the clauses of one line",
      "Trọng tâm quý tới: giám sát an sinh xã hội; vận động Quỹ Vì người nghèo",
      ["giám sát an sinh xã hội", "vận động Quỹ Vì người nghèo"],
    ],
    [
      "bullets, stars, letters and Roman numerals, blank lines and stray punctuation",
      "I. Công tác tuyên truyền\n\n• Tuyên truyền Nghị quyết Đại hội XIII;;\n* Tổ chức 12 lớp tập huấn ...\na) Kiện toàn tổ chức\nb. Sơ kết 6 tháng\n-\n  ;  ",
      ["Công tác tuyên truyền", "Tuyên truyền Nghị quyết Đại hội XIII", "Tổ chức 12 lớp tập huấn", "Kiện toàn tổ chức", "Sơ kết 6 tháng"],
    ],
    [
      "a figure and a hyphenated name are no markers",
      "1.500 hội viên mới được kết nạp\nMặt trận Tổ quốc - xã hội phối hợp giám sát",
      ["1.500 hội viên mới được kết nạp", "Mặt trận Tổ quốc - xã hội phối hợp giám sát"],
    ],
    ["Windows line ends and none at all", "- A\r\n- B\r\n", ["A", "B"]],
    ["nothing", "  \n ", []],
  ])("%s", (_name, text, items) => {
    expect(splitTaskItems(text)).toEqual(items);
  });

  const word = fc.stringMatching(/^[a-zA-ZàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễđĐ0-9]{1,8}$/);
  const task = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));

  it("gives back the tasks it is given, however they are marked and separated", () => {
    const marker = fc.constantFrom("- ", "+ ", "• ", "* ", "", "1. ", "2) ", "a) ", "II. ");
    fc.assert(
      fc.property(fc.array(fc.tuple(task, marker, fc.constantFrom("\n", ";\n", ".\n", "; ")), { minLength: 1, maxLength: 8 }), (parts) => {
        // A task that itself reads as a marker ("a.") is not what people write: skip those.
        fc.pre(parts.every(([text]) => !/^(?:\d{1,2}|[a-zđ]|[IVX]{1,4})$/u.test(text.split(" ")[0] ?? "")));
        const text = parts.map(([item, mark, separator]) => `${separator === "; " ? "" : mark}${item}${separator}`).join("");
        expect(splitTaskItems(text)).toEqual(parts.map(([item]) => item));
      }),
    );
  });

  it("never gives an empty task, and keeps every word of the tasks in order", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const items = splitTaskItems(text);
        for (const item of items) expect(item.trim()).toBe(item);
        for (const item of items) expect(item).not.toBe("");
        const words = (value: string): string[] => value.match(/[\p{L}\p{N}]+/gu) ?? [];
        const kept = words(items.join(" "));
        const all = words(text);
        // Every word kept comes from the text, in the same order.
        let at = 0;
        for (const keptWord of kept) {
          at = all.indexOf(keptWord, at);
          expect(at).toBeGreaterThanOrEqual(0);
          at += 1;
        }
      }),
    );
  });
});

describe("readTaskAnswer", () => {
  it.each([
    ["xong", { status: "done", note: null }],
    ["Hoàn thành", { status: "done", note: null }],
    ["đã làm", { status: "done", note: null }],
    ["xong, đã tổ chức 12 lớp", { status: "done", note: "đã tổ chức 12 lớp" }],
    ["Xong  rồi - 12 lớp, 600 học viên", { status: "done", note: "12 lớp, 600 học viên" }],
    ["đang làm", { status: "in_progress", note: null }],
    ["dang thuc hien: con 2 xa", { status: "in_progress", note: "con 2 xa" }],
    ["chưa", { status: "not_done", note: null }],
    ["chưa làm vì thiếu kinh phí", { status: "not_done", note: "vì thiếu kinh phí" }],
    ["done", { status: "done", note: null }],
    ["in progress, 3 of 5 communes", { status: "in_progress", note: "3 of 5 communes" }],
    ["not done", { status: "not_done", note: null }],
  ])("%s", (typed, expected) => {
    expect(readTaskAnswer(typed)).toEqual(expected);
  });

  it.each(["chưa xong", "chưa hoàn thành", "xongxuôi", "đã tổ chức 12 lớp", "hoàn toàn", ""])("%s is no status", (typed) => {
    expect(readTaskAnswer(typed)).toBeUndefined();
  });
});

describe("the summary", () => {
  const t = (key: string, params?: Record<string, string | number>) => `${key}${JSON.stringify(params ?? {})}`;
  it("counts each status and leaves out what is zero", () => {
    const marks = [{ status: "done" as const }, { status: "done" as const }, { status: "in_progress" as const }, { status: null }];
    expect(summariseMarks(marks)).toEqual({ total: 4, done: 2, inProgress: 1, notDone: 0, unmarked: 1 });
    expect(taskSummaryText(summariseMarks(marks), t)).toBe(
      'tasks-summary-done{"done":2,"total":4}, tasks-summary-in-progress{"count":1}, tasks-summary-unmarked{"count":1}',
    );
  });
});
