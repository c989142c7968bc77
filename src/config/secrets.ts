/**
 * The secrets of the environment, found once so that every output (logs, start-up errors,
 * crash reports) can be scrubbed of them, whatever code path would have printed them.
 */

/** Secrets shorter than this are not scrubbed: replacing every "ab" would ruin the logs. */
const SHORTEST_SCRUBBED = 4;

/**
 * A connection URL's credentials: the text between "//" and the last "@". The last "@", not
 * the first "/": a password with an unencoded "/" or "@" still counts as the password, so it
 * is hidden, not taken for a host and a path.
 */
export function urlCredentials(url: string): { start: number; end: number; user: string; password: string | undefined } | undefined {
  const scheme = url.indexOf("://");
  const at = url.lastIndexOf("@");
  if (scheme < 0 || at < scheme + 3) return undefined;
  const start = scheme + 3;
  const userInfo = url.slice(start, at);
  const colon = userInfo.indexOf(":");
  return {
    start,
    end: at,
    user: colon < 0 ? userInfo : userInfo.slice(0, colon),
    password: colon < 0 ? undefined : userInfo.slice(colon + 1),
  };
}

/** The password a PostgreSQL URL carries, in its user part or as `?password=`, if any. */
export function databasePasswords(url: string): string[] {
  const passwords = [urlCredentials(url)?.password];
  const query = /[?&]password=([^&#]*)/.exec(url);
  if (query) passwords.push(query[1]);
  return passwords.filter((password): password is string => Boolean(password));
}

/**
 * Every secret value in the environment: the bot tokens, the webhook secret and the database
 * password, each as written and as decoded (the driver reports the decoded one).
 */
export function secretsOf(env: Record<string, string | undefined>): string[] {
  const values = [env.BOT_TOKEN, env.ZALO_BOT_TOKEN, env.WEBHOOK_SECRET, ...databasePasswords(env.DATABASE_URL ?? "")];
  const secrets = new Set<string>();
  for (const value of values) {
    const trimmed = value?.trim();
    if (!trimmed) continue;
    secrets.add(trimmed);
    secrets.add(decoded(trimmed));
  }
  return [...secrets].filter((secret) => secret.length >= SHORTEST_SCRUBBED);
}

/**
 * Replaces every secret in a text with "[redacted]", also where it is written JSON-escaped
 * (a log line). Longest first, so a secret containing another is hidden whole.
 */
export function secretScrubber(secrets: readonly string[]): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((scrubbed, secret) => scrubbed.split(secret).join("[redacted]"), text);
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
