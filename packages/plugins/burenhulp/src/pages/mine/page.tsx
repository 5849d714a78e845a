import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { MinePage } from "../../ui/pages/mine";

/** /t/<slug>/burenhulp/mine */
export const page: PluginPage = { component: MinePage, permission: P.own, titleKey: "pageTitles.mine" };
