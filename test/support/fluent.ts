import { readFileSync } from "node:fs";
import { FluentBundle, FluentResource } from "@fluent/bundle";

/** A translate function as the bot's, over the real Fluent files of a language. */
export type TestTranslate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Loads `locales/<locale>/<file>.ftl` into a Fluent bundle set up as the bot sets up its own
 * (no bidi isolation marks), and returns a `t` that fails loudly on an unknown key or a
 * missing variable, so tests assert the text people actually read.
 */
export function fluentTranslate(locale: "vi" | "en", ...files: string[]): TestTranslate {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const file of files) {
    const source = readFileSync(new URL(`../../locales/${locale}/${file}.ftl`, import.meta.url), "utf8");
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length > 0) throw new Error(`${locale}/${file}.ftl: ${errors.map(String).join("; ")}`);
  }
  return (key, params) => {
    const message = bundle.getMessage(key);
    if (!message?.value) throw new Error(`No Fluent message ${key} in ${locale}`);
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, params, errors);
    if (errors.length > 0) throw new Error(`${key}: ${errors.map(String).join("; ")}`);
    return text;
  };
}
