import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { ReferPage } from "../../ui/pages/refer";

/** /t/<slug>/burenhulp/refer */
export const page: PluginPage = { component: ReferPage, permission: P.refer, titleKey: "pageTitles.refer" };
