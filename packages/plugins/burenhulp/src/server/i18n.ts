import type { Locale } from "@zorgzaam/core/plugin";
import { createTranslator } from "use-intl/core";
import { messages } from "../messages/index";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The module's words outside React (mail): the same catalogs and ICU syntax as the pages. */
export function translator(locale: Locale, namespace?: string): Translate {
  const t = createTranslator({
    locale,
    messages: messages[locale] as Record<string, unknown>,
    namespace,
    timeZone: "Europe/Brussels",
  } as never) as unknown as Translate;
  return (key, values) => t(key, values);
}

/** A person's language for a mail: the first of hers the platform speaks, else the tenant's. */
export function mailLocale(languages: readonly string[], fallback: string): Locale {
  const l = languages.find((x) => x === "nl" || x === "fr" || x === "en") ?? fallback;
  return (l === "fr" || l === "en" ? l : "nl") as Locale;
}

export function formatDay(d: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : `${locale}-BE`, {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
  }).format(d);
}
