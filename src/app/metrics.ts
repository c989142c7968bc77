/** How an update's handling ended, as the metrics count it. */
export type UpdateOutcome = "ok" | "error";

/**
 * What the application counts for operators (README, "Operations"). Features and services record
 * through this interface only; the Prometheus implementation lives with the HTTP server that
 * exposes it (src/transports/http/prometheus-metrics.ts), so nothing else imports prom-client.
 */
export interface Metrics {
  /** One update handled: its kind (`message`, `callback_query`, …), how it ended and how long it took. */
  updateHandled(type: string, outcome: UpdateOutcome, seconds: number): void;
  /** A report version stored by a confirm. */
  submissionStored(): void;
  /** A reminder sent to a representative. */
  reminderSent(): void;
  /** A briefing or progress note posted to a group. */
  postSent(): void;
  /** A Bot API call that failed: its method and Telegram's error code, or "network" when no answer came. */
  botApiError(method: string, code: number | "network"): void;
  /** A database statement that failed (the database down, a constraint, a timeout). */
  databaseError(): void;
}
