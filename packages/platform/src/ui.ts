import type { PluginUi } from "@zorgzaam/core/plugin";

/**
 * Each module's UI by its id, in the order of manifests.ts, loaded when a page asks for it. The tenant home and
 * neighbourhood pages take only each module's `./home` (home.ts), so they load none of its client code. The module catch-all page loads every module's `./ui` into its graph (one
 * route for all modules): a module's page therefore carries the other modules' client code too (docs/performance.md).
 */
export const moduleUi: Readonly<Record<string, () => Promise<PluginUi>>> = {
  reflectie: async () => (await import("@zorgzaam/plugin-reflectie/ui")).ui,
  partners: async () => (await import("@zorgzaam/plugin-partners/ui")).ui,
  burenhulp: async () => (await import("@zorgzaam/plugin-burenhulp/ui")).ui,
  bevragingen: async () => (await import("@zorgzaam/plugin-bevragingen/ui")).ui,
  buurtanalyse: async () => (await import("@zorgzaam/plugin-buurtanalyse/ui")).ui,
};

/** The UI of one module, or null when no such module is installed. */
export async function uiOf(id: string): Promise<PluginUi | null> {
  const load = Object.hasOwn(moduleUi, id) ? moduleUi[id] : undefined;
  return load ? await load() : null;
}
