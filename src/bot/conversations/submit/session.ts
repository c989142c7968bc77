import type { Services } from "../../../app/services.js";
import type { AmbiguityReason } from "../../../domain/numbers/parse-number.js";
import type { TaskStatus } from "../../../domain/tasks/task-marks.js";

/** A reading offered at a follow-up question, JSON-safe (the value as a decimal string). */
export interface OfferedReading {
  value: string;
  hedge: string | null;
  fromWords: boolean;
}

/**
 * The step a submission is at: what the person was last asked. Stored with the update that
 * asked it, so an answer is always taken for the question the person was shown.
 */
export type SubmitStep =
  /** Which organisation the secretariat enters a report for (an admin's bare /nop). */
  | { kind: "organisation"; options: number[] }
  /** Which of the open quarters (when several are open); `onBehalfOf`: the organisation the secretariat enters for. */
  | { kind: "quarter"; options: { key: string; deadline: string; locked: boolean }[]; onBehalfOf?: number }
  /** Continue the draft found, or start again. */
  | { kind: "draft" }
  /** Item `index` (figures, then the texts); `returnTo` "review" when reached from the card. */
  | { kind: "item"; index: number; returnTo: "review" | null }
  /** Which reading of a figure was meant, or whether a doubtful one is right. */
  | {
      kind: "reading";
      index: number;
      returnTo: "review" | null;
      typed: string;
      readings: OfferedReading[];
      doubtful: boolean;
      /** Why the figure was read several ways ("fraction", "joined"…), worded in the question; null for a doubt. */
      reason: AmbiguityReason | null;
    }
  /**
   * A message came right after the answer to item `index - 1` and may be the rest of it: the
   * person is asked whether it adds to that item or answers item `index`. `held`: the messages
   * held meanwhile, in order; `sentAt`: when the last of them was sent.
   */
  | { kind: "follow-up"; index: number; held: string[]; sentAt: number }
  /** One of last quarter's tasks (after the figures, see task-step.ts): its status. */
  | { kind: "task"; index: number; returnTo: "review" | null }
  /** The optional note about a task just marked. */
  | { kind: "task-note"; index: number; returnTo: "review" | null; status: TaskStatus }
  /** The review card: confirm, edit or cancel. */
  | { kind: "review" }
  /** Which item to edit. */
  | { kind: "edit" };

/** A submission in progress in one private chat. */
export interface SubmitSession {
  /**
   * The quarter's key ("2023-Q4") and deadline; absent while the quarter is being chosen.
   * `onBehalfOf`: the organisation the secretariat enters the report for (absent: the person's own).
   */
  report?: { quarter: string; deadline: string; baseVersion: number; onBehalfOf?: number };
  step: SubmitStep;
  /** Numbers the prompts: a button carries it, so one of an earlier prompt is recognised as stale. */
  prompt: number;
  /** When the current prompt was shown, on the bot's clock (the idle limit). */
  shownAt: string;
  /**
   * The message that answered item `index` just before (when it was sent, seconds): the next
   * message, if it follows quickly or comments a figure, may belong to that item.
   */
  lastAnswer?: { index: number; sentAt: number };
}

const KEY_PREFIX = "submit:";

/** Where the chat's submission step is kept. */
export function sessionKey(chatId: number): string {
  return `${KEY_PREFIX}${chatId}`;
}

/** The chat's submission in progress, if any. */
export async function readSession(services: Services, chatId: number): Promise<SubmitSession | undefined> {
  return (await services.conversationStates.read(sessionKey(chatId))) as SubmitSession | undefined;
}

/** Stores the chat's submission step (in the update's transaction). */
export function writeSession(services: Services, chatId: number, session: SubmitSession): Promise<void> {
  return services.conversationStates.write(sessionKey(chatId), session);
}

/** Ends the chat's submission; the draft stays. */
export function endSession(services: Services, chatId: number): Promise<void> {
  return services.conversationStates.delete(sessionKey(chatId));
}
