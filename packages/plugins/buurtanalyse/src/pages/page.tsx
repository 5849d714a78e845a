import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../manifest";
import { AnalysesPage } from "../ui/pages/analyses";

/** /t/<slug>/buurtanalyse */
export const page: PluginPage = { component: AnalysesPage, permission: P.view, titleKey: "pageTitles.analyses" };
