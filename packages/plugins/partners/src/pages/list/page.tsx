import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { ListPage } from "../../ui/map/list-page";

/** /t/<slug>/partners/list */
export const page: PluginPage = { component: ListPage, permission: P.view, titleKey: "pageTitles.list" };
