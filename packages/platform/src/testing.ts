import type { PluginDefinition } from "@zorgzaam/core";
import { modules } from "./server";
import { uiOf } from "./ui";

/**
 * Every module whole (manifest, server, UI, catalogs), in the order of manifests.ts: for the contract tests, which
 * check all its entry points together. No process of the app loads this.
 */
export const pluginList: readonly PluginDefinition[] = await Promise.all(
  modules.map(async (m): Promise<PluginDefinition> => {
    const ui = await uiOf(m.manifest.id);
    if (!ui) throw new Error(`Module "${m.manifest.id}" has no UI in packages/platform/src/ui.ts`);
    return { ...m, ui };
  }),
);
