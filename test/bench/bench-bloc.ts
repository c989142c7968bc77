import { applyCatalogs } from "../../src/app/catalog-service.js";
import type { Database } from "../../src/db/database.js";
import { parseCatalog } from "../../src/domain/catalog/catalog-schema.js";
import { BotHarness } from "../support/bot-harness.js";

/** The bot's clock in the measures: in 2023's fourth quarter, before its deadline. */
export const BENCH_NOW = new Date("2023-12-10T03:00:00Z");
/** The admin every measure's bloc starts with. */
export const BENCH_ADMIN = 1;

/**
 * A bloc of `organisations` organisations ("Hội số 0" …), each asked `indicators` indicators
 * ("Chỉ tiêu thứ 1" …, in people): the catalog the step and question measures load.
 */
export function benchCatalog(organisations: number, indicators: number) {
  const orgs = Array.from({ length: organisations }, (_, index) => ({ code: `O${index}`, name: `Hội số ${index}`, aliases: [] }));
  const codes = orgs.map((org) => org.code);
  return {
    bloc: "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Thử",
    group_chat_id: -1001000000001,
    catalog: {
      organisations: orgs,
      indicators: Array.from({ length: indicators }, (_, index) => ({
        code: `I${index}`,
        name: `Chỉ tiêu thứ ${index + 1}`,
        unit: "người",
        orgs: codes,
      })),
    },
  };
}

/** The real bot on `database` at BENCH_NOW, with `document`'s catalog loaded and BENCH_ADMIN its admin. */
export async function openBenchBloc(database: Database, document: unknown): Promise<BotHarness> {
  const harness = new BotHarness(database, { now: () => BENCH_NOW });
  await applyCatalogs(harness.services.catalog, parseCatalog(document), BENCH_NOW);
  await harness.services.people.bootstrapAdmins([{ channel: "telegram", id: String(BENCH_ADMIN) }], "telegram", BENCH_NOW);
  return harness;
}
