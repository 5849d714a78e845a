import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../manifest";
import { MapPage } from "../ui/map/map-page";

/** /t/<slug>/partners */
export const page: PluginPage = { component: MapPage, permission: P.view, titleKey: "pageTitles.map" };
