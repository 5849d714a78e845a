import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { RoundPage } from "../../../ui/evaluation/round-page";

/** /t/<slug>/partners/evaluation/[id] */
export const page: PluginPage = { component: RoundPage, permission: P.evaluate, titleKey: "pageTitles.evaluationRound" };
