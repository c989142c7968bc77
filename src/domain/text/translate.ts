/**
 * How the domain gets the words people read: a Fluent key and its variables, answered in the
 * reader's language (the bot's `ctx.t`, or the Vietnamese of the group chat).
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * `t` keeping the words of keys asked without variables (separators, "reports-briefing-phrases"):
 * a briefing asks them once per figure, and each translation negotiates the locale again
 * (a fifth of a 1.000-organisation briefing's time). For one text in one language.
 */
export function keepingConstants(t: Translate): Translate {
  const kept = new Map<string, string>();
  return (key, params) => {
    if (params !== undefined) return t(key, params);
    let words = kept.get(key);
    if (words === undefined) {
      words = t(key);
      kept.set(key, words);
    }
    return words;
  };
}
