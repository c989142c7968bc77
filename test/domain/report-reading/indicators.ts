import type { ReadableIndicator } from "../../../src/domain/report-reading/report-reading.js";

/** An indicator counted in whole units, as the reader's tests describe one of the catalog's. */
export function count(code: string, name: string, aliases: string[], phrase: string, unit = "người"): ReadableIndicator {
  return { code, name, aliases, phrase, unit, integer: true };
}

/** New members, as the built-in catalog names them: the indicator most reports lead with. */
export const HV_MOI = count(
  "HV_MOI",
  "Đoàn viên, hội viên mới",
  ["kết nạp hội viên", "hội viên mới"],
  "phát triển {value} đoàn viên, hội viên mới",
);
