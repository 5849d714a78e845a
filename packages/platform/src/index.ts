/**
 * The platform as the web app, the worker and the tests see it: core plus every registered module.
 * Importing this module registers the modules (permissions, jobs) once per process.
 */
import { coreJobs, coreRouters, type PluginDefinition, registerJobs, registerPlugins, router } from "@zorgzaam/core";
import { plugins } from "./plugins";

registerPlugins(plugins as readonly PluginDefinition[]);
registerJobs([...coreJobs, ...(plugins as readonly PluginDefinition[]).flatMap((p) => p.server.jobs)]);

type Plugins = typeof plugins;
type PluginRouters = {
  [P in Plugins[number] as P extends PluginDefinition ? P["manifest"]["id"] : never]: P extends PluginDefinition<infer _M, infer R>
    ? R
    : never;
};

const pluginRouters = Object.fromEntries(
  (plugins as readonly PluginDefinition[]).map((p) => [p.manifest.id, p.server.router]),
) as PluginRouters;

/** The whole API: core's routers and one router per module, under the module's id. */
export const appRouter = router({ ...coreRouters, ...pluginRouters });
export type AppRouter = typeof appRouter;

export { plugins };
export const pluginList: readonly PluginDefinition[] = plugins;
