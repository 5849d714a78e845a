import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { PaperPage } from "../../../../ui/pages/paper";

/** /t/<slug>/bevragingen/surveys/[id]/paper */
export const page: PluginPage = { component: PaperPage, permission: P.enter, titleKey: "pageTitles.paper" };
