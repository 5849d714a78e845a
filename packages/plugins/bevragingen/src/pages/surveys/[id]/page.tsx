import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { SurveyPage } from "../../../ui/pages/survey";

/** /t/<slug>/bevragingen/surveys/[id] */
export const page: PluginPage = { component: SurveyPage, permission: P.view, titleKey: "pageTitles.survey" };
