/**
 * The platform as the web app, the worker, the seed and the tests see it: core plus every module of the registry
 * (plugins.ts). Importing this file registers nothing: an entry point builds the platform with createAppPlatform()
 * and installs it (installPlatform) once, see docs/decisions/0007-plugin-contract.md.
 */
import { createPlatform, type Platform, type PluginDefinition } from "@zorgzaam/core";
import { plugins } from "./plugins";

/** The platform of this installation: core and every module of the registry. */
export function createAppPlatform(): AppPlatform {
  return createPlatform(plugins);
}

export type AppPlatform = Platform<typeof plugins>;
/** The whole API: core's routers and one router per module, under the module's id. */
export type AppRouter = AppPlatform["router"];

export { plugins };
export const pluginList: readonly PluginDefinition[] = plugins;
