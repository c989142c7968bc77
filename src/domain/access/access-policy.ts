import type { Role } from "../catalog/catalog.js";

/** Where a message was sent. */
export type ChatKind = "private" | "group";

/** Who may use something in one kind of chat: anyone, or people holding one of the roles. */
export type Audience = "anyone" | readonly Role[];

/** Who may use a command, per kind of chat; a kind left out means "not here". */
export type AccessPolicy = Partial<Record<ChatKind, Audience>>;

/** Why a command is refused: the wrong chat, or a role the person does not hold. */
export type AccessDecision =
  | { allowed: true }
  | { allowed: false; reason: "wrong_chat"; allowedChats: ChatKind[] }
  | { allowed: false; reason: "role"; neededRoles: readonly Role[] };

/** Decides whether a person holding `roles` may use a command in a chat of `kind`. */
export function checkAccess(policy: AccessPolicy, roles: ReadonlySet<Role>, kind: ChatKind): AccessDecision {
  const audience = policy[kind];
  if (!audience) {
    return { allowed: false, reason: "wrong_chat", allowedChats: (Object.keys(policy) as ChatKind[]).sort() };
  }
  if (audience === "anyone" || audience.some((role) => roles.has(role))) return { allowed: true };
  return { allowed: false, reason: "role", neededRoles: audience };
}
