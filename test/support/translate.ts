import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { createI18n } from "../../src/bot/i18n.js";
import type { Translate } from "../../src/domain/reports/report-data.js";

const i18n = createI18n<Context & I18nFlavor>();

/** The bot's own translations from locales/, for asserting domain output as people read it. */
export function translator(locale: "vi" | "en" = "vi"): Translate {
  return (key, params) => i18n.t(locale, key, params);
}
