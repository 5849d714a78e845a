import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { ReportPage } from "../../../../ui/pages/report";

/** /t/<slug>/reflectie/sessions/[id]/report */
export const page: PluginPage = { component: ReportPage, permission: P.participate, titleKey: "pageTitles.report" };
