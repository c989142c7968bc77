import { foldText } from "../text/fold.js";

/** What an indicator's unit measures, which decides how typed numbers are read and shown. */
export type UnitKind = "count" | "money" | "percent" | "measure";

/** An indicator's unit, understood. */
export interface ResolvedUnit {
  kind: UnitKind;
  /** For money: how many đồng one unit is (1 for "đồng", 1.000.000 for "triệu đồng"). */
  dongPerUnit: number;
  /** The unit's words, folded, so that "12 người" can be recognised as written in the unit. */
  words: readonly string[];
}

/** Magnitude words people write before "đồng", folded, in đồng. */
export const MONEY_SCALES: Readonly<Record<string, number>> = {
  nghin: 1e3,
  ngan: 1e3,
  trieu: 1e6,
  ty: 1e9,
  ti: 1e9,
};

const MONEY_WORDS = new Set(["dong", "d", "vnd", "vnđ"]);
const MEASURE_WORDS = new Set(["ha", "hecta", "km", "m", "m2", "m3", "tan", "kg", "lit", "met"]);

/** Units resolved so far: a briefing formats every figure with its unit, and a catalog has few. */
const resolved = new Map<string, Readonly<ResolvedUnit>>();
/** Bounds the memo, should units ever come from somewhere other than catalogs. */
const MEMO_LIMIT = 1000;

/**
 * Resolves a catalog unit ("người", "triệu đồng", "%", "ha") to its kind. Anything that is not
 * money, a percentage or a physical measure counts things (people, meetings, houses).
 */
export function resolveUnit(unit: string): Readonly<ResolvedUnit> {
  let result = resolved.get(unit);
  if (!result) {
    if (resolved.size >= MEMO_LIMIT) resolved.clear();
    result = Object.freeze(classifyUnit(unit));
    resolved.set(unit, result);
  }
  return result;
}

function classifyUnit(unit: string): ResolvedUnit {
  const folded = foldText(unit);
  const words = folded.split(/[\s,()]+/).filter(Boolean);
  const last = words.at(-1) ?? "";
  if (folded === "%" || folded === "phan tram") return { kind: "percent", dongPerUnit: 1, words: ["%", "phan", "tram"] };
  if (MONEY_WORDS.has(last)) {
    const scale = words.length > 1 ? (MONEY_SCALES[words[0] ?? ""] ?? 1) : 1;
    return { kind: "money", dongPerUnit: scale, words };
  }
  if (MEASURE_WORDS.has(last)) return { kind: "measure", dongPerUnit: 1, words };
  return { kind: "count", dongPerUnit: 1, words };
}
