import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { AnalysisPage } from "../../../ui/pages/analysis";

/** /t/<slug>/buurtanalyse/analyses/[id] */
export const page: PluginPage = { component: AnalysisPage, permission: P.view, titleKey: "pageTitles.analysis" };
