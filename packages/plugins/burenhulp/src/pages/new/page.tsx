import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { IntakePage } from "../../ui/pages/intake";

/** /t/<slug>/burenhulp/new */
export const page: PluginPage = { component: IntakePage, permission: P.manage, titleKey: "pageTitles.new" };
