import type { PluginHomeUi } from "@zorgzaam/core/plugin";

/**
 * Each module's `./home` entry (its cards and home summary: server components) by id, in the order of manifests.ts:
 * what the tenant home and the neighbourhood pages show of the modules. Not in ui.ts, so that those pages' graphs do
 * not reach the modules' pages and their client code.
 */
export const moduleHome: Readonly<Record<string, () => Promise<PluginHomeUi>>> = {
  reflectie: async () => (await import("@zorgzaam/plugin-reflectie/home")).homeUi,
  partners: async () => (await import("@zorgzaam/plugin-partners/home")).homeUi,
  burenhulp: async () => (await import("@zorgzaam/plugin-burenhulp/home")).homeUi,
  bevragingen: async () => (await import("@zorgzaam/plugin-bevragingen/home")).homeUi,
  buurtanalyse: async () => (await import("@zorgzaam/plugin-buurtanalyse/home")).homeUi,
};

/** The cards and home summary of one module, or null when no such module is installed. */
export async function homeOf(id: string): Promise<PluginHomeUi | null> {
  const load = Object.hasOwn(moduleHome, id) ? moduleHome[id] : undefined;
  return load ? await load() : null;
}
