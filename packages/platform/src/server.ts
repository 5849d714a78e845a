import { createPlatform, type Platform } from "@zorgzaam/core";
import { server as bevragingen } from "@zorgzaam/plugin-bevragingen/server";
import { server as burenhulp } from "@zorgzaam/plugin-burenhulp/server";
import { server as buurtanalyse } from "@zorgzaam/plugin-buurtanalyse/server";
import { server as partners } from "@zorgzaam/plugin-partners/server";
import { server as reflectie } from "@zorgzaam/plugin-reflectie/server";
import { manifests } from "./manifests";
import { moduleMessages } from "./messages";

const [reflectieManifest, partnersManifest, burenhulpManifest, bevragingenManifest, buurtanalyseManifest] = manifests;

/**
 * The modules as the platform takes them (manifest, server part, catalogs: never the UI), in the order of
 * manifests.ts. What the web server, the worker, the seed and the tests build the platform from.
 */
export const modules = [
  { manifest: reflectieManifest, server: reflectie, messages: moduleMessages.reflectie },
  { manifest: partnersManifest, server: partners, messages: moduleMessages.partners },
  { manifest: burenhulpManifest, server: burenhulp, messages: moduleMessages.burenhulp },
  { manifest: bevragingenManifest, server: bevragingen, messages: moduleMessages.bevragingen },
  { manifest: buurtanalyseManifest, server: buurtanalyse, messages: moduleMessages.buurtanalyse },
] as const;

/** The platform of this installation: core and every module. Builds a new value each call; installs nothing. */
export function createAppPlatform(): AppPlatform {
  return createPlatform(modules);
}

export type AppPlatform = Platform<typeof modules>;
/** The whole API: core's routers and one router per module, under the module's id. */
export type AppRouter = AppPlatform["router"];
