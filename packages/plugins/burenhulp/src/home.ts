import type { PluginHomeUi } from "@zorgzaam/core/plugin";
import { cards } from "./ui/card";
import { personSection } from "./ui/person-section";

/**
 * Burenhulp on core's pages (`@zorgzaam/plugin-burenhulp/home`): its card on the tenant home and its section on a
 * person's page (both sides of the person), server components.
 */
export const homeUi: PluginHomeUi = { cards, person: personSection };
