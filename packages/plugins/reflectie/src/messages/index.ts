import type { Locale, MessageCatalog } from "@zorgzaam/core/plugin";
import enAudit from "./audit/en.json";
import frAudit from "./audit/fr.json";
import nlAudit from "./audit/nl.json";
import en from "./en.json";
import enErrors from "./errors/en.json";
import frErrors from "./errors/fr.json";
import nlErrors from "./errors/nl.json";
import fr from "./fr.json";
import nl from "./nl.json";

/** The module's catalogs, mounted under "reflectie": the words of its pages, and of its error codes under "errors", the labels of its audit events and targets under "audit". */
export const messages: Record<Locale, MessageCatalog> = {
  nl: { ...nl, errors: nlErrors, audit: nlAudit },
  fr: { ...fr, errors: frErrors, audit: frAudit },
  en: { ...en, errors: enErrors, audit: enAudit },
};
