import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { LogPage } from "../../ui/pages/log";

/** /t/<slug>/burenhulp/log */
export const page: PluginPage = { component: LogPage, permission: P.view, titleKey: "pageTitles.log" };
