import path from "node:path";
import type { PluginDefinition } from "@zorgzaam/core";
import { loadModulePages } from "@zorgzaam/core/testing";
import { modules } from "./server";
import { uiOf } from "./ui";

/** The folder of the module packages; a module's folder is named by its id (as apps/web/module-routes.mjs reads it). */
export const PLUGINS_DIR = path.resolve(import.meta.dirname, "../../plugins");

/**
 * Every module whole (manifest, server, UI, its pages from its page files, catalogs), in the order of manifests.ts:
 * for the contract tests, which check all its entry points together. No process of the app loads this.
 */
export const pluginList: readonly PluginDefinition[] = await Promise.all(
  modules.map(async (m): Promise<PluginDefinition> => {
    const ui = await uiOf(m.manifest.id);
    if (!ui) throw new Error(`Module "${m.manifest.id}" has no UI in packages/platform/src/ui.ts`);
    return { ...m, ui, pages: await loadModulePages(path.join(PLUGINS_DIR, m.manifest.id)) };
  }),
);
