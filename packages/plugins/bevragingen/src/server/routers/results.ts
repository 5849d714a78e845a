import { router } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { loadResults, resultInput } from "../load-results";
import { procedure } from "../procedures";

/**
 * Results with small groups hidden (the module's setting `suppressionMin`, 5 by default): one version or all, filters
 * (channel, language, neighbourhood, an answer), a breakdown (channel, language, neighbourhood, version). Two rounds
 * side by side: the screen asks this for each round (survey.previousRoundId links them).
 */
export const resultsRouter = router({
  get: procedure(P.view)
    .input(resultInput)
    .query(async ({ ctx, input }) => loadResults(ctx.tx, input, ctx.settings.suppressionMin)),
});
