import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { ActionsPage } from "../../ui/pages/actions";

/** /t/<slug>/reflectie/actions */
export const page: PluginPage = { component: ActionsPage, permission: P.participate, titleKey: "pageTitles.actions" };
