import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { AnswersPage } from "../../../../ui/pages/answers";

/** /t/<slug>/bevragingen/surveys/[id]/answers */
export const page: PluginPage = { component: AnswersPage, permission: P.manage, titleKey: "pageTitles.answers" };
