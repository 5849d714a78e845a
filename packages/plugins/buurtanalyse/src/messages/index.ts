import type { Locale, MessageCatalog } from "@zorgzaam/core/plugin";
import enAudit from "./en/audit.json";
import enCommon from "./en/common.json";
import enErrors from "./en/errors.json";
import frAudit from "./fr/audit.json";
import frCommon from "./fr/common.json";
import frErrors from "./fr/errors.json";
import nlAudit from "./nl/audit.json";
import nlCommon from "./nl/common.json";
import nlErrors from "./nl/errors.json";

/**
 * The catalogs, mounted under "buurtanalyse": common.json holds the words of the screens, sections, statuses and
 * verdicts; errors.json the words of the error codes (server/errors.ts); audit.json the labels of the audit
 * events and targets the manifest declares.
 */
export const messages: Record<Locale, MessageCatalog> = {
  nl: { ...nlCommon, errors: nlErrors, audit: nlAudit },
  fr: { ...frCommon, errors: frErrors, audit: frAudit },
  en: { ...enCommon, errors: enErrors, audit: enAudit },
};
