import type { CatalogIndicator } from "../catalog/catalog.js";
import type { ReadableIndicator } from "./report-reading.js";

/**
 * What the report reader needs of an indicator: its names, phrase and unit, from the catalog or
 * from a submission's asked indicators (whose missing phrase is null, as stored).
 */
export function readableIndicator(
  indicator: Pick<CatalogIndicator, "code" | "name" | "aliases" | "unit" | "integer"> & { phrase: string | null | undefined },
): ReadableIndicator {
  const { code, name, aliases, phrase, unit, integer } = indicator;
  return { code, name, aliases, phrase: phrase ?? undefined, unit, integer };
}
