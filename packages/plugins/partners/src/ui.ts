import type { PluginUi } from "@zorgzaam/core/plugin";
import { homeUi } from "./home";

/**
 * Partners' UI (`@zorgzaam/plugin-partners/ui`): the home card and summary of ./home. Its pages (the map, the list,
 * actors, the network, gaps, evaluation rounds, import) are files, src/pages/<path>/page.tsx (ADR 0038).
 */
export const ui: PluginUi = { ...homeUi };
