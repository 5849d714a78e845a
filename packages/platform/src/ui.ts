import type { PluginUi } from "@zorgzaam/core/plugin";

/**
 * Each module's UI by its id, in the order of manifests.ts, loaded when a page asks for it: the page of module X loads
 * X's UI only, and a page that shows no module (the layout, core's pages) loads none.
 */
export const moduleUi: Readonly<Record<string, () => Promise<PluginUi>>> = {
  reflectie: async () => (await import("@zorgzaam/plugin-reflectie/ui")).ui,
  partners: async () => (await import("@zorgzaam/plugin-partners/ui")).ui,
  burenhulp: async () => (await import("@zorgzaam/plugin-burenhulp/ui")).ui,
};

/** The UI of one module, or null when no such module is installed. */
export async function uiOf(id: string): Promise<PluginUi | null> {
  const load = Object.hasOwn(moduleUi, id) ? moduleUi[id] : undefined;
  return load ? await load() : null;
}
