import { InlineKeyboard } from "grammy";
import { type Period, parsePeriodKey, periodKey } from "../../domain/periods/period.js";

/** Telegram's limit on a button's data, in bytes. */
const CALLBACK_DATA_LIMIT = 64;

/** What the source button lists: the reports of some periods, of some organisations (none named: all). */
export interface TraceScope {
  periods: Period[];
  organisationCodes: string[];
}

/**
 * The "🔎 Nguồn số liệu" button under an answer, for the reports the answer shows only:
 * `trace:2023-Q4+2023-Q3:ND,PN`. Organisation codes too long for a button's 64 bytes are left
 * out, and the button lists every organisation's reports of those periods.
 */
export function traceKeyboard(label: string, scope: TraceScope): InlineKeyboard {
  const periods = scope.periods.map(periodKey).join("+");
  const full = `trace:${periods}:${scope.organisationCodes.join(",")}`;
  const data = scope.organisationCodes.length > 0 && Buffer.byteLength(full) <= CALLBACK_DATA_LIMIT ? full : `trace:${periods}`;
  return new InlineKeyboard().text(label, data);
}

/** Matches the source button's data, also of buttons sent before organisations were named in it. */
export const TRACE_DATA = /^trace:([^:\s]+)(?::(\S+))?$/;

/** Reads the button's data back; undefined when a period key is not one. */
export function parseTraceData(periods: string, organisations: string | undefined): TraceScope | undefined {
  const parsed = periods.split("+").map(parsePeriodKey);
  if (parsed.some((period) => period === undefined)) return undefined;
  return { periods: parsed as Period[], organisationCodes: organisations ? organisations.split(",") : [] };
}
