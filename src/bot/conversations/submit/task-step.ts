import { InlineKeyboard } from "grammy";
import type { SubmissionContext } from "../../../app/submission-service.js";
import { formatPeriod } from "../../../domain/periods/format-period.js";
import { parsePeriodKey } from "../../../domain/periods/period.js";
import type { Draft } from "../../../domain/submission/draft.js";
import { readTaskAnswer, summariseMarks, TASK_STATUSES, type TaskMark, type TaskStatus } from "../../../domain/tasks/task-marks.js";
import { taskStatusSign, taskStatusText, taskSummaryText } from "../../../domain/tasks/task-wording.js";
import { cutText } from "../../../domain/text/cut-text.js";
import { foldText } from "../../../domain/text/fold.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { MAX_TEXT_LENGTH } from "./ask-text.js";
import type { Input } from "./input.js";
import { ownButton } from "./input.js";
import type { LoadedReport } from "./prompts.js";
import type { SubmitSession, SubmitStep } from "./session.js";
import type { Transition } from "./steps.js";

// Last quarter's tasks are asked after the figures and before the texts: the figures are what
// the report is mostly for, and looking back at what was promised comes right before writing
// this quarter's highlights, limitations and the next quarter's tasks, which often refer to it.

type TaskStep = Extract<SubmitStep, { kind: "task" | "task-note" }>;

/** How many of last quarter's tasks the report follows up (0: no step). */
export function taskCount(context: SubmissionContext): number {
  return context.tasks?.items.length ?? 0;
}

/** The step that comes once the figures are answered: the first task, or the first text. */
export function afterFigures(context: SubmissionContext): SubmitStep {
  return taskCount(context)
    ? { kind: "task", index: 0, returnTo: null }
    : { kind: "item", index: context.indicators.length, returnTo: null };
}

/** The step "quay lại" leads to from the first text: the last task, or the last figure. */
export function beforeTexts(context: SubmissionContext): SubmitStep {
  const tasks = taskCount(context);
  return tasks
    ? { kind: "task", index: tasks - 1, returnTo: null }
    : { kind: "item", index: Math.max(0, context.indicators.length - 1), returnTo: null };
}

/** The first task the draft has no mark for, if any. */
export function firstUnmarkedTask(report: LoadedReport): SubmitStep | undefined {
  const count = taskCount(report.context);
  for (let index = 0; index < count; index += 1) {
    if (!report.draft.tasks?.[String(index)]) return { kind: "task", index, returnTo: null };
  }
  return undefined;
}

/** The draft's marks of a stored version's follow-up, for a correction: its marks are the starting point. */
export function draftTasksFrom(marks: readonly TaskMark[] | undefined): Pick<Draft, "tasks"> {
  return marks
    ? { tasks: Object.fromEntries(marks.flatMap((mark, index) => (mark.status === null && !mark.note ? [] : [[String(index), mark]]))) }
    : {};
}

/** "quý III/2023": the quarter whose report set the tasks. */
function fromPeriod(ctx: BotContext, context: SubmissionContext): string {
  const quarter = context.tasks && parsePeriodKey(context.tasks.fromPeriodKey);
  return quarter ? formatPeriod(quarter, ctx.t.bind(ctx)) : "";
}

/** Shows the prompt of a task step: the task with its status buttons, or the note question. */
export async function showTaskPrompt(ctx: BotContext, session: SubmitSession, report: LoadedReport): Promise<void> {
  const step = session.step as TaskStep;
  const { context } = report;
  const text = context.tasks?.items[step.index] ?? "";
  const mark = report.draft.tasks?.[String(step.index)];
  if (step.kind === "task-note") {
    const keyboard = new InlineKeyboard().text(ctx.t("tasks-no-note"), ownButton(session.prompt, "no-note"));
    await ctx.reply(ctx.t("tasks-note-question", { status: taskStatusText(step.status, ctx.t.bind(ctx)) }), { reply_markup: keyboard });
    return;
  }
  const lines = [
    ctx.t("tasks-question", {
      position: `${step.index + 1}/${taskCount(context)}`,
      period: fromPeriod(ctx, context),
      task: escapeHtml(text),
    }),
  ];
  if (mark) lines.push(ctx.t("submit-current", { value: escapeHtml(markText(ctx, mark)) }));
  lines.push(ctx.t("tasks-hint"));
  const keyboard = new InlineKeyboard();
  for (const status of TASK_STATUSES)
    keyboard.text(taskStatusText(status, ctx.t.bind(ctx)), ownButton(session.prompt, `status:${status}`)).row();
  keyboard.text(ctx.t("submit-skip"), ownButton(session.prompt, "skip"));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
}

/** One task: a button or a typed status marks it (a typed note with it is kept), a control moves. */
export async function taskStep(
  ctx: BotContext,
  session: SubmitSession,
  report: LoadedReport,
  input: Input,
): Promise<Transition | undefined> {
  const step = session.step as TaskStep;
  if (input.kind === "control" && input.control === "back") {
    if (step.kind === "task-note") return { kind: "goto", step: { kind: "task", index: step.index, returnTo: step.returnTo } };
    if (step.returnTo === "review") return { kind: "goto", step: { kind: "review" } };
    if (step.index > 0) return { kind: "goto", step: { kind: "task", index: step.index - 1, returnTo: null } };
    return { kind: "goto", step: { kind: "item", index: Math.max(0, report.context.indicators.length - 1), returnTo: null } };
  }
  if (step.kind === "task-note") return noteStep(ctx, report, step, input);
  const key = String(step.index);
  if (input.kind === "control" && (input.control === "skip" || input.control === "keep" || input.control === "erase")) {
    return pass(ctx, report, step, input.control === "erase");
  }
  if (input.kind === "button" && input.data === "skip") return pass(ctx, report, step, false);
  const pressed = input.kind === "button" ? /^status:(\w+)$/.exec(input.data)?.[1] : undefined;
  if (pressed && (TASK_STATUSES as readonly string[]).includes(pressed)) {
    const status = pressed as TaskStatus;
    await mark(ctx, report, step.index, status, report.draft.tasks?.[key]?.note ?? null);
    return { kind: "goto", step: { kind: "task-note", index: step.index, returnTo: step.returnTo, status } };
  }
  if (input.kind === "text") {
    const answer = readTaskAnswer(input.text);
    if (!answer) {
      await ctx.reply(ctx.t("tasks-use-buttons"));
      return { kind: "stay" };
    }
    if (answer.note === null) {
      await mark(ctx, report, step.index, answer.status, report.draft.tasks?.[key]?.note ?? null);
      return { kind: "goto", step: { kind: "task-note", index: step.index, returnTo: step.returnTo, status: answer.status } };
    }
    await mark(ctx, report, step.index, answer.status, cutText(answer.note, MAX_TEXT_LENGTH));
    await echo(ctx, report, step.index);
    return next(report, step);
  }
  if (input.kind === "button") {
    await ctx.reply(ctx.t("submit-stale-button"));
    return { kind: "stay" };
  }
  return undefined;
}

/** The optional note after a status: typed, or none ("không", the button, "bỏ qua"). */
async function noteStep(
  ctx: BotContext,
  report: LoadedReport,
  step: Extract<TaskStep, { kind: "task-note" }>,
  input: Input,
): Promise<Transition | undefined> {
  const current = report.draft.tasks?.[String(step.index)];
  const none = (input.kind === "button" && input.data === "no-note") || (input.kind === "control" && input.control !== "cancel");
  if (none || input.kind === "text") {
    const typed = input.kind === "text" ? input.text.trim() : "";
    const noNote = none || ["khong", "khong co", "none", "no", "-"].includes(foldText(typed));
    // "Bỏ qua" or "giữ nguyên" keeps a note given before; "xóa" and "không" leave none.
    const keep = input.kind === "control" && input.control !== "erase";
    const note = noNote ? (keep ? (current?.note ?? null) : null) : cutText(typed, MAX_TEXT_LENGTH);
    await mark(ctx, report, step.index, step.status, note);
    await echo(ctx, report, step.index);
    return next(report, step);
  }
  if (input.kind === "button") {
    await ctx.reply(ctx.t("submit-stale-button"));
    return { kind: "stay" };
  }
  return undefined;
}

/** Moves past a task without a new status: a mark given before stays unless erasing was asked. */
async function pass(ctx: BotContext, report: LoadedReport, step: TaskStep, erase: boolean): Promise<Transition> {
  const key = String(step.index);
  const text = report.context.tasks?.items[step.index] ?? "";
  const current = report.draft.tasks?.[key];
  if (!current || erase) await save(ctx, report, (tasks) => (tasks[key] = { text, status: null, note: null }));
  if (step.returnTo !== "review") await ctx.reply(ctx.t("tasks-skipped", { position: `${step.index + 1}/${taskCount(report.context)}` }));
  return next(report, step);
}

function next(report: LoadedReport, step: TaskStep): Transition {
  if (step.returnTo === "review") return { kind: "goto", step: { kind: "review" } };
  if (step.index + 1 < taskCount(report.context)) return { kind: "goto", step: { kind: "task", index: step.index + 1, returnTo: null } };
  return { kind: "goto", step: { kind: "item", index: report.context.indicators.length, returnTo: null } };
}

async function mark(ctx: BotContext, report: LoadedReport, index: number, status: TaskStatus, note: string | null): Promise<void> {
  const text = report.context.tasks?.items[index] ?? "";
  await save(ctx, report, (tasks) => (tasks[String(index)] = { text, status, note }));
}

async function echo(ctx: BotContext, report: LoadedReport, index: number): Promise<void> {
  const current = report.draft.tasks?.[String(index)];
  if (!current) return;
  await ctx.reply(ctx.t("tasks-saved", { position: `${index + 1}/${taskCount(report.context)}`, mark: markText(ctx, current) }));
}

async function save(ctx: BotContext, report: LoadedReport, change: (tasks: Record<string, TaskMark>) => void): Promise<void> {
  const tasks = { ...(report.draft.tasks ?? {}) };
  change(tasks);
  report.draft.tasks = tasks;
  await ctx.deps.services.submissions.saveDraft(report.context, report.baseVersion, report.draft);
}

/** "Hoàn thành — đã tổ chức 12 lớp". */
function markText(ctx: BotContext, mark: TaskMark): string {
  const status = taskStatusText(mark.status, ctx.t.bind(ctx));
  return mark.note ? `${status} — ${mark.note}` : status;
}

/** The review card's lines about last quarter's tasks (none when there are none), HTML. */
export function taskCardLines(ctx: BotContext, context: SubmissionContext, draft: Draft): string[] {
  const items = context.tasks?.items ?? [];
  if (!items.length) return [];
  const marks = items.map((text, index) => draft.tasks?.[String(index)] ?? { text, status: null, note: null });
  const t = ctx.t.bind(ctx);
  return [
    `<b>${ctx.t("tasks-card-title", { period: fromPeriod(ctx, context) })}</b>: ${escapeHtml(taskSummaryText(summariseMarks(marks), t))}`,
    ...marks.map(
      (mark, index) =>
        `${taskStatusSign(mark.status)} ${ctx.t("tasks-label", { position: index + 1 })} ${escapeHtml(mark.text)}: ${escapeHtml(markText(ctx, mark))}`,
    ),
    "",
  ];
}

/** The edit menu's buttons for the tasks: the data "task:<index>". */
export function taskEditButtons(ctx: BotContext, context: SubmissionContext): { label: string; data: string }[] {
  return (context.tasks?.items ?? []).map((text, index) => ({
    label: `${ctx.t("tasks-label", { position: index + 1 })} ${text}`,
    data: `task:${index}`,
  }));
}

/** The step an edit menu's task button opens, if the data is one. */
export function editedTask(context: SubmissionContext, data: string): SubmitStep | undefined {
  const picked = /^task:(\d+)$/.exec(data);
  const index = picked ? Number(picked[1]) : -1;
  return index >= 0 && index < taskCount(context) ? { kind: "task", index, returnTo: "review" } : undefined;
}
