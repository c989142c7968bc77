import type { Role } from "../catalog/catalog.js";
import { foldText } from "../text/fold.js";

/** How people name roles when they type them (folded: no diacritics, lower case). */
const ROLE_WORDS: Record<string, Role> = {
  "dai dien": "representative",
  representative: "representative",
  rep: "representative",
  "chu tri": "chair",
  chair: "chair",
  "thu ky": "admin",
  admin: "admin",
  "quan tri": "admin",
  "theo doi": "viewer",
  xem: "viewer",
  viewer: "viewer",
};

/**
 * Splits "<organisation> [role]" as typed after /moi: the role named at the end (if any) and
 * the rest, which names the organisation.
 */
export function splitRoleSuffix(text: string): { rest: string; role: Role | undefined } {
  const folded = foldText(text);
  for (const [word, role] of Object.entries(ROLE_WORDS)) {
    if (folded === word) return { rest: "", role };
    if (folded.endsWith(` ${word}`)) {
      const words = word.split(" ").length;
      return { rest: text.trim().split(/\s+/).slice(0, -words).join(" "), role };
    }
  }
  return { rest: text.trim(), role: undefined };
}
