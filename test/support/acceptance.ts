import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

/** The acceptance scenarios folder, beside the project (../shared/acceptance). */
export const ACCEPTANCE_DIR = fileURLToPath(new URL("../../../shared/acceptance/", import.meta.url));

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
  file: string;
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

/** Every scenario in the acceptance folder, so new ones are replayed too. */
export function loadScenarios(): Scenario[] {
  return readdirSync(ACCEPTANCE_DIR)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({
      file: name,
      ...(parseYaml(readFileSync(`${ACCEPTANCE_DIR}${name}`, "utf8")) as Omit<Scenario, "file">),
    }));
}

/** The parsed YAML document of a scenario file, as a catalog file would be read. */
export function scenarioDocument(file: string): unknown {
  return parseYaml(readFileSync(`${ACCEPTANCE_DIR}${file}`, "utf8"));
}
