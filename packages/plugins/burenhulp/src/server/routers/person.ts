import { personInputs, router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { requirePerson } from "../access";
import { procedure } from "../procedures";
import { id } from "../schemas";

/** How many of each side a person's page lists (the newest first). */
const LISTED = 20;

/**
 * Both sides of one person (BH-1), for core's person page: her requests and her offers (kind, step, when taken in; no
 * notes), so a worker sees at a glance that someone who asks may also have something to give.
 */
export const personRouter = router({
  sides: procedure(P.view)
    .meta(personInputs("personId"))
    .input(z.object({ personId: id }))
    .query(async ({ ctx, input }) => {
      const p = await requirePerson(ctx.tx, input.personId);
      const kind = { select: { key: true, label: true } } as const;
      const requests = await ctx.tx.burenhulpRequest.findMany({
        where: { personId: p.id },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: LISTED,
        select: { id: true, status: true, weight: true, createdAt: true, kind },
      });
      const offers = await ctx.tx.burenhulpOffer.findMany({
        where: { personId: p.id },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: LISTED,
        select: { id: true, status: true, createdAt: true, kind },
      });
      const requestCount = await ctx.tx.burenhulpRequest.count({ where: { personId: p.id } });
      const offerCount = await ctx.tx.burenhulpOffer.count({ where: { personId: p.id } });
      return { requests, offers, requestCount, offerCount, onlyAsks: requestCount > 0 && offerCount === 0 };
    }),
});
