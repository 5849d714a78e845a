import type { PluginDefinition } from "./contract";
import { assertManifest } from "./manifest";

/**
 * The modules of this process, in dependency order. Filled once at start-up by the platform package
 * (packages/platform), which is the only place that imports module packages; core itself never does.
 */
const plugins = new Map<string, PluginDefinition>();

export function registerPlugins(list: readonly PluginDefinition[]): void {
  for (const p of list) {
    assertManifest(p.manifest);
    const existing = plugins.get(p.manifest.id);
    // In development, hot reload re-creates module objects: the newest one replaces the old.
    if (existing && existing !== p && process.env.NODE_ENV === "production") throw new Error(`Two modules use the id "${p.manifest.id}"`);
    plugins.set(p.manifest.id, p);
  }
  for (const p of plugins.values()) {
    for (const dep of p.manifest.dependsOn) {
      if (!plugins.has(dep)) throw new Error(`Module "${p.manifest.id}" depends on "${dep}", which is not registered`);
    }
  }
}

export function registeredPlugins(): PluginDefinition[] {
  return [...plugins.values()];
}

export function getPlugin(id: string): PluginDefinition | undefined {
  return plugins.get(id);
}
