import type { PluginHomeUi } from "@zorgzaam/core/plugin";
import { cards } from "./ui/card";

/** Buurtanalyse on the tenant home (`@zorgzaam/plugin-buurtanalyse/home`): its card, a server component. */
export const homeUi: PluginHomeUi = { cards };
