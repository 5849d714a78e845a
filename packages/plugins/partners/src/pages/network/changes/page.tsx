import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { ChangesPage } from "../../../ui/network/changes-page";

/** /t/<slug>/partners/network/changes */
export const page: PluginPage = { component: ChangesPage, permission: P.view, titleKey: "pageTitles.networkChanges" };
