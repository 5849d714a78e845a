import type { PluginUi } from "@zorgzaam/core/plugin";

/**
 * Each module's UI by its id, in the order of manifests.ts, loaded when a server page asks for it (the public site's
 * module pages). The tenant home and neighbourhood pages take only each module's `./home` (home.ts), so they load none
 * of its client code. Staff module pages do not come through here: they are files of the module
 * (src/pages/<path>/page.tsx), and apps/web/module-routes.mjs writes a route per file that imports only that file, so a
 * page carries no other page's client code (ADR 0038).
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
