import type { PluginUi } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { page } from "../page";
import { ChangesPage } from "./changes-page";
import { GapsPage } from "./gaps-page";
import { NetworkPage } from "./network-page";

/** The network graph, how the network changed between two dates, and the gaps (witte vlekken). */
export const networkPages: PluginUi["pages"] = {
  network: { component: page(NetworkPage), permission: P.view, titleKey: "pageTitles.network" },
  "network/changes": { component: page(ChangesPage), permission: P.view, titleKey: "pageTitles.networkChanges" },
  gaps: { component: page(GapsPage), permission: P.view, titleKey: "pageTitles.gaps" },
};
