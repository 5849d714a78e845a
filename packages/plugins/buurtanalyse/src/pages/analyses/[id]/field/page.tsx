import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { FieldPage } from "../../../../ui/pages/field";

/** /t/<slug>/buurtanalyse/analyses/[id]/field */
export const page: PluginPage = { component: FieldPage, permission: P.view, titleKey: "pageTitles.field" };
