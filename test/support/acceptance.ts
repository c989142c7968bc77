import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The project's own scenarios, written for these tests in the acceptance layout. */
export const PROJECT_SCENARIOS_DIR = join(ROOT, "test/fixtures/scenarios");

/** One step of a scenario, as the acceptance README describes it. */
export interface ScenarioStep {
  as: number;
  chat: "private" | "group";
  say?: string;
  press?: string;
  expect?: string[];
  expect_not?: string[];
}

/** A meeting cycle: catalog, people, what they submit, and the steps to replay. */
export interface Scenario {
  /** The file's name, which says the quarter it is played in ("…-q4-2023.yaml"). */
  file: string;
  /** The file's absolute path, so its catalog can be read again. */
  path: string;
  bloc: string;
  group_chat_id: number;
  catalog: unknown;
  people: {
    id: number;
    name: string;
    role: "admin" | "chair" | "representative" | "viewer";
    org?: string;
  }[];
  submissions: Record<string, Record<string, string>>;
  texts?: Record<string, Record<string, string>>;
  steps: ScenarioStep[];
}

/** A folder of scenarios the acceptance tests replay, and the words that name it in their titles. */
export interface ScenarioSet {
  title: string;
  dir: string;
  scenarios: Scenario[];
}

/** Reads one scenario file. */
export function loadScenario(path: string): Scenario {
  const document = parseYaml(readFileSync(path, "utf8")) as Omit<Scenario, "file" | "path">;
  return { ...document, file: path.split("/").at(-1) ?? path, path };
}

/** A scenario of the project's own, by file name. */
export function projectScenario(file: string): Scenario {
  return loadScenario(join(PROJECT_SCENARIOS_DIR, file));
}

/**
 * Every scenario of a folder, so new ones are replayed too. A missing folder or one without a
 * scenario is an error: a replay that finds nothing must not pass.
 */
export function loadScenarios(dir: string): Scenario[] {
  if (!existsSync(dir)) throw new Error(`No scenario folder at ${dir}`);
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  if (files.length === 0) throw new Error(`No scenario (*.yaml) in ${dir}`);
  return files.map((name) => loadScenario(join(dir, name)));
}

/**
 * The sets the acceptance tests replay: always the project's own (test/fixtures/scenarios), and
 * the shared acceptance set as well when ACCEPTANCE_DIR names its folder (`.ci/run` passes
 * ../shared/acceptance when it exists; a relative path is taken from the project's root).
 */
export function scenarioSets(env: NodeJS.ProcessEnv = process.env): ScenarioSet[] {
  const sets = [{ title: "the project's own scenarios (test/fixtures/scenarios)", dir: PROJECT_SCENARIOS_DIR }];
  if (env.ACCEPTANCE_DIR) {
    const dir = resolve(ROOT, env.ACCEPTANCE_DIR);
    sets.push({ title: `the shared acceptance set (ACCEPTANCE_DIR=${dir})`, dir });
  }
  return sets.map((set) => ({ ...set, scenarios: loadScenarios(set.dir) }));
}

/**
 * The briefing's phrases for the acceptance catalogs' indicators, by code (the shared files are
 * kept as written, without the project's `phrase`, `summary` and `loss`): how each indicator
 * reads in an organisation's part and in the opening, and which ones count a loss.
 */
const ACCEPTANCE_PHRASES: Record<string, { phrase: string; summary?: string; loss?: true }> = {
  HV_MOI: { phrase: "phát triển {value} đoàn viên, hội viên mới", summary: "phát triển {value} đoàn viên, hội viên mới" },
  HV_GIAM: { phrase: "giảm {value} đoàn viên, hội viên", loss: true },
  GT_DANG: {
    phrase: "giới thiệu {value} quần chúng ưu tú cho Đảng xem xét kết nạp",
    summary: "giới thiệu {value} quần chúng ưu tú cho Đảng xem xét kết nạp",
  },
  KN_DANG: { phrase: "có {value} đoàn viên, hội viên được kết nạp vào Đảng", summary: "kết nạp {value} đảng viên mới" },
  QUY_VNN: { phrase: "vận động Quỹ “Vì người nghèo” được {value}" },
  GIAM_SAT: { phrase: "chủ trì {value} cuộc giám sát" },
  NHA_DDK: { phrase: "xây mới {value} nhà Đại đoàn kết" },
  TONG_HV: { phrase: "tổng số đoàn viên, hội viên là {value} người" },
  TL_GDVH: { phrase: "tỷ lệ hộ đạt gia đình văn hóa đạt {value}" },
};

/**
 * The parsed YAML document of a scenario file, read afresh, as a catalog file would be read,
 * with the briefing's phrases added to each indicator that has none (ACCEPTANCE_PHRASES).
 */
export function scenarioDocument(scenario: Scenario): unknown {
  const document = parseYaml(readFileSync(scenario.path, "utf8")) as { catalog?: { indicators?: Record<string, unknown>[] } };
  for (const indicator of document.catalog?.indicators ?? []) {
    const phrases = ACCEPTANCE_PHRASES[String(indicator.code)];
    if (phrases) for (const [key, value] of Object.entries(phrases)) indicator[key] ??= value;
  }
  return document;
}

/** The scenario's catalog file with the briefing's phrases (scenarioDocument), written into `dir`, for CATALOG_FILE. */
export function scenarioCatalogFile(scenario: Scenario, dir: string): string {
  const path = join(dir, scenario.file);
  writeFileSync(path, stringifyYaml(scenarioDocument(scenario)));
  return path;
}
