import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../manifest";
import { StartPage } from "../ui/pages/start";

/** /t/<slug>/reflectie */
export const page: PluginPage = { component: StartPage, permission: P.participate, titleKey: "pageTitles.start" };
