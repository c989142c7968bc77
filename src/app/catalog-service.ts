import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import type { BlocRecord, CatalogRepository } from "../db/repositories/catalog-repository.js";
import { BUILTIN_CATALOG } from "../domain/catalog/builtin-catalog.js";
import type { BlocCatalog } from "../domain/catalog/catalog.js";
import { CatalogError, parseCatalog } from "../domain/catalog/catalog-schema.js";

/**
 * Reads a catalog file (YAML or JSON, which is YAML too) and validates it. Errors name the
 * file and each problem's path.
 */
async function readCatalogFile(path: string): Promise<BlocCatalog[]> {
  let document: unknown;
  try {
    document = parseYaml(await readFile(path, "utf8"));
  } catch (error) {
    throw new CatalogError(`${path}: cannot be read as YAML or JSON: ${(error as Error).message}`);
  }
  try {
    return parseCatalog(document);
  } catch (error) {
    if (error instanceof CatalogError) throw new CatalogError(`${path}:\n${error.message}`);
    throw error;
  }
}

/** The catalogs in force: the file's when CATALOG_FILE is set, otherwise the built-in one. */
export async function catalogsToLoad(catalogFile: string | undefined): Promise<BlocCatalog[]> {
  return catalogFile ? readCatalogFile(catalogFile) : parseCatalog(BUILTIN_CATALOG);
}

/** Applies catalogs to the database (at every start: the file is the source of truth). */
export async function applyCatalogs(repository: CatalogRepository, catalogs: readonly BlocCatalog[], now: Date): Promise<BlocRecord[]> {
  const blocs: BlocRecord[] = [];
  for (const catalog of catalogs) blocs.push(await repository.apply(catalog, now));
  return blocs;
}
