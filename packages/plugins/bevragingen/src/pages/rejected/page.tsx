import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { RejectedPage } from "../../ui/pages/rejected";

/** /t/<slug>/bevragingen/rejected */
export const page: PluginPage = { component: RejectedPage, permission: P.enter, titleKey: "pageTitles.rejected" };
