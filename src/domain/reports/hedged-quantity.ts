import type { Decimal } from "decimal.js";
import { formatQuantity } from "../numbers/format-number.js";
import type { Translate } from "./report-data.js";

/**
 * A value in its unit with the hedge it was given ("khoảng 2.300 người"): a figure typed as an
 * estimate stays one in every answer (keys `hedge-*`, shared with the submission's echo).
 */
export function hedgedQuantity(value: Decimal, unit: string, hedge: string | null | undefined, t: Translate): string {
  return `${hedge ? t(`hedge-${hedge}`) : ""}${formatQuantity(value, unit)}`;
}
