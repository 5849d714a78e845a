import { router } from "@zorgzaam/core/plugin";
import { paperDocument, summaryDocument } from "./documents";
import { documentRouter } from "./procedures";
import { answersRouter } from "./routers/answers";
import { exportsRouter } from "./routers/exports";
import { publicRouter } from "./routers/public";
import { responsesRouter } from "./routers/responses";
import { resultsRouter } from "./routers/results";
import { surveysRouter } from "./routers/surveys";

/** The module's API, mounted by the platform under "bevragingen". Every procedure comes from procedure(permission). */
export const bevragingenRouter = router({
  surveys: surveysRouter,
  responses: responsesRouter,
  results: resultsRouter,
  answers: answersRouter,
  exports: exportsRouter,
  // The PDFs, made by the module's job with progress (core's documents, ADR 0033).
  documents: router({ summary: documentRouter(summaryDocument), paper: documentRouter(paperDocument) }),
  public: publicRouter,
});

export type BevragingenRouter = typeof bevragingenRouter;
