import { router } from "@zorgzaam/core/plugin";
import { reportDocument } from "./documents";
import { documentRouter } from "./procedures";
import { actionsRouter } from "./routers/actions";
import { fanRouter, itemsRouter } from "./routers/fan";
import { homeRouter, noticesRouter } from "./routers/home";
import { questionsRouter, themesRouter } from "./routers/library";
import { reportsRouter } from "./routers/reports";
import { rhythmsRouter } from "./routers/rhythms";
import { sessionsRouter } from "./routers/sessions";

/** The module's API, mounted by the platform under "reflectie". Every procedure comes from procedure(permission). */
export const reflectieRouter = router({
  home: homeRouter,
  notices: noticesRouter,
  themes: themesRouter,
  questions: questionsRouter,
  sessions: sessionsRouter,
  fan: fanRouter,
  items: itemsRouter,
  actions: actionsRouter,
  rhythms: rhythmsRouter,
  reports: reportsRouter,
  /** The report PDF, through core's documents (request, status, download, recent). */
  documents: router({ report: documentRouter(reportDocument) }),
});

export type ReflectieRouter = typeof reflectieRouter;
