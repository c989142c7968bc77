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
  return new I18n<C>({
    defaultLocale: "vi",
    directory: LOCALES_DIR,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => localeOf(ctx.from?.language_code),
  });
}
