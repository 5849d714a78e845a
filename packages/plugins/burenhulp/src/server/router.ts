import { printableDocument } from "./documents";
import { documentRouter } from "./procedures";
import { router } from "@zorgzaam/core/plugin";
import { figuresRouter } from "./routers/figures";
import { followUpsRouter } from "./routers/follow-ups";
import { kindsRouter } from "./routers/kinds";
import { matchesRouter } from "./routers/matches";
import { mineRouter } from "./routers/mine";
import { helpersRouter, offersRouter } from "./routers/offers";
import { partnerRouter } from "./routers/partner";
import { peerRouter } from "./routers/peer";
import { publicRouter } from "./routers/public";
import { referralsRouter } from "./routers/referrals";
import { requestsRouter } from "./routers/requests";
import { areasRouter, storiesRouter } from "./routers/stories";

/** The module's API, mounted by the platform under "burenhulp". Every procedure comes from procedure(permission). */
export const burenhulpRouter = router({
  kinds: kindsRouter,
  requests: requestsRouter,
  offers: offersRouter,
  helpers: helpersRouter,
  matches: matchesRouter,
  followUps: followUpsRouter,
  figures: figuresRouter,
  referrals: referralsRouter,
  partner: partnerRouter,
  mine: mineRouter,
  peer: peerRouter,
  stories: storiesRouter,
  areas: areasRouter,
  /** Printables (BH-9), through core's documents (request, status, download, recent). */
  documents: router({ printable: documentRouter(printableDocument) }),
  public: publicRouter,
});

export type BurenhulpRouter = typeof burenhulpRouter;
