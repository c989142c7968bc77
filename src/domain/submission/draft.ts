import type { FoundFigure, FoundText, ReportSource } from "../report-reading/report-reading.js";
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
  /**
   * What the bot read in the organisation's own report and the person has not confirmed yet:
   * never a value of the draft (nor stored) until confirmed, so the card can say "chưa xác nhận".
   */
  proposed?: DraftProposals;
  /** The report the values were read from; stored with the version ("Nguồn số liệu"). */
  source?: DraftSource;
}

/** The candidates still to confirm, by indicator code and by text section. */
export interface DraftProposals {
  figures: Record<string, FoundFigure[]>;
  texts: Partial<Record<TextSection, FoundText>>;
  /** The pasted text read so far, so a message that follows (a long paste split) is read with it. */
  pasted?: string;
  /** When the last part of it was sent (seconds), where the channel says. */
  pastedAt?: number;
}

/** Where a report read by the bot came from, and when it was read (ISO). */
export type DraftSource = ReportSource & { readAt: string };

/** A draft with nothing in it. */
export function emptyDraft(): Draft {
  return { values: {}, texts: {} };
}

/** How many figures and texts a draft holds. */
export function answeredCount(draft: Draft): number {
  return Object.keys(draft.values).length + Object.keys(draft.texts).length + Object.keys(draft.tasks ?? {}).length;
}

/**
 * The draft without values (and proposals) of indicators the organisation is no longer asked
 * (the catalog changed since it was saved): nobody sees them on the review card, so none may be stored.
 */
export function keepAsked(draft: Draft, askedCodes: ReadonlySet<string>): Draft {
  const asked = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([code]) => askedCodes.has(code)));
  const proposed = draft.proposed && { ...draft.proposed, figures: asked(draft.proposed.figures) };
  return { ...draft, values: asked(draft.values), ...(proposed ? { proposed } : {}) };
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
