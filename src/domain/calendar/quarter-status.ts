import type { SubmissionWindow } from "./submission-window.js";

/**
 * Where a quarter stands for an organisation at a moment: not open yet, open, late (past its
 * deadline but still accepted), closed (late no longer accepted: the next quarter is being
 * collected), or locked by the secretariat.
 */
export type QuarterStatus = "upcoming" | "open" | "late" | "closed" | "locked";

/** What a quarter's status is decided from, besides its window. */
export interface StatusInputs {
  now: Date;
  /** The organisation's deadline, extensions included (the window's for the bloc as a whole). */
  deadline: Date;
  locked: boolean;
  /** When the quarter was last unlocked; after the deadline it takes late reports again. */
  reopenedAt: Date | null;
  /** When the next quarter's window opens: late reports stop then, unless reopened. */
  nextOpensAt: Date;
}

/**
 * A quarter's status. Late reports are accepted after the deadline until the next quarter's
 * window opens (people have moved on to it by then), or indefinitely when the secretariat
 * reopened the quarter after its deadline; a lock always wins.
 */
export function quarterStatus(window: SubmissionWindow, inputs: StatusInputs): QuarterStatus {
  if (inputs.locked) return "locked";
  if (inputs.now < window.opensAt) return "upcoming";
  if (inputs.now <= inputs.deadline) return "open";
  if (inputs.now < inputs.nextOpensAt) return "late";
  if (inputs.reopenedAt && inputs.reopenedAt > window.deadline) return "late";
  return "closed";
}

/** Whether /nop offers a quarter in this status: open or late ones only. */
export function isOffered(status: QuarterStatus): boolean {
  return status === "open" || status === "late";
}

/**
 * The quarter answers and the briefing are about when none is named: the newest whose window
 * has opened, of windows in order (oldest first); the oldest when none has opened yet.
 */
export function reportingWindow(windows: readonly SubmissionWindow[], now: Date): SubmissionWindow | undefined {
  return windows.filter((window) => window.opensAt <= now).at(-1) ?? windows[0];
}

/**
 * The windows the calendar shows, of the previous, current and next quarters (in order): the
 * previous only while its deadline or its meeting's day is still ahead (a quarter IV meeting in
 * January), so the calendar looks forward.
 */
export function calendarWindows(windows: readonly SubmissionWindow[], now: Date): SubmissionWindow[] {
  const [previous, ...rest] = windows;
  const dayAgo = now.getTime() - 24 * 60 * 60 * 1000;
  const ahead = previous && (previous.deadline.getTime() >= now.getTime() || (previous.meeting?.at.getTime() ?? 0) >= dayAgo);
  return ahead ? [previous, ...rest] : rest;
}
