import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { BoundaryPage } from "../../../../ui/pages/boundary";

/** /t/<slug>/buurtanalyse/analyses/[id]/boundary */
export const page: PluginPage = { component: BoundaryPage, permission: P.view, titleKey: "pageTitles.boundary" };
