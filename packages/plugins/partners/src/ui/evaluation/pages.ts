import type { PluginUi } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { page } from "../page";
import { ComparePage } from "./compare-page";
import { RoundPage } from "./round-page";
import { RoundsPage } from "./rounds-page";

/** Network evaluation: the rounds, one round's walk-through, and rounds compared ("compare" wins over "[id]"). */
export const evaluationPages: PluginUi["pages"] = {
  evaluation: { component: page(RoundsPage), permission: P.evaluate, titleKey: "pageTitles.evaluation" },
  "evaluation/compare": { component: page(ComparePage), permission: P.evaluate, titleKey: "pageTitles.evaluationCompare" },
  "evaluation/[id]": { component: page(RoundPage), permission: P.evaluate, titleKey: "pageTitles.evaluationRound" },
};
