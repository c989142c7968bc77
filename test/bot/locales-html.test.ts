import { readdirSync, readFileSync } from "node:fs";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { parseTelegramHtml } from "../support/telegram-html.js";

const LOCALES = new URL("../../locales/", import.meta.url);

/**
 * The bot's messages are Telegram HTML, so any of them can go into a message sent with
 * parse_mode HTML (a literal "<" is written "&lt;"). The console's own lines are printed, never
 * sent to Telegram, and are plain text.
 */
describe.each(["vi", "en"])("every %s message is valid Telegram HTML", (locale) => {
  const files = readdirSync(new URL(`${locale}/`, LOCALES)).filter((file) => file.endsWith(".ftl") && file !== "console.ftl");
  it.each(files)("%s", (file) => {
    const bundle = new FluentBundle(locale, { useIsolating: false });
    const resource = new FluentResource(readFileSync(new URL(`${locale}/${file}`, LOCALES), "utf8"));
    bundle.addResource(resource);
    const refused = resource.body.flatMap((entry) => {
      const message = "id" in entry && !entry.id.startsWith("-") ? bundle.getMessage(entry.id) : undefined;
      if (!message?.value) return [];
      // A placeable without its variable renders as "{$name}", which is text like any other.
      const text = bundle.formatPattern(message.value, {}, []);
      const parsed = parseTelegramHtml(text);
      return parsed.ok ? [] : [`${entry.id}: ${parsed.error}`];
    });
    expect(refused).toEqual([]);
  });
});
