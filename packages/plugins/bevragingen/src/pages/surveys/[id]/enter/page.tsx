import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { EnterPage } from "../../../../ui/pages/enter";

/** /t/<slug>/bevragingen/surveys/[id]/enter */
export const page: PluginPage = { component: EnterPage, permission: P.enter, titleKey: "pageTitles.enter" };
