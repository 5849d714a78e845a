import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { RoundsPage } from "../../ui/evaluation/rounds-page";

/** /t/<slug>/partners/evaluation */
export const page: PluginPage = { component: RoundsPage, permission: P.evaluate, titleKey: "pageTitles.evaluation" };
