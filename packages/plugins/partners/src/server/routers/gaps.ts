import { router } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { networkGaps } from "../network/gaps";
import { gapsInput } from "../network/input";
import { procedure } from "../procedures";

/** Witte vlekken: sectors without an active partner per neighbourhood, dormant ties, missing places. */
export const gapsRouter = router({
  list: procedure(P.view)
    .input(gapsInput)
    .query(({ ctx, input }) => networkGaps(ctx, input)),
});
