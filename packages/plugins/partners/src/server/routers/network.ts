import { router } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { networkChanges } from "../network/changes";
import { changesInput, graphInput } from "../network/input";
import { networkGraph } from "../network/load";
import { procedure } from "../procedures";

/**
 * The network: the graph of our organisations, team members, Persons and actors with who links to whom (degree,
 * betweenness and the bridges to otherwise unreached actors), and how the network changed between two dates. Reads
 * only, within `actorScope`: another organisation's private actor is never a node, an edge end or a change.
 */
export const networkRouter = router({
  graph: procedure(P.view)
    .input(graphInput)
    .query(({ ctx, input }) => networkGraph(ctx, input)),

  changes: procedure(P.view)
    .input(changesInput)
    .query(({ ctx, input }) => networkChanges(ctx, input)),
});
