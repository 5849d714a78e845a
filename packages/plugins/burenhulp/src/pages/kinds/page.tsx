import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { KindsPage } from "../../ui/pages/kinds";

/** /t/<slug>/burenhulp/kinds */
export const page: PluginPage = { component: KindsPage, permission: P.kinds, titleKey: "pageTitles.kinds" };
