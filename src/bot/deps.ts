import type { Metrics } from "../app/metrics.js";
import type { Services } from "../app/services.js";
import type { Logger } from "../logger.js";

/** Which transport carries the bot: decides how a person is identified and what renders. */
export type Channel = "telegram" | "zalo" | "console";

/** Everything createBot needs from outside; tests pass their own. */
export interface BotDeps {
  channel: Channel;
  logger: Logger;
  services: Services;
  /** What operators count (README, "Operations"). */
  metrics: Metrics;
  /** The largest Word report downloaded, in bytes (REPORT_FILE_MAX_MB); default 5 MB. */
  reportFileMaxBytes?: number;
}
