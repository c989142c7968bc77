import type { AccessPolicy } from "../domain/access/access-policy.js";

/** One command of the bot: its Vietnamese name, English alias, and who may use it where. */
export interface CommandSpec {
  /** The Vietnamese command, shown first in /help. */
  name: string;
  /** The English alias. */
  alias: string;
  /** Fluent key of its one-line description. */
  descriptionKey: string;
  access: AccessPolicy;
}

const MEMBERS = ["admin", "chair", "representative", "viewer"] as const;

/**
 * The commands that exist. /help, Telegram's command menu and the access checks read this one
 * list, so a command added here is listed and guarded everywhere at once.
 */
export const COMMANDS: readonly CommandSpec[] = [
  { name: "start", alias: "start", descriptionKey: "cmd-start", access: { private: "anyone", group: "anyone" } },
  { name: "trogiup", alias: "help", descriptionKey: "cmd-help", access: { private: "anyone", group: "anyone" } },
  { name: "nop", alias: "submit", descriptionKey: "cmd-submit", access: { private: ["representative", "admin"] } },
  { name: "huy", alias: "cancel", descriptionKey: "cmd-cancel", access: { private: "anyone" } },
  { name: "khoa", alias: "lock", descriptionKey: "cmd-lock", access: { private: ["admin"], group: ["admin"] } },
  { name: "nhac", alias: "remind", descriptionKey: "cmd-remind", access: { private: ["admin"], group: ["admin"] } },
  { name: "mo", alias: "unlock", descriptionKey: "cmd-unlock", access: { private: ["admin"], group: ["admin"] } },
  { name: "ketqua", alias: "results", descriptionKey: "cmd-results", access: { private: MEMBERS, group: MEMBERS } },
  { name: "tiendo", alias: "status", descriptionKey: "cmd-status", access: { private: MEMBERS, group: MEMBERS } },
  { name: "baocao", alias: "report", descriptionKey: "cmd-report", access: { private: ["admin", "chair"], group: ["admin", "chair"] } },
  { name: "ketluan", alias: "conclude", descriptionKey: "cmd-conclude", access: { private: ["admin", "chair"] } },
  { name: "moi", alias: "invite", descriptionKey: "cmd-invite", access: { private: ["admin"] } },
  { name: "nhom", alias: "linkgroup", descriptionKey: "cmd-linkgroup", access: { group: ["admin"] } },
  { name: "thanhvien", alias: "members", descriptionKey: "cmd-members", access: { private: ["admin", "chair"] } },
  { name: "danhmuc", alias: "catalog", descriptionKey: "cmd-catalog", access: { private: MEMBERS } },
  { name: "lichhop", alias: "calendar", descriptionKey: "cmd-calendar", access: { private: MEMBERS, group: MEMBERS } },
  { name: "giahan", alias: "extend", descriptionKey: "cmd-extend", access: { private: ["admin"], group: ["admin"] } },
];

/** The spec of a command by its Vietnamese name; throws for a name not in COMMANDS. */
export function commandSpec(name: string): CommandSpec {
  const spec = COMMANDS.find((command) => command.name === name);
  if (!spec) throw new Error(`Unknown command "${name}": add it to COMMANDS in src/bot/commands.ts`);
  return spec;
}

/** Both spellings of a command, for `bot.command`. */
export function commandNames(name: string): string[] {
  const spec = commandSpec(name);
  return spec.name === spec.alias ? [spec.name] : [spec.name, spec.alias];
}
