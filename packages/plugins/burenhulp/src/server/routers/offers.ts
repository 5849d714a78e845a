import { personInputs, router, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { LOAD_STATUSES, OFFER_STATUSES } from "../../domain";
import { P } from "../../manifest";
import { assertNotesWritable, monthStart, requireKind, requireNeighbourhood, requireOffer, requirePerson } from "../access";
import { procedure } from "../procedures";
import { endsAfterStart, id, maxPerMonth, offerCreate, offerFields } from "../schemas";

/** Offers of help: what a neighbour can or wants to do, when and where. */
export const offersRouter = router({
  list: procedure(P.view)
    .input(z.object({ kindId: id.optional(), status: z.enum(OFFER_STATUSES).optional() }).optional())
    .query(async ({ ctx, input }) => {
      const rows = await ctx.tx.burenhulpOffer.findMany({
        where: {
          ...(input?.kindId ? { kindId: input.kindId } : {}),
          ...(input?.status ? { status: input.status } : {}),
        },
        orderBy: [{ createdAt: "desc" }],
        take: 500,
        select: {
          id: true,
          status: true,
          weekdays: true,
          street: true,
          neighbourhoodId: true,
          languages: true,
          kind: { select: { id: true, key: true, label: true } },
          person: { select: { id: true, firstName: true, lastName: true } },
        },
      });
      return { items: rows, total: rows.length };
    }),

  get: procedure(P.view)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => requireOffer(ctx.tx, input.id)),

  create: procedure(P.manage)
    .meta(personInputs("personId"))
    .input(offerCreate.superRefine(endsAfterStart))
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.notes);
      await requirePerson(ctx.tx, input.personId);
      await requireKind(ctx.tx, input.kindId);
      await requireNeighbourhood(ctx.tx, input.neighbourhoodId);
      const o = await ctx.tx.burenhulpOffer.create({
        data: { ...input, tenantId: ctx.tenant.id, createdById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({ action: "burenhulp.offer.created", targetType: "BurenhulpOffer", targetId: o.id });
      return o;
    }),

  update: procedure(P.manage)
    .meta(updateMeta({ model: "BurenhulpOffer" }))
    .input(updateInput(offerFields, { id }).superRefine(endsAfterStart))
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.notes, input.notes !== undefined);
      const o = await requireOffer(ctx.tx, input.id);
      if (input.kindId !== undefined) await requireKind(ctx.tx, input.kindId);
      if (input.neighbourhoodId !== undefined) await requireNeighbourhood(ctx.tx, input.neighbourhoodId);
      const { id: _id, ...data } = input;
      await ctx.tx.burenhulpOffer.update({ where: { id: o.id }, data: { ...data, version: { increment: 1 } } });
      await ctx.audit({
        action: "burenhulp.offer.updated",
        targetType: "BurenhulpOffer",
        targetId: o.id,
        data: { fields: Object.keys(data) },
      });
      return { ok: true };
    }),
});

/** Helpers' own limits and their load (BH-7): open matches and this month's, against the limit they set. */
export const helpersRouter = router({
  setLimit: procedure(P.manage)
    .meta(personInputs("personId"))
    .input(z.object({ personId: id, maxPerMonth }))
    .mutation(async ({ ctx, input }) => {
      const p = await requirePerson(ctx.tx, input.personId);
      const h = await ctx.tx.burenhulpHelper.upsert({
        where: { tenantId_personId: { tenantId: ctx.tenant.id, personId: p.id } },
        create: { tenantId: ctx.tenant.id, personId: p.id, maxPerMonth: input.maxPerMonth },
        update: { maxPerMonth: input.maxPerMonth },
        select: { id: true },
      });
      await ctx.audit({ action: "burenhulp.helper.limit", targetType: "BurenhulpHelper", targetId: h.id });
      return { ok: true };
    }),

  /** Every helper with an active or paused offer: her matches this month and open ones, against her limit. No ranking. */
  load: procedure(P.view).query(async ({ ctx }) => {
    const offers = await ctx.tx.burenhulpOffer.findMany({
      where: { status: { in: ["active", "paused"] } },
      select: { personId: true, status: true, person: { select: { firstName: true, lastName: true } } },
    });
    const people = new Map(offers.map((o) => [o.personId, o.person]));
    const active = new Set(offers.filter((o) => o.status === "active").map((o) => o.personId));
    const ids = [...people.keys()];
    const limits = await ctx.tx.burenhulpHelper.findMany({
      where: { personId: { in: ids } },
      select: { personId: true, maxPerMonth: true },
    });
    const matches = await ctx.tx.burenhulpMatch.findMany({
      where: { offer: { personId: { in: ids } }, status: { in: [...LOAD_STATUSES] } },
      select: { status: true, statusChangedAt: true, offer: { select: { personId: true } } },
    });
    const since = monthStart();
    const limitOf = new Map(limits.map((l) => [l.personId, l.maxPerMonth]));
    return ids
      .map((personId) => {
        const mine = matches.filter((m) => m.offer.personId === personId);
        const open = mine.filter((m) => m.status !== "done").length;
        const thisMonth = open + mine.filter((m) => m.status === "done" && m.statusChangedAt >= since).length;
        const max = limitOf.get(personId) ?? ctx.settings.defaultMaxPerMonth;
        const atLimit = thisMonth >= max;
        // Paused (all her offers, e.g. "dit wordt me te veel") or at her limit: the worker is prompted to check in.
        const paused = !active.has(personId);
        return { personId, name: people.get(personId), open, thisMonth, max, atLimit, paused, checkIn: atLimit || paused };
      })
      .sort((a, b) => `${a.name?.firstName}`.localeCompare(`${b.name?.firstName}`));
  }),
});
