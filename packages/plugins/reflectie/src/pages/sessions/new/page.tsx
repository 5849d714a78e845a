import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { NewSessionPage } from "../../../ui/pages/new-session";

/** /t/<slug>/reflectie/sessions/new */
export const page: PluginPage = { component: NewSessionPage, permission: P.manage, titleKey: "pageTitles.sessionNew" };
