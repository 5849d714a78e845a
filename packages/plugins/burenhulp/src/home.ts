import type { PluginHomeUi } from "@zorgzaam/core/plugin";
import { cards } from "./ui/card";

/** Burenhulp on the tenant home (`@zorgzaam/plugin-burenhulp/home`): its card, a server component. */
export const homeUi: PluginHomeUi = { cards };
