import type { PluginUi } from "@zorgzaam/core/plugin";
import { cards } from "./ui/card";
import { home } from "./ui/home";
import { pages } from "./ui/pages";

/**
 * Partners' UI (`@zorgzaam/plugin-partners/ui`): the map, the list, actors, the network, gaps, evaluation rounds and
 * import/export pages, the home card and the home summary. React only: it reads through the host's callers and knows
 * its router by type.
 */
export const ui: PluginUi = { pages, cards, home };
