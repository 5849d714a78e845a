import type { PluginUi } from "@zorgzaam/core/plugin";
import { homeUi } from "./home";
import { pages } from "./ui/pages";

/**
 * Partners' UI (`@zorgzaam/plugin-partners/ui`): the map, the list, actors, the network, gaps, evaluation rounds and
 * import/export pages, with the home card and summary of ./home. React only: it reads through the host's callers and
 * knows its router by type.
 */
export const ui: PluginUi = { pages, ...homeUi };
