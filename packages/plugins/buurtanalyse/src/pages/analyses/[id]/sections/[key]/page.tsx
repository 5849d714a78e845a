import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../../manifest";
import { SectionPage } from "../../../../../ui/pages/section";

/** /t/<slug>/buurtanalyse/analyses/[id]/sections/[key] */
export const page: PluginPage = { component: SectionPage, permission: P.view, titleKey: "pageTitles.section" };
