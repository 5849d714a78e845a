import { router } from "@zorgzaam/core/plugin";
import { kindsRouter } from "./routers/kinds";
import { matchesRouter } from "./routers/matches";
import { helpersRouter, offersRouter } from "./routers/offers";
import { partnerRouter } from "./routers/partner";
import { publicRouter } from "./routers/public";
import { referralsRouter } from "./routers/referrals";
import { requestsRouter } from "./routers/requests";

/** The module's API, mounted by the platform under "burenhulp". Every procedure comes from procedure(permission). */
export const burenhulpRouter = router({
  kinds: kindsRouter,
  requests: requestsRouter,
  offers: offersRouter,
  helpers: helpersRouter,
  matches: matchesRouter,
  referrals: referralsRouter,
  partner: partnerRouter,
  public: publicRouter,
});

export type BurenhulpRouter = typeof burenhulpRouter;
