import { manifest as bevragingen } from "@zorgzaam/plugin-bevragingen/manifest";
import { manifest as burenhulp } from "@zorgzaam/plugin-burenhulp/manifest";
import { manifest as buurtanalyse } from "@zorgzaam/plugin-buurtanalyse/manifest";
import { manifest as partners } from "@zorgzaam/plugin-partners/manifest";
import { manifest as reflectie } from "@zorgzaam/plugin-reflectie/manifest";

/**
 * THE list of the modules of this platform, in dependency order: their manifests (pure data, safe anywhere). The other
 * lists of this folder (server.ts, ui.ts, home.ts, messages.ts) name the same modules in the same order, each taking one entry
 * point of the module package, so a process loads only what it runs; lists.test.ts holds them equal.
 * Adding a module: its package under packages/plugins/<id>, one line in each of the five lists, its schema file + SQL
 * migration (docs/decisions/0007-plugin-contract.md).
 */
export const manifests = [reflectie, partners, burenhulp, bevragingen, buurtanalyse] as const;
