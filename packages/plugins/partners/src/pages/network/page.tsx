import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { NetworkPage } from "../../ui/network/network-page";

/** /t/<slug>/partners/network */
export const page: PluginPage = { component: NetworkPage, permission: P.view, titleKey: "pageTitles.network" };
