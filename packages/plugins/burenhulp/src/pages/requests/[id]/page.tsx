import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { RequestPage } from "../../../ui/pages/request";

/** /t/<slug>/burenhulp/requests/[id] */
export const page: PluginPage = { component: RequestPage, permission: P.view, titleKey: "pageTitles.request" };
