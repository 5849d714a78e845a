import type { PluginUi } from "@zorgzaam/core/plugin";
import { homeUi } from "./home";
import { pages } from "./ui/pages/index";

/**
 * Reflectie's UI (`@zorgzaam/plugin-reflectie/ui`): the question fan, sessions, the session room, rhythm, action
 * points and reports, with the home card and summary of ./home. React only: it reads through the host's callers and
 * knows its router by type.
 */
export const ui: PluginUi = { pages, ...homeUi };
