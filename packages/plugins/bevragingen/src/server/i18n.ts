import type { Locale } from "@zorgzaam/core/plugin";
import { createTranslator } from "use-intl/core";
import { messages } from "../messages/index";

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** The module's words outside React (exports, PDFs): the same catalogs and ICU syntax as the pages. */
export function translator(locale: Locale): Translate {
  const t = createTranslator({
    locale,
    messages: messages[locale] as Record<string, unknown>,
    timeZone: "Europe/Brussels",
  } as never) as unknown as Translate;
  return (key, values) => t(key, values);
}
