import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../manifest";
import { SurveysPage } from "../ui/pages/surveys";

/** /t/<slug>/bevragingen */
export const page: PluginPage = { component: SurveysPage, permission: P.view, titleKey: "pageTitles.surveys" };
