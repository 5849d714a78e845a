import type { Locale } from "@zorgzaam/core/plugin";
import { createTranslator } from "use-intl/core";
import { messages } from "../messages/index";

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** The module's messages outside React (the PDF): the same catalogs and ICU syntax as the pages. */
export function translator(locale: Locale, namespace?: string): Translate {
  const t = createTranslator({
    locale,
    messages: messages[locale] as Record<string, unknown>,
    namespace,
    timeZone: "Europe/Brussels",
  } as never) as unknown as Translate;
  return (key, values) => t(key, values);
}

export function formatDate(d: Date | null, locale: Locale): string {
  if (!d) return "";
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : `${locale}-BE`, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(d);
}
