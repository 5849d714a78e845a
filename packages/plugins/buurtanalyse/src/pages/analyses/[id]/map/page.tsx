import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { MapPage } from "../../../../ui/pages/map";

/** /t/<slug>/buurtanalyse/analyses/[id]/map */
export const page: PluginPage = { component: MapPage, permission: P.view, titleKey: "pageTitles.map" };
