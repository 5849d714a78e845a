import { router } from "@zorgzaam/core/plugin";
import { reportDocument } from "./documents";
import { documentRouter } from "./procedures";
import { analysesRouter } from "./routers/analyses";
import { boundaryRouter } from "./routers/boundary";
import { compareRouter } from "./routers/compare";
import { fieldRouter } from "./routers/field";
import { hypothesesRouter } from "./routers/hypotheses";
import { indicatorsRouter } from "./routers/indicators";
import { leadsRouter } from "./routers/leads";
import { listsRouter } from "./routers/lists";
import { mapRouter } from "./routers/map";
import { planRouter } from "./routers/plan";
import { reportRouter } from "./routers/report";
import { publicRouter } from "./routers/public";
import { sectionsRouter } from "./routers/sections";
import { surveysRouter } from "./routers/surveys";
import { summaryRouter } from "./routers/summary";

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
  leads: leadsRouter,
  field: fieldRouter,
  surveys: surveysRouter,
  /** The residents' summary (write, publish) and its public side. */
  summary: summaryRouter,
  public: publicRouter,
  /** The report PDF per audience, through core's documents (request, status, download, recent). */
  documents: router({ report: documentRouter(reportDocument) }),
});

export type BuurtanalyseRouter = typeof buurtanalyseRouter;
