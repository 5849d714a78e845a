import type { PluginHomeUi } from "@zorgzaam/core/plugin";
import { cards } from "./ui/card";

/** Bevragingen on the tenant home (`@zorgzaam/plugin-bevragingen/home`): its card, a server component. */
export const homeUi: PluginHomeUi = { cards };
