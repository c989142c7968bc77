/**
 * How the domain gets the words people read: a Fluent key and its variables, answered in the
 * reader's language (the bot's `ctx.t`, or the Vietnamese of the group chat).
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;
