import type { PluginUi } from "@zorgzaam/core/plugin";
import { home } from "./ui/home";
import { cards, pages } from "./ui/pages/index";

/**
 * Reflectie's UI (`@zorgzaam/plugin-reflectie/ui`): the question fan, sessions, the session room, rhythm, action
 * points and reports, the home card and the home summary. React only: it reads through the host's callers and knows
 * its router by type.
 */
export const ui: PluginUi = { pages, cards, home };
