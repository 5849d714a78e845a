import type { Locale, MessageCatalog } from "@zorgzaam/core/plugins/contract";
import en from "./en.json";
import enErrors from "./errors/en.json";
import frErrors from "./errors/fr.json";
import nlErrors from "./errors/nl.json";
import fr from "./fr.json";
import nl from "./nl.json";

/** The module's catalogs, mounted under "reflectie": the words of its pages, and of its error codes under "errors". */
export const messages: Record<Locale, MessageCatalog> = {
  nl: { ...nl, errors: nlErrors },
  fr: { ...fr, errors: frErrors },
  en: { ...en, errors: enErrors },
};
