import type { PluginUi } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { page } from "../page";
import { ListPage } from "./list-page";
import { MapPage } from "./map-page";

/** The buurtkaart (the module's start page) and the list of the same actors on its own page. */
export const mapPages: PluginUi["pages"] = {
  "": { component: page(MapPage), permission: P.view, titleKey: "pageTitles.map" },
  list: { component: page(ListPage), permission: P.view, titleKey: "pageTitles.list" },
};
