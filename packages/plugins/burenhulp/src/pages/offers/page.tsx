import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { OffersPage } from "../../ui/pages/offers";

/** /t/<slug>/burenhulp/offers */
export const page: PluginPage = { component: OffersPage, permission: P.view, titleKey: "pageTitles.offers" };
