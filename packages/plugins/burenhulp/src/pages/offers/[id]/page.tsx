import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { OfferPage } from "../../../ui/pages/offers";

/** /t/<slug>/burenhulp/offers/[id] */
export const page: PluginPage = { component: OfferPage, permission: P.view, titleKey: "pageTitles.offer" };
