import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { PrintablesPage } from "../../ui/pages/printables";

/** /t/<slug>/burenhulp/printables */
export const page: PluginPage = { component: PrintablesPage, permission: P.manage, titleKey: "pageTitles.printables" };
