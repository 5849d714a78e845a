import type { PluginHomeUi } from "@zorgzaam/core/plugin";
import { cards } from "./ui/card";
import { home } from "./ui/home";

/** Partners on the tenant home and a neighbourhood's page (`@zorgzaam/plugin-partners/home`): server components only. */
export const homeUi: PluginHomeUi = { cards, home };
