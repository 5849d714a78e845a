import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { HelpersPage } from "../../ui/pages/helpers";

/** /t/<slug>/burenhulp/helpers */
export const page: PluginPage = { component: HelpersPage, permission: P.view, titleKey: "pageTitles.helpers" };
