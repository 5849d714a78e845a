import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { ListsPage } from "../../ui/pages/lists";

/** /t/<slug>/buurtanalyse/lists */
export const page: PluginPage = { component: ListsPage, permission: P.manage, titleKey: "pageTitles.lists" };
