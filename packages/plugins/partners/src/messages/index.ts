import type { Locale, MessageCatalog } from "@zorgzaam/core/plugin";
import enActors from "./en/actors.json";
import enAudit from "./en/audit.json";
import enCommon from "./en/common.json";
import enErrors from "./en/errors.json";
import enEvaluation from "./en/evaluation.json";
import enMap from "./en/map.json";
import enNetwork from "./en/network.json";
import enSettings from "./en/settings.json";
import enTransfer from "./en/transfer.json";
import frActors from "./fr/actors.json";
import frAudit from "./fr/audit.json";
import frCommon from "./fr/common.json";
import frErrors from "./fr/errors.json";
import frEvaluation from "./fr/evaluation.json";
import frMap from "./fr/map.json";
import frNetwork from "./fr/network.json";
import frSettings from "./fr/settings.json";
import frTransfer from "./fr/transfer.json";
import nlActors from "./nl/actors.json";
import nlAudit from "./nl/audit.json";
import nlCommon from "./nl/common.json";
import nlErrors from "./nl/errors.json";
import nlEvaluation from "./nl/evaluation.json";
import nlMap from "./nl/map.json";
import nlNetwork from "./nl/network.json";
import nlSettings from "./nl/settings.json";
import nlTransfer from "./nl/transfer.json";

/**
 * The catalogs, one file per area and language (so each area's text stays beside its siblings), mounted under
 * "partners": common.json holds shared words (kinds, statuses, sectors' UI, navigation); each area file sits under
 * its own key ("actors", "map", "network", "evaluation", "transfer"); errors.json holds the words of the module's
 * error codes (server/errors.ts), settings.json the settings form's labels and choices, audit.json the labels of the
 * audit events and targets the manifest declares.
 */
export const messages: Record<Locale, MessageCatalog> = {
  nl: {
    ...nlCommon,
    ...nlSettings,
    audit: nlAudit,
    actors: nlActors,
    map: nlMap,
    network: nlNetwork,
    evaluation: nlEvaluation,
    transfer: nlTransfer,
    errors: nlErrors,
  },
  fr: {
    ...frCommon,
    ...frSettings,
    audit: frAudit,
    actors: frActors,
    map: frMap,
    network: frNetwork,
    evaluation: frEvaluation,
    transfer: frTransfer,
    errors: frErrors,
  },
  en: {
    ...enCommon,
    ...enSettings,
    audit: enAudit,
    actors: enActors,
    map: enMap,
    network: enNetwork,
    evaluation: enEvaluation,
    transfer: enTransfer,
    errors: enErrors,
  },
};
