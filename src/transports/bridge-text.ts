import { createI18n } from "../bot/i18n.js";

let translations: ReturnType<typeof createI18n> | undefined;

/**
 * The Vietnamese words of the text-only channels themselves (console, Zalo), from
 * `locales/vi/console.ftl` and `bridge.ftl`; the bot's own replies are translated by the bot.
 */
export function bridgeText(key: string, params?: Record<string, string | number>): string {
  translations ??= createI18n();
  return translations.t("vi", key, params);
}
