import { messages as bevragingen } from "@zorgzaam/plugin-bevragingen/messages";
import { messages as burenhulp } from "@zorgzaam/plugin-burenhulp/messages";
import { messages as buurtanalyse } from "@zorgzaam/plugin-buurtanalyse/messages";
import { messages as partners } from "@zorgzaam/plugin-partners/messages";
import { messages as reflectie } from "@zorgzaam/plugin-reflectie/messages";

/** Each module's catalogs (nl, fr, en) by its id, in the order of manifests.ts. */
export const moduleMessages = { reflectie, partners, burenhulp, bevragingen, buurtanalyse } as const;
