/**
 * `npm run bench`: the project's performance record, one JSON line per measure, each with the
 * machine it was taken on. Timing goals live here, never in tests.
 */
import { measureLanguage } from "./language.js";
import { describeMachine } from "./machine.js";

const machine = describeMachine();
for (const line of measureLanguage()) console.log(JSON.stringify({ ...line, machine }));
