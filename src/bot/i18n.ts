import { fileURLToPath } from "node:url";
import { I18n, type I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";

/** locales/ at the project root, from src/bot/ under tsx and from dist/bot/ once compiled. */
const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

/**
 * The locale for a language: English for an English Telegram language code ("en", "en-GB")
 * or a recorded "en", else Vietnamese (also when unknown).
 */
export function localeOf(language: string | null | undefined): "en" | "vi" {
  return language?.startsWith("en") ? "en" : "vi";
}

/**
 * Translations from `locales/<language>/<feature>.ftl`: Vietnamese by default, English for
 * people whose Telegram language is English. Bidi isolation marks are off so replies contain
 * plain text that tests and people can search.
 */
export function createI18n<C extends Context & I18nFlavor>(): I18n<C> {
  const i18n = new I18n<C>({
    defaultLocale: "vi",
    directory: LOCALES_DIR,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => localeOf(ctx.from?.language_code),
  });
  keepMatchedBundles(i18n);
  return i18n;
}

/**
 * @grammyjs/i18n negotiates the locale again on every translation (its private `matchBundles`,
 * a tenth of a 1.000-organisation briefing's time, README "Performance"). The locales are all
 * loaded when the I18n is made (`directory`, read synchronously) and none is added later, so
 * the bundles matched for a locale are kept. A version without that method is left as it is.
 */
function keepMatchedBundles(i18n: I18n<never>): void {
  const fluent = i18n.fluent as unknown as { matchBundles?: (locales: string[]) => unknown };
  const match = fluent.matchBundles;
  if (typeof match !== "function") return;
  const kept = new Map<string, unknown>();
  fluent.matchBundles = (locales) => {
    const key = locales.join(",");
    if (!kept.has(key)) kept.set(key, match.call(fluent, locales));
    return kept.get(key);
  };
}
