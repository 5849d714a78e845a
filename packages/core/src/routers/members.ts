import { z } from "zod";
import { router } from "../trpc/init";
import { appError, orThrow } from "../trpc/errors";
import { tenantProcedure } from "../trpc/tenant";
import { updateInput, updateMeta } from "../trpc/update-input";
import type { Tx } from "../db/client";
import { id, roles } from "./schemas";

async function assertIdsInTenant(tx: Tx, organisationId: string | null | undefined, neighbourhoodIds: string[] | undefined) {
  if (organisationId) {
    orThrow(await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }), "organisation.notFound");
  }
  if (neighbourhoodIds?.length) {
    const found = await tx.neighbourhood.count({ where: { id: { in: neighbourhoodIds } } });
    if (found !== new Set(neighbourhoodIds).size) orThrow(null, "members.neighbourhoodNotFound");
  }
}

export { assertIdsInTenant };

export const membersRouter = router({
  list: tenantProcedure("core.members.view").query(async ({ ctx }) => {
    const rows = await ctx.tx.membership.findMany({
      select: {
        id: true,
        roles: true,
        createdAt: true,
        organisation: { select: { id: true, name: true } },
        neighbourhoods: { select: { neighbourhood: { select: { id: true, name: true } } } },
        user: { select: { id: true, email: true, name: true } },
      },
      orderBy: { createdAt: "asc" },
    });
    return rows.map((r) => ({
      id: r.id,
      roles: r.roles,
      createdAt: r.createdAt,
      organisation: r.organisation,
      neighbourhoods: r.neighbourhoods.map((n) => n.neighbourhood),
      user: r.user,
      isSelf: r.user.id === ctx.session.userId,
    }));
  }),

  update: tenantProcedure("core.members.manage")
    .meta(updateMeta({ model: "Membership", derived: { neighbourhoodIds: ["MembershipNeighbourhood"] } }))
    .input(updateInput({ roles, organisationId: id.nullable(), neighbourhoodIds: z.array(id).max(500) }, { id }))
    .mutation(async ({ ctx, input }) => {
      const m = orThrow(await ctx.tx.membership.findUnique({ where: { id: input.id } }), "members.notFound");
      await assertIdsInTenant(ctx.tx, input.organisationId, input.neighbourhoodIds);
      if (input.roles && m.roles.includes("admin") && !input.roles.includes("admin")) {
        const admins = await ctx.tx.membership.count({ where: { roles: { has: "admin" } } });
        if (admins <= 1) throw appError("members.lastAdmin");
      }
      await ctx.tx.membership.update({
        where: { id: m.id },
        data: {
          ...(input.roles ? { roles: input.roles } : {}),
          ...(input.organisationId !== undefined ? { organisationId: input.organisationId } : {}),
        },
      });
      if (input.neighbourhoodIds) {
        await ctx.tx.membershipNeighbourhood.deleteMany({ where: { membershipId: m.id } });
        await ctx.tx.membershipNeighbourhood.createMany({
          data: [...new Set(input.neighbourhoodIds)].map((neighbourhoodId) => ({
            tenantId: ctx.tenant.id,
            membershipId: m.id,
            neighbourhoodId,
          })),
        });
      }
      await ctx.audit({
        action: "member.updated",
        targetType: "Membership",
        targetId: m.id,
        data: { before: m.roles, after: input.roles ?? m.roles, neighbourhoodIds: input.neighbourhoodIds ?? null },
      });
      return { ok: true };
    }),

  remove: tenantProcedure("core.members.manage")
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const m = orThrow(await ctx.tx.membership.findUnique({ where: { id: input.id } }), "members.notFound");
      if (m.roles.includes("admin")) {
        const admins = await ctx.tx.membership.count({ where: { roles: { has: "admin" } } });
        if (admins <= 1) throw appError("members.lastAdmin");
      }
      await ctx.tx.membership.delete({ where: { id: m.id } });
      await ctx.audit({ action: "member.removed", targetType: "Membership", targetId: m.id, data: { userId: m.userId } });
      return { ok: true };
    }),
});
