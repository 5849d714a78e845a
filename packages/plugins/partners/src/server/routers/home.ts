import { router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { ACTIVE_STATUSES } from "../../domain";
import { P } from "../../manifest";
import { actorScope } from "../access";
import { networkGaps } from "../network/gaps";
import { procedure } from "../procedures";
import { id } from "../schemas";
import { zodMessage } from "../errors";

/** Changes listed on "Mijn werk" (the changes page has the rest). */
const RECENT = 5;

const homeInput = z.object({
  /** The neighbourhoods the home page shows (all the member sees, or her own). */
  neighbourhoodIds: z
    .array(id)
    .max(500, zodMessage("partners.schema.maxNeighbourhoods", { max: 500 }))
    .default([]),
});

/**
 * What the module adds to "Mijn werk" and to a neighbourhood's page, within what the member may see (the visibility
 * rule, RLS): per neighbourhood the actors that serve it, the active partners, the sectors without one (gaps) and the
 * dormant ties; the newest changes to actors in those neighbourhoods; and what other organisations share.
 */
export const homeRouter = router({
  summary: procedure(P.view)
    .input(homeInput)
    .query(async ({ ctx, input }) => {
      const wanted = new Set(input.neighbourhoodIds);
      const gaps = await networkGaps(ctx, {});
      const neighbourhoods = gaps.neighbourhoods.flatMap((g) => {
        if (!g.neighbourhood || !wanted.has(g.neighbourhood.id)) return [];
        return [{ id: g.neighbourhood.id, gaps: g.gaps.length, dormant: g.dormantTies.length, missing: g.missingPlaces.length }];
      });
      const scope = actorScope(ctx);
      const inWanted = { neighbourhoodIds: { hasSome: [...wanted] } };
      const counts = await ctx.tx.partnersActor.findMany({
        where: { AND: [scope, inWanted] },
        select: { status: true, neighbourhoodIds: true },
      });
      const active = (ACTIVE_STATUSES as readonly string[]).slice();
      const changes = await ctx.tx.partnersActorChange.findMany({
        where: { actor: { AND: [scope, inWanted] } },
        orderBy: { at: "desc" },
        take: RECENT,
        select: { kind: true, statusAfter: true, at: true, actor: { select: { id: true, name: true } } },
      });
      const org = ctx.membership.organisationId;
      const sharedWhere = {
        AND: [scope, { visibility: "partnership", organisationId: { not: null } }, ...(org ? [{ NOT: { organisationId: org } }] : [])],
      };
      const sharedCount = await ctx.tx.partnersActor.count({ where: sharedWhere });
      const shared = await ctx.tx.partnersActor.findMany({
        where: sharedWhere,
        orderBy: { updatedAt: "desc" },
        take: RECENT,
        select: { id: true, name: true, organisation: { select: { name: true } } },
      });
      return {
        neighbourhoods: neighbourhoods.map((n) => {
          const serving = counts.filter((a) => a.neighbourhoodIds.includes(n.id));
          return { ...n, actors: serving.length, active: serving.filter((a) => active.includes(a.status)).length };
        }),
        dormantTies: gaps.totals.dormantTies,
        recent: changes.map((c) => ({ actorId: c.actor.id, actorName: c.actor.name, kind: c.kind, status: c.statusAfter, at: c.at })),
        shared: { count: sharedCount, recent: shared.map((a) => ({ id: a.id, name: a.name, organisation: a.organisation?.name ?? null })) },
        ownOrganisation: org !== null,
      };
    }),
});
