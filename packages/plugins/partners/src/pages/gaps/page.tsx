import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { GapsPage } from "../../ui/network/gaps-page";

/** /t/<slug>/partners/gaps */
export const page: PluginPage = { component: GapsPage, permission: P.view, titleKey: "pageTitles.gaps" };
