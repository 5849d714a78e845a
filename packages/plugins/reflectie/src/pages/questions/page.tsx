import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { QuestionsPage } from "../../ui/pages/questions";

/** /t/<slug>/reflectie/questions */
export const page: PluginPage = { component: QuestionsPage, permission: P.sets, titleKey: "pageTitles.questions" };
