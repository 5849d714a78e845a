import type { PluginUi } from "@zorgzaam/core/plugin";
import { homeUi } from "./home";

/**
 * Reflectie's UI (`@zorgzaam/plugin-reflectie/ui`): the home card and summary of ./home. Its pages (the question fan,
 * sessions, the session room, rhythm, action points, reports) are files, src/pages/<path>/page.tsx (ADR 0038).
 */
export const ui: PluginUi = { ...homeUi };
