import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { boundaryInput } from "../geo/boundary";
import { setNeighbourhoodBoundary } from "../geo/boundary-history";
import { router } from "../trpc/init";
import { appError, orThrow } from "../trpc/errors";
import { tenantProcedure } from "../trpc/tenant";
import { updateInput, updateMeta } from "../trpc/update-input";
import { id, name, optionalText } from "./schemas";
import { LIMITS } from "../limits";

const fields = z.object({
  name,
  description: optionalText(LIMITS.neighbourhoodDescription),
  boundary: boundaryInput.nullable().optional(),
  sectorCodes: z.array(z.string().trim().min(1).max(20)).max(200).default([]),
});

function isUniqueViolation(e: unknown) {
  return (e as { code?: string }).code === "P2002";
}

export const neighbourhoodsRouter = router({
  list: tenantProcedure("core.neighbourhoods.view").query(({ ctx }) =>
    ctx.tx.neighbourhood.findMany({
      where: ctx.membership.neighbourhoodIds ? { id: { in: ctx.membership.neighbourhoodIds } } : {},
      select: { id: true, name: true, description: true, boundary: true, sectorCodes: true, updatedAt: true },
      orderBy: { name: "asc" },
    }),
  ),

  get: tenantProcedure("core.neighbourhoods.view")
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      if (ctx.membership.neighbourhoodIds && !ctx.membership.neighbourhoodIds.includes(input.id)) {
        orThrow(null, "neighbourhood.notFound");
      }
      return orThrow(await ctx.tx.neighbourhood.findUnique({ where: { id: input.id } }), "neighbourhood.notFound");
    }),

  create: tenantProcedure("core.neighbourhoods.manage")
    .input(fields)
    .mutation(async ({ ctx, input }) => {
      try {
        const n = await ctx.tx.neighbourhood.create({
          data: {
            tenantId: ctx.tenant.id,
            name: input.name,
            description: input.description,
            boundary: (input.boundary ?? undefined) as Prisma.InputJsonValue | undefined,
            sectorCodes: input.sectorCodes,
          },
          select: { id: true, name: true },
        });
        await ctx.audit({ action: "neighbourhood.created", targetType: "Neighbourhood", targetId: n.id });
        return n;
      } catch (e) {
        if (isUniqueViolation(e)) throw appError("neighbourhood.nameTaken");
        throw e;
      }
    }),

  update: tenantProcedure("core.neighbourhoods.manage")
    .meta(updateMeta({ model: "Neighbourhood" }))
    .input(updateInput(fields, { id }))
    .mutation(async ({ ctx, input }) => {
      orThrow(await ctx.tx.neighbourhood.findUnique({ where: { id: input.id }, select: { id: true } }), "neighbourhood.notFound");
      const { id: nid, boundary, ...rest } = input;
      try {
        await ctx.tx.neighbourhood.update({ where: { id: nid }, data: rest });
        // The boundary changes through core's one function, which keeps the boundary it replaces in the history.
        if (boundary !== undefined) {
          await setNeighbourhoodBoundary(ctx.tx, {
            tenantId: ctx.tenant.id,
            neighbourhoodId: nid,
            boundary,
            source: "core",
          });
        }
      } catch (e) {
        if (isUniqueViolation(e)) throw appError("neighbourhood.nameTaken");
        throw e;
      }
      await ctx.audit({
        action: "neighbourhood.updated",
        targetType: "Neighbourhood",
        targetId: nid,
        data: { fields: Object.keys(input) },
      });
      return { ok: true };
    }),

  /** The boundaries this neighbourhood had before, newest first (who replaced each, when, from where). */
  boundaryHistory: tenantProcedure("core.neighbourhoods.view")
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      if (ctx.membership.neighbourhoodIds && !ctx.membership.neighbourhoodIds.includes(input.id)) {
        orThrow(null, "neighbourhood.notFound");
      }
      orThrow(await ctx.tx.neighbourhood.findUnique({ where: { id: input.id }, select: { id: true } }), "neighbourhood.notFound");
      const rows = await ctx.tx.neighbourhoodBoundaryVersion.findMany({
        where: { neighbourhoodId: input.id },
        orderBy: { replacedAt: "desc" },
        take: 100,
        select: { id: true, boundary: true, source: true, replacedAt: true, replacedBy: { select: { name: true, email: true } } },
      });
      return rows.map(({ replacedBy, ...r }) => ({ ...r, replacedBy: replacedBy ? replacedBy.name || replacedBy.email : null }));
    }),

  /** Puts an earlier boundary back; the boundary it replaces goes into the history in its turn. */
  restoreBoundary: tenantProcedure("core.neighbourhoods.manage")
    .input(z.object({ id, versionId: id }))
    .mutation(async ({ ctx, input }) => {
      orThrow(await ctx.tx.neighbourhood.findUnique({ where: { id: input.id }, select: { id: true } }), "neighbourhood.notFound");
      const v = await ctx.tx.neighbourhoodBoundaryVersion.findUnique({ where: { id: input.versionId } });
      if (!v || v.neighbourhoodId !== input.id) throw appError("neighbourhood.versionNotFound");
      await setNeighbourhoodBoundary(ctx.tx, {
        tenantId: ctx.tenant.id,
        neighbourhoodId: input.id,
        boundary: v.boundary,
        source: "restore",
      });
      await ctx.audit({
        action: "neighbourhood.updated",
        targetType: "Neighbourhood",
        targetId: input.id,
        data: { fields: ["boundary"], restoredFrom: v.id },
      });
      return { ok: true };
    }),

  delete: tenantProcedure("core.neighbourhoods.manage")
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      orThrow(await ctx.tx.neighbourhood.findUnique({ where: { id: input.id }, select: { id: true } }), "neighbourhood.notFound");
      await ctx.tx.neighbourhood.delete({ where: { id: input.id } });
      await ctx.audit({ action: "neighbourhood.deleted", targetType: "Neighbourhood", targetId: input.id });
      return { ok: true };
    }),
});
