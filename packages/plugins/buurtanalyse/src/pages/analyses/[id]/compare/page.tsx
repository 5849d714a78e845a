import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { ComparePage } from "../../../../ui/pages/compare";

/** /t/<slug>/buurtanalyse/analyses/[id]/compare */
export const page: PluginPage = { component: ComparePage, permission: P.view, titleKey: "pageTitles.compare" };
