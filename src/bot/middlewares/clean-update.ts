import type { NextFunction } from "grammy";
import { updateWithoutControlCharacters } from "../../domain/text/clean-update.js";
import type { BotContext } from "../context.js";

/**
 * Removes control characters (NUL, escape…) from everything the update carries before any
 * feature reads it: an answer, a name, a question or a code with a NUL is then handled like
 * the same text without it, never a database error.
 */
export async function cleanUpdate(ctx: BotContext, next: NextFunction): Promise<void> {
  Object.assign(ctx.update, updateWithoutControlCharacters(ctx.update));
  await next();
}
