import { router } from "@zorgzaam/core/plugin";
import { answerProcedures } from "./evaluation/answers";
import { closingProcedures } from "./evaluation/closing";
import { compareProcedures } from "./evaluation/compare";
import { followUpsRouter } from "./evaluation/follow-ups";
import { roundProcedures } from "./evaluation/rounds";
import { walkThroughProcedures } from "./evaluation/walk-through";

/**
 * Network evaluation rounds: the regie starts a round, the team answers the guiding questions per actor and for the
 * whole network, records follow-ups, and the regie closes it (optionally applying the proposed statuses, which then
 * go through the actor history). Every read follows `actorScope`: a round shows each member only the actors they may
 * see, and a follow-up about an invisible actor does not exist for them.
 *
 * The procedures live per sub-area in ./evaluation/; they are merged flat here, so every path stays
 * `evaluation.<name>` (only the follow-ups are a sub-router: `evaluation.followUps.<name>`).
 */
export const evaluationRouter = router({
  ...roundProcedures,
  ...walkThroughProcedures,
  ...answerProcedures,
  followUps: followUpsRouter,
  ...closingProcedures,
  ...compareProcedures,
});
