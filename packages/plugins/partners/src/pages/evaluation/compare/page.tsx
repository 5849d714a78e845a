import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { ComparePage } from "../../../ui/evaluation/compare-page";

/** /t/<slug>/partners/evaluation/compare */
export const page: PluginPage = { component: ComparePage, permission: P.evaluate, titleKey: "pageTitles.evaluationCompare" };
