import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { ReportPage } from "../../../../ui/pages/report";

/** /t/<slug>/buurtanalyse/analyses/[id]/report */
export const page: PluginPage = { component: ReportPage, permission: P.view, titleKey: "pageTitles.report" };
