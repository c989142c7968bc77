import type { Translate } from "../text/translate.js";
import type { TaskStatus, TaskSummary } from "./task-marks.js";

/** "5/7 hoàn thành, 2 đang thực hiện": the summary in words, counts of zero left out. */
export function taskSummaryText(summary: TaskSummary, t: Translate): string {
  const parts = [t("tasks-summary-done", { done: summary.done, total: summary.total })];
  if (summary.inProgress) parts.push(t("tasks-summary-in-progress", { count: summary.inProgress }));
  if (summary.notDone) parts.push(t("tasks-summary-not-done", { count: summary.notDone }));
  if (summary.unmarked) parts.push(t("tasks-summary-unmarked", { count: summary.unmarked }));
  return parts.join(", ");
}

/** A status in words ("Hoàn thành"); null: not reported on. */
export function taskStatusText(status: TaskStatus | null, t: Translate): string {
  return t(status === null ? "tasks-status-unmarked" : `tasks-status-${status.replace("_", "-")}`);
}

/** The sign shown before a task with its status, so a list reads at a glance. */
export function taskStatusSign(status: TaskStatus | null): string {
  return status === null ? "▫️" : { done: "✅", in_progress: "⏳", not_done: "❌" }[status];
}
