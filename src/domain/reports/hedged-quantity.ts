import type { Decimal } from "decimal.js";
import { formatFigure } from "../numbers/figure-wording.js";
import type { Translate } from "./report-data.js";

/**
 * A value in its unit with the hedge it was given ("khoảng 2.300 người"): a figure typed as an
 * estimate stays one in every answer (keys `hedge-*`, shared with the submission's echo),
 * worded by the one rule for figures (figure-wording).
 */
export function hedgedQuantity(value: Decimal, unit: string, hedge: string | null | undefined, t: Translate): string {
  return `${hedge ? t(`hedge-${hedge}`) : ""}${formatFigure(value, unit, t)}`;
}
