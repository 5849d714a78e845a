import { dateInput, optionalText, router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { BURENHULP_LIMITS as L } from "../../limits";
import { P } from "../../manifest";
import { assertNotesWritable, requireKind, requireNeighbourhood } from "../access";
import { orThrow } from "../errors";
import { facilitated } from "../modes";
import { procedure } from "../procedures";
import { id } from "../schemas";

const DAY_MS = 86_400_000;

const createInput = z.object({
  happenedOn: dateInput,
  neighbourhoodId: id.nullable().default(null),
  kindId: id.nullable().default(null),
  times: z.number().int().min(1).max(L.storyTimes).default(1),
  /** A few words on what happened, without names (sensitive: the notes' permission). */
  story: optionalText(L.story),
});

/**
 * The light log of spontaneous help (BH-10): where a tenant or a neighbourhood only facilitates, and also elsewhere,
 * workers note help that happened between neighbours without a match (when, where, what kind, how many times) and,
 * if they like, a short story. Counts feed the figures; a story is read with the notes' permission only.
 */
export const storiesRouter = router({
  list: procedure(P.view)
    .input(
      z
        .object({
          from: dateInput.nullable().default(null),
          to: dateInput.nullable().default(null),
          neighbourhoodId: id.nullable().default(null),
        })
        .optional(),
    )
    .query(async ({ ctx, input }) => {
      const to = input?.to ?? new Date(new Date().toISOString().slice(0, 10));
      const from = input?.from ?? new Date(to.getTime() - 90 * DAY_MS);
      const where = {
        happenedOn: { gte: from, lte: to },
        ...(input?.neighbourhoodId ? { neighbourhoodId: input.neighbourhoodId } : {}),
      };
      const items = await ctx.tx.burenhulpStory.findMany({
        where,
        orderBy: [{ happenedOn: "desc" }, { createdAt: "desc" }],
        take: 200,
        select: {
          id: true,
          happenedOn: true,
          times: true,
          story: true,
          createdById: true,
          neighbourhood: { select: { id: true, name: true } },
          kind: { select: { id: true, key: true, label: true } },
        },
      });
      const sum = await ctx.tx.burenhulpStory.aggregate({ where, _sum: { times: true }, _count: { _all: true } });
      const f = await facilitated(ctx);
      return {
        from,
        to,
        items,
        total: { entries: sum._count._all, times: sum._sum.times ?? 0 },
        /** Where matching is off: the whole tenant, or these neighbourhoods. */
        facilitation: f.all ? ("all" as const) : [...f.neighbourhoods],
      };
    }),

  create: procedure(P.manage)
    .input(createInput)
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.story);
      await requireNeighbourhood(ctx.tx, input.neighbourhoodId);
      if (input.kindId) await requireKind(ctx.tx, input.kindId);
      const s = await ctx.tx.burenhulpStory.create({
        data: { ...input, tenantId: ctx.tenant.id, createdById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({ action: "burenhulp.story.created", targetType: "BurenhulpStory", targetId: s.id, data: { times: input.times } });
      return s;
    }),

  /** A mistaken entry goes (the log is light: no history of edits). */
  remove: procedure(P.manage)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const s = orThrow(
        await ctx.tx.burenhulpStory.findUnique({ where: { id: input.id }, select: { id: true } }),
        "burenhulp.story.notFound",
      );
      await ctx.tx.burenhulpStory.delete({ where: { id: s.id } });
      await ctx.audit({ action: "burenhulp.story.removed", targetType: "BurenhulpStory", targetId: s.id });
      return { ok: true };
    }),
});

/** The way of working per neighbourhood (BH-10): matching, or facilitation only; the tenant-wide setting comes first. */
export const areasRouter = router({
  list: procedure(P.view).query(async ({ ctx }) => {
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    const rows = new Map(
      (await ctx.tx.burenhulpArea.findMany({ select: { neighbourhoodId: true, mode: true } })).map((r) => [r.neighbourhoodId, r.mode]),
    );
    return {
      tenantMode: ctx.settings.mode,
      neighbourhoods: neighbourhoods.map((n) => ({ ...n, mode: (rows.get(n.id) ?? "matching") as "matching" | "facilitation" })),
    };
  }),

  set: procedure(P.modes)
    .input(z.object({ neighbourhoodId: id, mode: z.enum(["matching", "facilitation"]) }))
    .mutation(async ({ ctx, input }) => {
      await requireNeighbourhood(ctx.tx, input.neighbourhoodId);
      await ctx.tx.burenhulpArea.upsert({
        where: { tenantId_neighbourhoodId: { tenantId: ctx.tenant.id, neighbourhoodId: input.neighbourhoodId } },
        create: { tenantId: ctx.tenant.id, neighbourhoodId: input.neighbourhoodId, mode: input.mode, changedById: ctx.session.userId },
        update: { mode: input.mode, changedById: ctx.session.userId },
      });
      await ctx.audit({
        action: "burenhulp.area.mode",
        targetType: "Neighbourhood",
        targetId: input.neighbourhoodId,
        data: { mode: input.mode },
      });
      return { ok: true };
    }),
});
