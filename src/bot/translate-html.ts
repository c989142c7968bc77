import type { I18nFlavor } from "@grammyjs/i18n";
import { escapeHtml } from "./render/escape-html.js";

/** What a placeable may be: text (escaped) or a number. */
export type HtmlParams = Record<string, string | number>;

/**
 * Translates for a message sent with `parse_mode: "HTML"`. The Fluent messages are written as
 * Telegram HTML (their own markup is kept, a literal "<" is written "&lt;"), and every
 * placeable is plain text from people or the catalog, so each string param is escaped here,
 * once: a name like `<b>Lan & "Hoa"</b>` reads as typed and cannot break the message. A
 * fragment translated to go into another message is passed as plain text (`ctx.t`), so it is
 * escaped once, by the message it goes into.
 */
export function translateHtml(ctx: I18nFlavor, key: string, params: HtmlParams = {}): string {
  const escaped = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === "string" ? escapeHtml(value) : value]),
  );
  return ctx.t(key, escaped);
}
