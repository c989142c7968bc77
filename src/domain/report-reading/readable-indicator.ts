import type { CatalogIndicator } from "../catalog/catalog.js";
import type { ReadableIndicator } from "./report-reading.js";

/** What the report reader needs of a catalog indicator: its names, phrase and unit. */
export function readableIndicator(indicator: CatalogIndicator): ReadableIndicator {
  const { code, name, aliases, phrase, unit, integer } = indicator;
  return { code, name, aliases, phrase, unit, integer };
}
