import type { PluginUi } from "@zorgzaam/core/plugin";

/**
 * Burenhulp's UI (`@zorgzaam/plugin-burenhulp/ui`). The staff pages are not built yet (issue 12, step 3): the
 * module's API is complete and the platform shows no navigation for it.
 */
export const ui: PluginUi = { pages: {} };
