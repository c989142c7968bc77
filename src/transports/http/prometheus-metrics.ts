import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { Metrics, UpdateOutcome } from "../../app/metrics.js";

/** Upper bounds of the update duration histogram, in seconds: a step takes about 5–15 ms (README, "Performance"). */
const UPDATE_DURATION_BUCKETS = [0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The application's metrics in the Prometheus text format, with Node's process metrics beside them. */
export interface PrometheusMetrics extends Metrics {
  /** One webhook request answered, by HTTP status (200, or why Telegram was refused). */
  webhookAnswered(status: number): void;
  /** The Content-Type of `render()`'s text. */
  readonly contentType: string;
  /** Every metric as Prometheus text, for `GET /metrics`. */
  render(): Promise<string>;
}

/**
 * Creates the metrics on a registry of their own (not prom-client's global one), so that each
 * bot instance, and each test, counts apart. Metric names are listed in the README.
 */
export function createPrometheusMetrics(): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const updates = new Counter({
    name: "giaoban_updates_total",
    help: "Updates handled, by kind and outcome",
    labelNames: ["type", "outcome"] as const,
    registers,
  });
  const updateDuration = new Histogram({
    name: "giaoban_update_duration_seconds",
    help: "Time to handle one update, by kind",
    labelNames: ["type"] as const,
    buckets: UPDATE_DURATION_BUCKETS,
    registers,
  });
  const submissions = new Counter({ name: "giaoban_submissions_stored_total", help: "Report versions stored", registers });
  const reminders = new Counter({ name: "giaoban_reminders_sent_total", help: "Reminders sent", registers });
  const posts = new Counter({ name: "giaoban_posts_sent_total", help: "Briefings and notes posted to groups", registers });
  const apiErrors = new Counter({
    name: "giaoban_bot_api_errors_total",
    help: "Failed Bot API calls, by method and error code (network: no answer)",
    labelNames: ["method", "code"] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: "giaoban_bot_api_rate_limited_total",
    help: "Bot API calls answered 429 Too Many Requests, by method",
    labelNames: ["method"] as const,
    registers,
  });
  const databaseErrors = new Counter({ name: "giaoban_database_errors_total", help: "Failed database statements", registers });
  const webhookRequests = new Counter({
    name: "giaoban_webhook_requests_total",
    help: "Webhook requests answered, by HTTP status",
    labelNames: ["status"] as const,
    registers,
  });
  return {
    updateHandled(type: string, outcome: UpdateOutcome, seconds: number) {
      updates.inc({ type, outcome });
      updateDuration.observe({ type }, seconds);
    },
    submissionStored: () => submissions.inc(),
    reminderSent: () => reminders.inc(),
    postSent: () => posts.inc(),
    botApiError(method: string, code: number | "network") {
      apiErrors.inc({ method, code: String(code) });
      if (code === 429) rateLimited.inc({ method });
    },
    databaseError: () => databaseErrors.inc(),
    webhookAnswered: (status: number) => webhookRequests.inc({ status: String(status) }),
    contentType: registry.contentType,
    render: () => registry.metrics(),
  };
}
