import { router } from "@zorgzaam/core/plugin";
import { acquaintancesRouter } from "./routers/acquaintances";
import { actorsRouter } from "./routers/actors";
import { evaluationRouter } from "./routers/evaluation";
import { gapsRouter } from "./routers/gaps";
import { homeRouter } from "./routers/home";
import { linksRouter } from "./routers/links";
import { mapRouter } from "./routers/map";
import { networkRouter } from "./routers/network";
import { relationshipsRouter } from "./routers/relationships";
import { sectorsRouter } from "./routers/sectors";
import { transferRouter } from "./routers/transfer";

/** The module's API, mounted by the platform under "partners". Every procedure comes from procedure(permission). */
export const partnersRouter = router({
  actors: actorsRouter,
  relationships: relationshipsRouter,
  links: linksRouter,
  acquaintances: acquaintancesRouter,
  sectors: sectorsRouter,
  map: mapRouter,
  network: networkRouter,
  gaps: gapsRouter,
  home: homeRouter,
  evaluation: evaluationRouter,
  transfer: transferRouter,
});

export type PartnersRouter = typeof partnersRouter;
