import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { SessionsPage } from "../../ui/pages/sessions";

/** /t/<slug>/reflectie/sessions */
export const page: PluginPage = { component: SessionsPage, permission: P.participate, titleKey: "pageTitles.sessions" };
