/**
 * `npm run bench`: the project's performance record, one JSON line per measure, each with the
 * machine it was taken on. Timing goals live here, never in tests.
 */
import { createI18n } from "../../src/bot/i18n.js";
import { measureBriefing } from "./briefing.js";
import { measureLanguage } from "./language.js";
import { describeMachine } from "./machine.js";
import { measureUpdates } from "./updates.js";

const machine = describeMachine();
const print = (line: Record<string, unknown>) => console.log(JSON.stringify({ ...line, machine }));
const i18n = createI18n();

for (const line of measureLanguage()) print(line);
for (const line of measureBriefing((key, params) => i18n.t("vi", key, params))) print(line);
for (const line of await measureUpdates()) print(line);
