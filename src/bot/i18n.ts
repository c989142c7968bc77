import { fileURLToPath } from "node:url";
import { I18n, type I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";

/** locales/ at the project root, from src/bot/ under tsx and from dist/bot/ once compiled. */
const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

/**
 * Translations from `locales/<language>/<feature>.ftl`: Vietnamese by default, English for
 * people whose Telegram language is English. Bidi isolation marks are off so replies contain
 * plain text that tests and people can search.
 */
export function createI18n<C extends Context & I18nFlavor>(): I18n<C> {
  return new I18n<C>({
    defaultLocale: "vi",
    directory: LOCALES_DIR,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => (ctx.from?.language_code?.startsWith("en") ? "en" : "vi"),
  });
}
