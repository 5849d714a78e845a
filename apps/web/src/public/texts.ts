import type { Locale } from "@zorgzaam/core";
import { createTranslator } from "use-intl/core";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import nl from "../../messages/nl.json";

const catalogs = { nl, fr, en } as const;

/** The public site's words (catalog namespace "publicSite") in one language. */
export function publicTexts(locale: Locale) {
  return createTranslator({ locale, messages: catalogs[locale], namespace: "publicSite" });
}
export type PublicTexts = ReturnType<typeof publicTexts>;
