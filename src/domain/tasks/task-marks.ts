import { foldText } from "../text/fold.js";

/** How far an organisation got with one of last quarter's tasks. */
export const TASK_STATUSES = ["done", "in_progress", "not_done"] as const;

/** One of the task statuses. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * What a representative said about one task: its status (null: not said, skipped) and an
 * optional note ("đã tổ chức 12 lớp"). JSON-safe: kept in the draft as is.
 */
export interface TaskMark {
  /** The task's text, so a mark is never applied to another task if the list changes. */
  text: string;
  status: TaskStatus | null;
  note: string | null;
}

/** The words people type for each status, folded (no diacritics, lower case), in both languages. */
const STATUS_WORDS: readonly [string, TaskStatus][] = [
  ["da hoan thanh", "done"],
  ["hoan thanh", "done"],
  ["da xong", "done"],
  ["xong roi", "done"],
  ["xong", "done"],
  ["da lam", "done"],
  ["da thuc hien", "done"],
  ["done", "done"],
  ["completed", "done"],
  ["finished", "done"],
  ["dang thuc hien", "in_progress"],
  ["dang trien khai", "in_progress"],
  ["dang lam", "in_progress"],
  ["in progress", "in_progress"],
  ["ongoing", "in_progress"],
  ["chua thuc hien", "not_done"],
  ["chua trien khai", "not_done"],
  ["chua lam", "not_done"],
  ["chua", "not_done"],
  ["khong thuc hien", "not_done"],
  ["not done", "not_done"],
  ["not started", "not_done"],
];

/**
 * Words that start like a status and say something else: "chưa xong", "chưa hoàn thành" may mean
 * still under way or never begun, so the person is asked to press instead of being guessed for.
 */
const UNCLEAR = ["chua xong", "chua hoan thanh", "chua hoan tat", "not finished", "not completed"];

/**
 * The status a typed answer gives, with the note typed after it: "xong" is done, "xong, đã tổ
 * chức 12 lớp" is done with the note "đã tổ chức 12 lớp", "đang làm" in progress, "chưa làm" not
 * done. Undefined when the message does not start with a status word, or with an unclear one.
 */
export function readTaskAnswer(typed: string): { status: TaskStatus; note: string | null } | undefined {
  const text = typed.trim();
  const folded = foldText(text);
  const starts = (phrase: string) => folded === phrase || new RegExp(`^${phrase}(?=[\\s,.:;!\\-–—(])`).test(folded);
  if (UNCLEAR.some(starts)) return undefined;
  const match = STATUS_WORDS.find(([phrase]) => starts(phrase));
  if (!match) return undefined;
  const [phrase, status] = match;
  const note = afterWords(text, phrase.split(" ").length)
    .replace(/^[\s,.:;!\-–—]+/, "")
    .trim();
  return { status, note: note || null };
}

/** What follows the first `count` words of a text, as typed (folding may change its length). */
function afterWords(text: string, count: number): string {
  let end = 0;
  const words = text.matchAll(/[\p{L}\p{M}]+/gu);
  for (let seen = 0; seen < count; seen += 1) {
    const word = words.next();
    if (word.done) return "";
    end = word.value.index + word.value[0].length;
  }
  return text.slice(end);
}

/** How many of a list of tasks are done, under way, not done, and not reported on. */
export interface TaskSummary {
  total: number;
  done: number;
  inProgress: number;
  notDone: number;
  unmarked: number;
}

/** Counts the marks of a list of tasks. */
export function summariseMarks(marks: readonly Pick<TaskMark, "status">[]): TaskSummary {
  const count = (status: TaskStatus | null) => marks.filter((mark) => mark.status === status).length;
  return { total: marks.length, done: count("done"), inProgress: count("in_progress"), notDone: count("not_done"), unmarked: count(null) };
}

/** The sum of several summaries: the bloc's total over its organisations. */
export function addSummaries(summaries: readonly TaskSummary[]): TaskSummary {
  return summaries.reduce(
    (sum, one) => ({
      total: sum.total + one.total,
      done: sum.done + one.done,
      inProgress: sum.inProgress + one.inProgress,
      notDone: sum.notDone + one.notDone,
      unmarked: sum.unmarked + one.unmarked,
    }),
    { total: 0, done: 0, inProgress: 0, notDone: 0, unmarked: 0 },
  );
}
