import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../manifest";
import { RequestsPage } from "../ui/pages/requests";

/** /t/<slug>/burenhulp */
export const page: PluginPage = { component: RequestsPage, permission: P.view, titleKey: "pageTitles.requests" };
