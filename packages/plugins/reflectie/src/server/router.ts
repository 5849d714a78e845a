import { router } from "@zorgzaam/core/plugin";
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
});

export type ReflectieRouter = typeof reflectieRouter;
