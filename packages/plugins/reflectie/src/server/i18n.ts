import type { Locale } from "@zorgzaam/core/plugin";
import { createTranslator } from "use-intl/core";
import en from "../messages/en.json";
import fr from "../messages/fr.json";
import nl from "../messages/nl.json";

export const catalogs = { nl, fr, en } as const;

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** The module's messages outside React (mail, PDF): the same catalogs and ICU syntax as the pages. */
export function translator(locale: Locale, namespace: string): Translate {
  const t = createTranslator({
    locale,
    messages: catalogs[locale] as Record<string, unknown>,
    namespace,
    timeZone: "Europe/Brussels",
  } as never) as unknown as (key: string, values?: Record<string, string | number | Date>) => string;
  return (key, values) => t(key, values);
}

export function formatDay(d: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : `${locale}-BE`, {
    timeZone: "Europe/Brussels",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(d);
}

export function formatDayTime(d: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : `${locale}-BE`, {
    timeZone: "Europe/Brussels",
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
}
