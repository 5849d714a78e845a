import { router } from "@zorgzaam/core/plugin";
import { analysesRouter } from "./routers/analyses";
import { boundaryRouter } from "./routers/boundary";
import { compareRouter } from "./routers/compare";
import { fieldRouter } from "./routers/field";
import { hypothesesRouter } from "./routers/hypotheses";
import { indicatorsRouter } from "./routers/indicators";
import { listsRouter } from "./routers/lists";
import { mapRouter } from "./routers/map";
import { planRouter } from "./routers/plan";
import { reportRouter } from "./routers/report";
import { sectionsRouter } from "./routers/sections";
import { surveysRouter } from "./routers/surveys";

/** The module's API, mounted by the platform under "buurtanalyse". Every procedure comes from procedure(permission). */
export const buurtanalyseRouter = router({
  analyses: analysesRouter,
  sections: sectionsRouter,
  hypotheses: hypothesesRouter,
  indicators: indicatorsRouter,
  plan: planRouter,
  map: mapRouter,
  boundary: boundaryRouter,
  compare: compareRouter,
  report: reportRouter,
  lists: listsRouter,
  field: fieldRouter,
  surveys: surveysRouter,
});

export type BuurtanalyseRouter = typeof buurtanalyseRouter;
