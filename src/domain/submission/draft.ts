import type { TaskMark } from "../tasks/task-marks.js";

/** The free-text parts of a report, asked after the figures, in this order. */
export const TEXT_SECTIONS = ["highlights", "limitations", "proposals", "next_tasks"] as const;

/** One of the report's free-text parts. */
export type TextSection = (typeof TEXT_SECTIONS)[number];

/** An answer to a figure question: the exact value (null when skipped) and what was typed. */
export interface DraftValue {
  /** A decimal string, exact; null when the person skipped the indicator. */
  value: string | null;
  raw: string;
  /** "about", "over", "under", "nearly" when the person hedged ("khoảng 500"). */
  hedge: string | null;
  /**
   * What the person wrote about the figure: after it in the same message ("2.040 (tăng 140)")
   * or in the message right after it ("(tăng 20 so với quý trước)"); absent when none.
   */
  comment?: string | null;
}

/**
 * A submission in progress: every answer is saved here as it is given, so nothing typed is
 * lost. JSON-safe, because it is stored as is and replayed by conversations.
 */
export interface Draft {
  values: Record<string, DraftValue>;
  /** "" means the person answered "không" (none). */
  texts: Partial<Record<TextSection, string>>;
  /** Marks of last quarter's tasks by their place in the list ("0", "1"…); absent: none given yet. */
  tasks?: Record<string, TaskMark>;
}

/** A draft with nothing in it. */
export function emptyDraft(): Draft {
  return { values: {}, texts: {} };
}

/** How many figures and texts a draft holds. */
export function answeredCount(draft: Draft): number {
  return Object.keys(draft.values).length + Object.keys(draft.texts).length + Object.keys(draft.tasks ?? {}).length;
}

/**
 * The draft without values of indicators the organisation is no longer asked (the catalog
 * changed since it was saved): nobody sees them on the review card, so none may be stored.
 */
export function keepAsked(draft: Draft, askedCodes: ReadonlySet<string>): Draft {
  return { ...draft, values: Object.fromEntries(Object.entries(draft.values).filter(([code]) => askedCodes.has(code))) };
}

/**
 * The draft without marks of tasks that are no longer in the list at their place (the previous
 * quarter's report was corrected since): a mark is only ever kept for the task it was given for.
 */
export function keepTasks(draft: Draft, items: readonly string[]): Draft {
  if (!draft.tasks) return draft;
  const tasks = Object.fromEntries(Object.entries(draft.tasks).filter(([index, mark]) => items[Number(index)] === mark.text));
  return { ...draft, tasks };
}
