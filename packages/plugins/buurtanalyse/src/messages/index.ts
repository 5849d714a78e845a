import type { Locale, MessageCatalog } from "@zorgzaam/core/plugin";
import enAudit from "./en/audit.json";
import enCommon from "./en/common.json";
import enErrors from "./en/errors.json";
import enResidents from "./en/residents.json";
import frAudit from "./fr/audit.json";
import frCommon from "./fr/common.json";
import frErrors from "./fr/errors.json";
import frResidents from "./fr/residents.json";
import nlAudit from "./nl/audit.json";
import nlCommon from "./nl/common.json";
import nlErrors from "./nl/errors.json";
import nlResidents from "./nl/residents.json";

/**
 * The catalogs, mounted under "buurtanalyse": common.json holds the words of the screens, sections, statuses and
 * verdicts; errors.json the words of the error codes (server/errors.ts); audit.json the labels of the audit
 * events and targets the manifest declares; residents.json the residents' summary and its public page.
 */
export const messages: Record<Locale, MessageCatalog> = {
  nl: { ...nlCommon, errors: nlErrors, audit: nlAudit, residents: nlResidents },
  fr: { ...frCommon, errors: frErrors, audit: frAudit, residents: frResidents },
  en: { ...enCommon, errors: enErrors, audit: enAudit, residents: enResidents },
};
