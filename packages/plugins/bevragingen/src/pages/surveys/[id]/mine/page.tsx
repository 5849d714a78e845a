import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { MinePage } from "../../../../ui/pages/mine";

/** /t/<slug>/bevragingen/surveys/[id]/mine */
export const page: PluginPage = { component: MinePage, permission: P.enter, titleKey: "pageTitles.mine" };
